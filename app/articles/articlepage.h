#pragma once

#include "articles/markdownrenderer.h"

#include <QString>

namespace fc {

struct Article;
class ArticleLibrary;

struct PageStyle
{
    bool dark = false;
    bool largeType = false;

    QStringList htmlClasses() const;
};

// The reading page for one article: title, summary, the not-medical-advice line, a table of
// contents, the body, the study in numbers, series links and the source note.
class ArticlePage
{
public:
    static QString urlFor(const QString &slug);

    // Empty string and *error set when the body cannot be rendered.
    static QString build(const Article &article, const ArticleLibrary &library,
                         const PageStyle &style, QString *error = nullptr);
    // The same page with the words of a search marked (see Highlighter).
    static QString build(const Article &article, const ArticleLibrary &library,
                         const PageStyle &style, const QStringList &highlight, QString *error);
};

} // namespace fc
