#pragma once

#include "articles/markdownrenderer.h"
#include "core/result.h"

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

    // Fails when the body cannot be rendered. `highlight`: the words of a search to mark (see
    // Highlighter).
    static Expected<QString> build(const Article &article, const ArticleLibrary &library,
                                   const PageStyle &style, const QStringList &highlight = {});
};

} // namespace fc
