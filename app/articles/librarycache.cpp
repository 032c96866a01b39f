#include "articles/librarycache.h"

#include "articles/articlemetacodec.h"
#include "core/atomicfile.h"

#include <QDataStream>
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
constexpr quint32 cacheVersion = 2;

} // namespace

QHash<QString, Article> LibraryCache::read(const QString &cachePath)
{
    QHash<QString, Article> out;
    QFile file(cachePath);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray bytes = file.readAll();
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 tag = 0;
    quint32 version = 0;
    quint32 count = 0;
    in >> tag >> version >> count;
    // An entry takes well over 32 bytes: a larger count is damage.
    if (tag != cacheTag || version != cacheVersion || count > quint32(bytes.size() / 32)) {
        qCInfo(lcLibraryCache) << "ignoring" << cachePath << "(other version or damaged)";
        return out;
    }
    out.reserve(int(count));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString name;
        qint64 size = -1;
        qint64 modifiedNs = 0;
        QByteArray meta;
        in >> name >> size >> modifiedNs >> meta;
        Article article;
        if (in.status() != QDataStream::Ok || !decodeArticleMeta(meta, &article))
            continue; // parsed again from its file
        article.origin = Article::Origin::Imported;
        article.bodyLoaded = false;
        article.fileSize = size;
        article.fileModifiedNs = modifiedNs;
        out.emplace(name, std::move(article));
    }
    if (in.status() != QDataStream::Ok) {
        qCInfo(lcLibraryCache) << "ignoring" << cachePath << "(truncated)";
        out.clear();
    }
    return out;
}

bool LibraryCache::write(const QString &cachePath, const QVector<Article> &articles, QString *error)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian);
    quint32 count = 0;
    for (const Article &a : articles)
        count += a.origin == Article::Origin::Imported && a.fileSize >= 0;
    out << cacheTag << cacheVersion << count;
    for (const Article &a : articles) {
        if (a.origin != Article::Origin::Imported || a.fileSize < 0)
            continue;
        out << QFileInfo(a.filePath).fileName() << a.fileSize << a.fileModifiedNs
            << encodeArticleMeta(a);
    }
    return writeFileAtomically(cachePath, bytes, error);
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
    std::sort(files.begin(), files.end(),
              [](const ArticleFileStat &a, const ArticleFileStat &b) { return a.name < b.name; });
    return files;
}

} // namespace fc
