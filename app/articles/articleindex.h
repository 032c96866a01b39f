#pragma once

#include "articles/article.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace fc {

class ArticleLibrary;

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

// The work that brings the index in line with the library: articles to (re)index, by value so
// another thread can index them, and slugs whose rows are gone from the library.
struct IndexPlan
{
    QVector<Article> toIndex;
    QStringList toRemove;
    int unchanged = 0;
    int replaced = 0; // of toIndex, those whose older version is in the index
    bool isEmpty() const { return toIndex.isEmpty() && toRemove.isEmpty(); }
};

// Full-text search over the library: an SQLite FTS5 table in its own cache database (never the
// journal). Each article's text is hashed, so opening the app with an unchanged library touches
// nothing, and an import or removal only re-indexes that article.
class ArticleIndex
{
    Q_DECLARE_TR_FUNCTIONS(fc::ArticleIndex)

public:
    explicit ArticleIndex(const QString &databasePath);
    ~ArticleIndex();
    ArticleIndex(const ArticleIndex &) = delete;
    ArticleIndex &operator=(const ArticleIndex &) = delete;

    // A damaged or outdated cache file is deleted and created afresh: it holds nothing that
    // cannot be rebuilt from the articles.
    Result open();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Compares the library with the index: cheap, it reads slugs and hashes only.
    Expected<IndexPlan> plan(const ArticleLibrary &library) const;
    // Carries out part of a plan in one transaction; articles without a body are read from
    // their files (a file that cannot be read is skipped and logged).
    Result apply(const QVector<Article> &toIndex, const QStringList &toRemove);
    // plan() and apply() at once.
    Result sync(const ArticleLibrary &library, IndexSyncResult *result);
    Result addOrUpdate(const Article &article);
    Result remove(const QString &slug);

    // The best `limit` matches, best first, ranked by bm25 (title, summary, body weighted 10, 4,
    // 1); when the words are in more than half the library, the matches with them in the title
    // first and the rest in library order. A snippet is the slowest part of a hit (its article's
    // text is read and tokenized again), so only the first `snippets` hits get one (all when
    // negative); snippet() makes the others when they come into view. *matches: how many
    // articles match in all.
    Expected<QVector<SearchHit>> search(const QString &query, int limit = 50, int snippets = -1,
                                        int *matches = nullptr) const;
    // The snippet of one article for a query, as in SearchHit::snippetHtml; empty when the article
    // does not match or the index cannot be read (logged).
    QString snippet(const QString &query, const QString &slug) const;
    // How many articles match, however many are listed; 0 when the index cannot be read (logged).
    int matchCount(const QString &query) const;

    // The user's words as an FTS5 expression: every word must match as the start of a word.
    // The porter tokenizer stems the typed word too, so "sedating" finds "sedation" and
    // "naltrex" finds naltrexone. Punctuation and FTS5
    // operators typed by the user are taken as plain text. Empty when there is nothing to find.
    static QString ftsQuery(const QString &userText);
    // The words of a query, lower-cased, for highlighting in the page.
    static QStringList queryTerms(const QString &userText);
    static QByteArray articleHash(const Article &article);

private:
    Expected<QString> snippetOf(const QString &match, qint64 rowid) const;
    Expected<int> countMatches(const QString &match) const;
    qint64 documentCount() const;
    Result createSchema();
    std::optional<IndexPlan> quickPlan(const ArticleLibrary &library) const;
    Result insert(const Article &article, const QByteArray &hash);
    Result deleteSlug(const QString &slug);

    QString m_path;
    QString m_connection;
};

} // namespace fc
