#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fc {

class ArticleLibrary;
struct Article;

struct SearchHit
{
    QString slug;
    QString title;
    QString snippetHtml; // escaped text with the matched words in <mark> elements
    double score = 0;    // bm25: lower is better
};

// What sync() did, so callers (and tests) can tell a rebuild from a no-op.
struct IndexSyncResult
{
    int added = 0;
    int removed = 0;
    int unchanged = 0;
    bool changed() const { return added > 0 || removed > 0; }
};

// Full-text search over the library: an SQLite FTS5 table in its own cache database (never the
// journal). Each article's text is hashed, so opening the app with an unchanged library touches
// nothing, and an import or removal only re-indexes that article.
class ArticleIndex
{
public:
    explicit ArticleIndex(const QString &databasePath);
    ~ArticleIndex();
    ArticleIndex(const ArticleIndex &) = delete;
    ArticleIndex &operator=(const ArticleIndex &) = delete;

    // A damaged or outdated cache file is deleted and created afresh: it holds nothing that
    // cannot be rebuilt from the articles.
    bool open(QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }

    bool sync(const ArticleLibrary &library, IndexSyncResult *result, QString *error);
    bool addOrUpdate(const Article &article, QString *error);
    bool remove(const QString &slug, QString *error);

    QVector<SearchHit> search(const QString &query, int limit = 50, QString *error = nullptr) const;

    // The user's words as an FTS5 expression: every word must match as the start of a word.
    // The porter tokenizer stems the typed word too, so "sedating" finds "sedation" and
    // "naltrex" finds naltrexone. Punctuation and FTS5
    // operators typed by the user are taken as plain text. Empty when there is nothing to find.
    static QString ftsQuery(const QString &userText);
    // The words of a query, lower-cased, for highlighting in the page.
    static QStringList queryTerms(const QString &userText);
    static QByteArray articleHash(const Article &article);

private:
    bool createSchema(QString *error);
    bool insert(const Article &article, const QByteArray &hash, QString *error);
    bool deleteSlug(const QString &slug, QString *error);

    QString m_path;
    QString m_connection;
};

} // namespace fc
