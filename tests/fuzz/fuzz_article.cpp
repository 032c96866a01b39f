// A bundled-style article: front matter, then Markdown rendered into the reading page. Text that
// does not parse as an article is rendered as plain Markdown, so cmark and the renderer's own
// conventions see every input.
#include "articles/article.h"
#include "articles/articlelibrary.h"
#include "articles/articlepage.h"
#include "articles/markdownrenderer.h"
#include "fuzzsupport.h"
#include "markupcheck.h"

#include <cstdio>

namespace {

// What safe mode promises: no markup of the author's own and no script URLs in the page.
void checkSafe(const QString &html)
{
    const QString found = fc::fuzz::unsafeMarkup(html);
    if (!found.isEmpty()) {
        std::fprintf(stderr, "unsafe markup: %s\n", qPrintable(found));
        fc::fuzz::violated("unsafe markup in rendered HTML");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::quietLogging();
    const fc::ArticleLibrary &library = fc::fuzz::bundledLibrary();
    const QString text = QString::fromUtf8(fc::fuzz::bytes(data, size));

    fc::ArticleError error;
    const std::optional<fc::Article> article =
        fc::parseArticle(text, QStringLiteral("fuzz.md"), fc::Article::Origin::Bundled, &error);
    if (!article) {
        if (error.message.isEmpty())
            fc::fuzz::violated("article error without a message");
        const fc::RenderedMarkdown rendered = fc::MarkdownRenderer().render(text);
        if (rendered.ok)
            checkSafe(rendered.html);
        else if (rendered.error.isEmpty())
            fc::fuzz::violated("render failed without a message");
        return 0;
    }
    fc::PageStyle style;
    style.dark = size % 2;
    style.largeType = size % 3 == 0;
    const fc::Expected<QString> built = fc::ArticlePage::build(*article, library, style);
    if (built ? built->isEmpty() : built.message().isEmpty())
        fc::fuzz::violated("empty page without a message");
    const QString page = built ? *built : QString();
    if (!page.isEmpty()) {
        // The page template has no scripts of its own, so the whole page must pass.
        checkSafe(page);
    }
    return 0;
}
