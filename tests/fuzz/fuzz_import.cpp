// A Markdown file the user imports from another app: raw bytes, strict UTF-8, front matter that
// may be missing or foreign, then the reading page.
#include "articles/article.h"
#include "articles/articlelibrary.h"
#include "articles/articlepage.h"
#include "fuzzsupport.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::quietLogging();
    const QByteArray raw = fc::fuzz::bytes(data, size);
    int badLine = 0;
    const std::optional<QString> text = fc::decodeUtf8(raw, &badLine);
    if (!text) {
        if (badLine < 1 || badLine > raw.count('\n') + 1)
            fc::fuzz::violated("invalid UTF-8 reported outside the file");
        return 0;
    }
    // The file name is part of the input: an import falls back to it for title and slug.
    const QString fileName = size > 0 && data[0] % 2 ? QStringLiteral("My Notes – Ärztin 2024.md")
                                                     : QStringLiteral(".md");
    fc::ArticleError error;
    const std::optional<fc::Article> article =
        fc::parseArticle(*text, fileName, fc::Article::Origin::Imported, &error);
    if (!article) {
        if (error.message.isEmpty() || error.file != fileName)
            fc::fuzz::violated("import error without a message naming the file");
        return 0;
    }
    static const QRegularExpression slug(QStringLiteral("\\A[a-z0-9]+(-[a-z0-9]+)*\\z"));
    if (!slug.match(article->slug).hasMatch() || article->title.isEmpty())
        fc::fuzz::violated("imported article without a usable slug and title");
    const fc::Expected<QString> page =
        fc::ArticlePage::build(*article, fc::fuzz::bundledLibrary(), fc::PageStyle());
    if (page ? page->isEmpty() : page.message().isEmpty())
        fc::fuzz::violated("empty page without a message");
    return 0;
}
