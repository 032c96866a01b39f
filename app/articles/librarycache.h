#pragma once

#include "articles/article.h"
#include "core/result.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace fc {

// A Markdown file in the articles folder as a directory listing sees it.
struct ArticleFileStat
{
    QString name;
    qint64 size = -1;
    qint64 modifiedNs = 0;
};

// An imported article as the cache holds it: no body; fileSize and fileModifiedNs as cached.
struct CachedArticle
{
    QString fileName;
    Article article;
};

// The imported articles' front matter as the last start saw their files, in one file beside the
// articles. With it a start lists thousands of imported articles without reading any of them; a
// file whose size or time changed is parsed again. A cache that is missing, damaged or of
// another version is ignored: it only costs one slower start.
class LibraryCache
{
public:
    // Entries sorted by file name (as listMarkdownFiles sorts), empty when the cache is unusable.
    static QVector<CachedArticle> read(const QString &cachePath);
    // Writes the imported articles that came from files in the folder, atomically and owner-only.
    static Result write(const QString &cachePath, const QVector<Article> &articles);

    static bool byName(const QString &a, const QString &b) { return a < b; }
    // The *.md files of dir, sorted by name, with size and time, in one pass over the folder.
    static QVector<ArticleFileStat> listMarkdownFiles(const QString &dir);
    // One file's size and time, measured the same way; size -1 when it cannot be read.
    static ArticleFileStat statFile(const QString &path);
};

} // namespace fc
