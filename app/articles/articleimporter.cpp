#include "articles/articleimporter.h"

#include "articles/articlelibrary.h"
#include "articles/librarycache.h"
#include "articles/markdownrenderer.h"
#include "core/atomicfile.h"
#include "core/datadirectory.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

Q_LOGGING_CATEGORY(lcImporter, "fc.articles.importer")

namespace fc {

namespace {

// Larger files are not articles; refusing them early keeps cmark's worst case away.
constexpr qint64 maxFileBytes = MarkdownRenderer::maxInputBytes + 16 * 1024;

bool isMarkdownName(const QString &name)
{
    return name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
}

} // namespace

QString ImportSummary::text() const
{
    const int n = int(importedSlugs.size());
    QString out = ArticleImporter::tr("Imported %n article(s).", nullptr, n);
    if (!errors.isEmpty()) {
        out += u' ' + ArticleImporter::tr("%n file(s) could not be imported:", nullptr,
                                          int(errors.size()));
        for (const ArticleError &e : errors)
            out += QStringLiteral("\n  ") + e.toString();
    }
    return out;
}

ArticleImporter::ArticleImporter(ArticleLibrary *library, const QString &articlesDir)
    : m_library(library)
    , m_dir(articlesDir)
{}

namespace {

// The pages a site's table of contents lists, in its order, as absolute paths, and the
// contents file itself when it is a Markdown file that is not a page (mdBook's SUMMARY.md).
struct SiteContents
{
    QStringList order;
    QString contentsFile;
};

// Every link to a Markdown file in text, in order: "- [Pacing](pacing/index.md)" in an mdBook
// SUMMARY.md, "- Pacing: pacing/index.md" in mkdocs.yml's nav.
QStringList linkedPages(const QString &text, const QDir &base)
{
    static const QRegularExpression link(
        QStringLiteral("(?:\\]\\(\\s*<?|:\\s+|-\\s+)([^\\s()<>'\"]+\\.(?:md|markdown))"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList pages;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QString page = QDir::cleanPath(base.absoluteFilePath(it.next().captured(1)));
        if (!pages.contains(page))
            pages << page;
    }
    return pages;
}

QString readSmallText(const QString &path)
{
    QFile file(path);
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// mdBook (book.toml, src/SUMMARY.md) and MkDocs (mkdocs.yml's nav, pages under docs/) keep their
// order in a contents file: the pages come in that order, and mdBook's contents is not a page.
SiteContents siteContents(const QDir &root)
{
    SiteContents site;
    if (root.exists(QStringLiteral("book.toml"))) {
        static const QRegularExpression srcKey(QStringLiteral("^\\s*src\\s*=\\s*\"([^\"]+)\""),
                                               QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m =
            srcKey.match(readSmallText(root.filePath(QStringLiteral("book.toml"))));
        const QDir src(root.filePath(m.hasMatch() ? m.captured(1) : QStringLiteral("src")));
        site.contentsFile = QDir::cleanPath(src.absoluteFilePath(QStringLiteral("SUMMARY.md")));
        site.order = linkedPages(readSmallText(site.contentsFile), src);
    } else if (root.exists(QStringLiteral("mkdocs.yml"))) {
        const QString config = readSmallText(root.filePath(QStringLiteral("mkdocs.yml")));
        static const QRegularExpression docsDir(QStringLiteral("^docs_dir:\\s*['\"]?([^'\"\\s]+)"),
                                                QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = docsDir.match(config);
        const QDir docs(root.filePath(m.hasMatch() ? m.captured(1) : QStringLiteral("docs")));
        // The nav block: from "nav:" to the next key at the start of a line.
        static const QRegularExpression nav(QStringLiteral("^nav:\\s*\\n((?:[ \\t-].*\\n?|\\n)*)"),
                                            QRegularExpression::MultilineOption);
        if (const QRegularExpressionMatch n = nav.match(config); n.hasMatch())
            site.order = linkedPages(n.captured(1), docs);
    }
    return site;
}

} // namespace

QStringList ArticleImporter::markdownFilesIn(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    const SiteContents site = siteContents(QDir(path));
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir::cleanPath(it.next());
        if (isMarkdownName(file) && file != site.contentsFile)
            files << file;
    }
    files.sort();
    if (site.order.isEmpty())
        return files;
    // The pages the contents lists first, in its order; then the rest in path order.
    const QSet<QString> present(files.cbegin(), files.cend());
    QStringList ordered;
    QSet<QString> listed;
    for (const QString &page : site.order)
        if (present.contains(page) && !listed.contains(page)) {
            ordered << page;
            listed.insert(page);
        }
    for (const QString &file : std::as_const(files))
        if (!listed.contains(file))
            ordered << file;
    return ordered;
}

ImportSummary ArticleImporter::import(const QStringList &paths)
{
    ImportSummary summary;
    if (const Result dir = DataDirectory::makePrivateDir(m_dir); !dir) {
        summary.errors << ArticleError{m_dir, 0, dir.message()};
        return summary;
    }
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            summary.errors << ArticleError{path, 0, tr("does not exist")};
            continue;
        }
        if (!info.isDir() && !isMarkdownName(path)) {
            summary.errors << ArticleError{
                path, 0,
                tr("is not a Markdown file: only .md and .markdown files can be imported as "
                   "articles (export or save the text as Markdown first)")};
            continue;
        }
        const QStringList files = markdownFilesIn(path);
        if (info.isDir() && files.isEmpty())
            summary.errors << ArticleError{path, 0, tr("holds no Markdown (.md) files")};
        // Inside a folder a file is named by its path from there ("ldn/index.md"), so that
        // messages say which one and index.md takes its folder's name.
        const QDir root = info.isDir() ? QDir(path) : info.dir();
        for (const QString &file : files) {
            ++summary.filesSeen;
            importFile(file, root.relativeFilePath(file), &summary);
        }
    }
    return summary;
}

bool ArticleImporter::importFile(const QString &path, const QString &name, ImportSummary *summary)
{
    auto reject = [&](int line, const QString &message) {
        summary->errors << ArticleError{name, line, message};
        qCInfo(lcImporter) << "rejected" << name << line << message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return reject(0, tr("could not be read: %1").arg(file.errorString()));
    if (file.size() > maxFileBytes)
        return reject(0, tr("is too large for an article (%1 KB; the limit is %2 KB): split it "
                            "into smaller pages, each section a file of its own")
                             .arg((file.size() + 1023) / 1024)
                             .arg(maxFileBytes / 1024));
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return reject(0, tr("is empty"));
    int badLine = 0;
    const std::optional<QString> text = decodeUtf8(bytes, &badLine);
    if (!text)
        return reject(badLine, tr("is not valid UTF-8 text"));
    ArticleError parseError;
    std::optional<Article> article =
        parseArticle(*text, name, Article::Origin::Imported, &parseError);
    if (!article) {
        parseError.file = name;
        summary->errors << parseError;
        return false;
    }
    if (article->body.trimmed().isEmpty())
        return reject(article->bodyFirstLine, tr("has no text after its front matter"));
    // Refused now, rather than each time it is opened.
    if (const QString refused = MarkdownRenderer::refusal(article->body.toUtf8());
        !refused.isEmpty())
        return reject(article->bodyFirstLine, refused);
    // Two pages of one import with the same id (two folders called "intro") both come in.
    if (summary->importedSlugs.contains(article->slug)) {
        const QString base = article->slug.left(76);
        for (int n = 2; m_library->find(article->slug); ++n)
            article->slug = base + u'-' + QString::number(n);
    }
    if (const Article *existing = m_library->find(article->slug)) {
        return reject(0, existing->origin == Article::Origin::Bundled
                             ? tr("its id \"%1\" is already used by the bundled "
                                  "article \"%2\"; give it another slug in its front "
                                  "matter")
                                   .arg(article->slug, existing->title)
                             : tr("an imported article with the id \"%1\" (\"%2\") is "
                                  "already in the library; remove it first to "
                                  "replace it")
                                   .arg(article->slug, existing->title));
    }
    const QString target = m_dir + u'/' + article->slug + QStringLiteral(".md");
    if (const Result written = writeFileAtomically(target, bytes); !written)
        return reject(0, tr("could not be copied into the library: %1").arg(written.message()));
    article->filePath = target;
    const ArticleFileStat written = LibraryCache::statFile(target);
    article->fileSize = written.size;
    article->fileModifiedNs = written.modifiedNs;
    if (const Result added = m_library->add(*article); !added) {
        QFile::remove(target);
        return reject(0, added.message());
    }
    summary->importedSlugs << article->slug;
    return true;
}

Result ArticleImporter::remove(const QString &slug)
{
    const Article *article = m_library->find(slug);
    if (!article)
        return fail(tr("There is no article \"%1\" in the library.").arg(slug));
    if (article->origin != Article::Origin::Imported)
        return fail(tr("\"%1\" comes with the app and cannot be removed.").arg(article->title));
    if (!article->filePath.isEmpty() && QFile::exists(article->filePath) &&
        !QFile::remove(article->filePath)) {
        return fail(tr("Could not delete %1.").arg(article->filePath));
    }
    m_library->remove(slug); // checked above: it is there and imported
    return {};
}

} // namespace fc
