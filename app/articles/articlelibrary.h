#pragma once

#include "articles/article.h"
#include "articles/topictaxonomy.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace fc {

// All articles the reader can open: the bundled ones compiled into the binary, then the user's
// own imported files from the data directory. Slugs are unique; an import never hides a bundled
// article.
class ArticleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(fc::ArticleLibrary)

public:
    // Loads the taxonomy and the bundled articles; false only when the build itself is broken.
    Result loadBundled();
    // Loads every *.md in dir; files that fail are reported and skipped. A file the cache
    // (LibraryCache) knows unchanged, same size and time, is listed without being read.
    void loadImported(const QString &dir, QVector<ArticleError> *errors,
                      const QString &cachePath = QString());
    // Remembers the imported articles' front matter for the next loadImported().
    Result saveImportedCache(const QString &cachePath);
    // True when the imported articles differ from what the cache file last held.
    bool importedCacheStale() const { return m_cacheStale; }
    // The article with its Markdown body: itself when loaded, else parsed again from its file
    // (which the user may have changed or deleted meanwhile; then error says what and where).
    // Safe from any thread: it reads only the article and its file.
    static std::optional<Article> withBody(const Article &article, ArticleError *error);
    // Drops imported articles' bodies once indexed: they are read again when opened.
    void releaseImportedBodies();

    const TopicTaxonomy &taxonomy() const { return m_taxonomy; }
    // Display name from data/treatments.json, empty for an unknown key.
    QString treatmentName(const QString &key) const { return m_treatmentNames.value(key); }
    const QVector<Article> &articles() const { return m_articles; }
    const Article *find(const QString &slug) const;
    QVector<const Article *> inTopic(const QString &topicId) const;
    // Articles of the same series in part order.
    QVector<const Article *> series(const QString &seriesId) const;
    const Article *seriesNeighbour(const Article &article, int step) const;

    // Adds an already parsed article; false (and a message) when the slug is taken.
    Result add(Article article);
    bool remove(const QString &slug);

private:
    void reindex();

    TopicTaxonomy m_taxonomy;
    QVector<Article> m_articles;
    QHash<QString, int> m_bySlug;
    QHash<QString, QString> m_treatmentNames;
    bool m_cacheStale = false;
};

} // namespace fc
