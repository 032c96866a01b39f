#pragma once

#include "journal/entities.h"

#include <QString>
#include <QVector>

namespace fc {

// Shows a reader their own notes on the article they read, without page scripts: quoted
// passages in the article body are wrapped in <mark>, and a "Your notes on this article" box
// with links to the notes follows the body.
class ArticleNotes
{
public:
    static QString noteUrl(qint64 id);

    // html is a page made by ArticlePage; the body is the <article class="content"> element.
    static QString decorate(const QString &html, const QVector<Note> &notes);

    // Wraps every exact occurrence of quote (whitespace and block boundaries compared loosely,
    // entities decoded) in the text of fragment with <mark class="note-quote">, never cutting
    // through a tag. Returns the fragment unchanged when the quote is not found.
    static QString highlight(const QString &fragment, const QString &quote, int *found = nullptr);
};

} // namespace fc
