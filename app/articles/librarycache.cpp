#include "articles/librarycache.h"

#include "articles/articlemetacodec.h"
#include "core/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcLibraryCache, "fc.articles.cache")

namespace fc {

namespace {

constexpr quint32 cacheTag = 0x46434c43; // "FCLC"
constexpr quint32 cacheVersion = 3;

} // namespace

QVector<CachedArticle> LibraryCache::read(const QString &cachePath)
{
    QVector<CachedArticle> out;
    QFile file(cachePath);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray bytes = file.readAll();
    ByteReader in(bytes);
    const quint32 tag = in.u32();
    const quint32 version = in.u32();
    const quint32 count = in.u32();
    // An entry takes well over 32 bytes: a larger count is damage.
    if (tag != cacheTag || version != cacheVersion || count > quint32(bytes.size() / 32)) {
        qCInfo(lcLibraryCache) << "ignoring" << cachePath << "(other version or damaged)";
        return out;
    }
    out.resize(qsizetype(count));
    for (CachedArticle &entry : out) {
        entry.fileName = in.text();
        entry.article.fileSize = in.i64();
        entry.article.fileModifiedNs = in.i64();
        if (!readArticleMeta(in, &entry.article))
            break;
        entry.article.origin = Article::Origin::Imported;
        entry.article.bodyLoaded = false;
    }
    const bool sorted = std::is_sorted(out.cbegin(), out.cend(),
                                       [](const CachedArticle &a, const CachedArticle &b) {
                                           return byName(a.fileName, b.fileName);
                                       });
    if (!in.ok() || !in.atEnd() || !sorted) {
        qCInfo(lcLibraryCache) << "ignoring" << cachePath << "(truncated or damaged)";
        out.clear();
    }
    return out;
}

Result LibraryCache::write(const QString &cachePath, const QVector<Article> &articles)
{
    QVector<const Article *> imported;
    for (const Article &a : articles)
        if (a.origin == Article::Origin::Imported && a.fileSize >= 0)
            imported << &a;
    QVector<QPair<QString, const Article *>> byFile;
    byFile.reserve(imported.size());
    for (const Article *a : imported)
        byFile.append({QFileInfo(a->filePath).fileName(), a});
    std::sort(byFile.begin(), byFile.end(),
              [](const auto &x, const auto &y) { return byName(x.first, y.first); });
    QByteArray bytes;
    ByteWriter out(&bytes);
    out.u32(cacheTag);
    out.u32(cacheVersion);
    out.u32(quint32(byFile.size()));
    for (const auto &[name, a] : byFile) {
        out.text(name);
        out.i64(a->fileSize);
        out.i64(a->fileModifiedNs);
        writeArticleMeta(out, *a);
    }
    return writeFileAtomically(cachePath, bytes);
}

namespace {

#ifdef Q_OS_UNIX
qint64 modifiedNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000000000 + qint64(st.st_mtim.tv_nsec);
}
#else
qint64 modifiedNs(const QFileInfo &info)
{
    return info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch() * 1000000;
}
#endif

} // namespace

ArticleFileStat LibraryCache::statFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
#ifdef Q_OS_UNIX
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return ArticleFileStat{name, -1, 0};
    return ArticleFileStat{name, qint64(st.st_size), modifiedNs(st)};
#else
    const QFileInfo info(path);
    return info.isFile() ? ArticleFileStat{name, info.size(), modifiedNs(info)}
                         : ArticleFileStat{name, -1, 0};
#endif
}

QVector<ArticleFileStat> LibraryCache::listMarkdownFiles(const QString &dirPath)
{
    QVector<ArticleFileStat> files;
#ifdef Q_OS_UNIX
    // One readdir pass and an fstatat per file: QFileInfo builds a local-time QDateTime for each
    // time asked, which for thousands of files costs more than the reading itself.
    DIR *dir = opendir(QFile::encodeName(dirPath).constData());
    if (!dir)
        return files;
    const int fd = dirfd(dir);
    while (const dirent *entry = readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (!name.endsWith(".md"))
            continue;
        struct stat st
        {};
        if (fstatat(fd, entry->d_name, &st, 0) != 0 || !S_ISREG(st.st_mode))
            continue;
        files.append(ArticleFileStat{QFile::decodeName(name), qint64(st.st_size), modifiedNs(st)});
    }
    closedir(dir);
#else
    QDirIterator it(dirPath, {QStringLiteral("*.md")}, QDir::Files);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        files.append(ArticleFileStat{info.fileName(), info.size(), modifiedNs(info)});
    }
#endif
    std::sort(files.begin(), files.end(), [](const ArticleFileStat &a, const ArticleFileStat &b) {
        return byName(a.name, b.name);
    });
    return files;
}

} // namespace fc
