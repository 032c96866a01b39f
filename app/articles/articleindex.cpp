#include "articles/articleindex.h"

#include "articles/articlelibrary.h"
#include "articles/plaintext.h"
#include "storage/writetransaction.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>
#include <algorithm>

Q_LOGGING_CATEGORY(lcIndex, "fc.articles.index")

namespace fc {

namespace {

// Bumped whenever what is indexed, or how, changes: an older cache is then rebuilt.
constexpr int schemaVersion = 3;

// Weights for bm25(): a word in the title counts far more than the same word in the body.
// Set as the table's rank function so that "ORDER BY rank LIMIT n" lets FTS5 keep only the n
// best while it scores the matches.
constexpr char rankFunction[] = "bm25(10.0, 4.0, 1.0)";

Result indexFailure(const Result &step)
{
    qCWarning(lcIndex) << step.message();
    return fail(ArticleIndex::tr("Search index: %1").arg(step.message()));
}

Result indexFailure(const QString &what, const QSqlError &sqlError)
{
    qCWarning(lcIndex) << what << sqlError.text();
    return fail(ArticleIndex::tr("Search index: %1 (%2)").arg(what, sqlError.text()));
}

QStringList tokens(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList out;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured().toLower();
        if (!out.contains(w))
            out << w;
    }
    return out;
}

// snippet() marks matches with control characters that cannot occur in article text, so the
// text can be escaped first and the marks turned into elements afterwards.
QString snippetToHtml(QString snippet)
{
    snippet.remove(QChar(0)); // defensive: never in articles, but never in HTML either
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(1), QStringLiteral("<mark>"));
    html.replace(QChar(2), QStringLiteral("</mark>"));
    return html.simplified();
}

} // namespace

ArticleIndex::ArticleIndex(const QString &databasePath)
    : m_path(databasePath)
    , m_connection(QStringLiteral("fc-article-index-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ArticleIndex::~ArticleIndex()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ArticleIndex::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

Result ArticleIndex::open()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    for (int attempt = 0; attempt < 2; ++attempt) {
        db.close();
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery q(db);
            // A cache: losing the last writes in a crash only means re-indexing them.
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            q.exec(QStringLiteral("PRAGMA busy_timeout=3000"));
            int version = -1;
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            if (version == schemaVersion)
                return {};
            if (version == 0 && createSchema())
                return {};
        }
        qCInfo(lcIndex) << "recreating search index" << m_path << db.lastError().text();
        db.close();
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
    }
    return indexFailure(tr("cannot open %1").arg(m_path), db.lastError());
}

Result ArticleIndex::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QStringList statements{
        QStringLiteral("CREATE TABLE docs (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, "
                       "hash BLOB NOT NULL)"),
        // Prefix indexes for the two- and three-letter starts of words, so the first letters a
        // user types do not make FTS5 merge the lists of every word they begin.
        QStringLiteral("CREATE VIRTUAL TABLE fts USING fts5(title, summary, body, "
                       "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')"),
        QStringLiteral("INSERT INTO fts (fts, rank) VALUES ('rank', '%1')")
            .arg(QLatin1String(rankFunction)),
        QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)};
    WriteTransaction transaction(db);
    if (Result step = transaction.begin(); !step)
        return indexFailure(step);
    QSqlQuery q(db);
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return indexFailure(tr("cannot create its tables"), q.lastError());
    if (Result step = transaction.commit(); !step)
        return indexFailure(step);
    return {};
}

QByteArray ArticleIndex::articleHash(const Article &article)
{
    // Tells "changed since last indexed" apart for every article at each start-up, so it must be
    // fast and the same in every process (qHash is seeded per process), not cryptographic: two
    // 64-bit multiply-rotate lanes over the UTF-16 text, eight bytes at a time.
    quint64 a = 0x243f6a8885a308d3ull ^ quint64(schemaVersion);
    quint64 b = 0x13198a2e03707344ull;
    auto rotl = [](quint64 x, int r) {
        return (x << r) | (x >> (64 - r));
    };
    auto mix = [&](quint64 k) {
        a = rotl((a ^ k) * 0x9e3779b97f4a7c15ull, 29);
        b = rotl((b + k) * 0xc2b2ae3d27d4eb4full, 31) ^ a;
    };
    for (const QString *field : {&article.title, &article.summary, &article.body}) {
        const auto *bytes = reinterpret_cast<const uchar *>(field->constData());
        const size_t size = size_t(field->size()) * sizeof(QChar);
        size_t i = 0;
        for (; i + 8 <= size; i += 8)
            mix(qFromLittleEndian<quint64>(bytes + i));
        quint64 tail = 0;
        for (size_t j = 0; i + j < size; ++j)
            tail |= quint64(bytes[i + j]) << (8 * j);
        mix(tail);
        mix(quint64(size)); // field boundary
    }
    QByteArray out(16, Qt::Uninitialized);
    qToLittleEndian(a, out.data());
    qToLittleEndian(b, out.data() + 8);
    return out;
}

Result ArticleIndex::insert(const Article &article, const QByteArray &hash)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery doc(db);
    doc.prepare(QStringLiteral("INSERT INTO docs (slug, hash) VALUES (?, ?)"));
    doc.addBindValue(article.slug);
    doc.addBindValue(hash);
    if (!doc.exec())
        return indexFailure(tr("cannot add \"%1\"").arg(article.slug), doc.lastError());
    QSqlQuery fts(db);
    fts.prepare(
        QStringLiteral("INSERT INTO fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)"));
    fts.addBindValue(doc.lastInsertId());
    fts.addBindValue(article.title);
    fts.addBindValue(article.summary);
    fts.addBindValue(markdownPlainText(article.body));
    if (!fts.exec())
        return indexFailure(tr("cannot add \"%1\"").arg(article.slug), fts.lastError());
    return {};
}

Result ArticleIndex::deleteSlug(const QString &slug)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM fts WHERE rowid = (SELECT id FROM docs WHERE slug = ?)"));
    q.addBindValue(slug);
    if (!q.exec())
        return indexFailure(tr("cannot remove \"%1\"").arg(slug), q.lastError());
    q.prepare(QStringLiteral("DELETE FROM docs WHERE slug = ?"));
    q.addBindValue(slug);
    if (!q.exec())
        return indexFailure(tr("cannot remove \"%1\"").arg(slug), q.lastError());
    return {};
}

// The common start: every imported article came unchanged from the library cache, which is
// written only once the index holds exactly those articles. Then only the articles parsed at this
// start (the bundled ones) need their hashes compared, not every row read.
std::optional<IndexPlan> ArticleIndex::quickPlan(const ArticleLibrary &library) const
{
    if (library.importedCacheStale())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM docs")) || !q.next() ||
        q.value(0).toLongLong() != library.articles().size())
        return std::nullopt;
    IndexPlan plan;
    q.prepare(QStringLiteral("SELECT hash FROM docs WHERE slug = ?"));
    for (const Article &a : library.articles()) {
        if (!a.bodyLoaded) {
            ++plan.unchanged;
            continue;
        }
        q.addBindValue(a.slug);
        if (!q.exec() || !q.next())
            return std::nullopt; // a row is missing, so another is stale: compare them all
        if (q.value(0).toByteArray() == articleHash(a)) {
            ++plan.unchanged;
        } else {
            ++plan.replaced;
            plan.toIndex << a;
        }
    }
    return plan;
}

Expected<IndexPlan> ArticleIndex::plan(const ArticleLibrary &library) const
{
    if (std::optional<IndexPlan> quick = quickPlan(library))
        return *std::move(quick);
    IndexPlan plan;
    QHash<QString, QByteArray> stored;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT slug, hash FROM docs")))
            return indexFailure(tr("cannot read its contents"), q.lastError());
        while (q.next())
            stored.insert(q.value(0).toString(), q.value(1).toByteArray());
    }
    for (const Article &a : library.articles()) {
        const auto it = stored.find(a.slug);
        // An article listed from the library cache was indexed before the cache was written
        // (AppContext saves it only after indexing): its row is this version.
        if (it != stored.end() && (!a.bodyLoaded || *it == articleHash(a))) {
            ++plan.unchanged;
            stored.erase(it);
            continue;
        }
        if (it != stored.end()) {
            ++plan.replaced;
            stored.erase(it);
        }
        plan.toIndex << a;
    }
    plan.toRemove = stored.keys();
    return plan;
}

Result ArticleIndex::apply(const QVector<Article> &toIndex, const QStringList &toRemove)
{
    if (toIndex.isEmpty() && toRemove.isEmpty())
        return {};
    WriteTransaction transaction(QSqlDatabase::database(m_connection, false));
    if (Result step = transaction.begin(); !step)
        return indexFailure(step);
    for (const QString &slug : toRemove)
        if (Result step = deleteSlug(slug); !step)
            return step;
    for (const Article &article : toIndex) {
        ArticleError loadError;
        const std::optional<Article> full = ArticleLibrary::withBody(article, &loadError);
        if (!full) {
            qCWarning(lcIndex) << "not indexed:" << loadError.toString();
            continue;
        }
        if (Result step = deleteSlug(full->slug); !step)
            return step;
        if (Result step = insert(*full, articleHash(*full)); !step)
            return step;
    }
    if (Result step = transaction.commit(); !step)
        return indexFailure(step);
    return {};
}

Result ArticleIndex::sync(const ArticleLibrary &library, IndexSyncResult *result)
{
    const Expected<IndexPlan> work = plan(library);
    if (!work)
        return work.result();
    if (Result step = apply(work->toIndex, work->toRemove); !step)
        return step;
    IndexSyncResult r;
    r.added = int(work->toIndex.size());
    r.removed = int(work->toRemove.size()) + work->replaced;
    r.unchanged = work->unchanged;
    qCInfo(lcIndex) << "sync: added" << r.added << "removed" << r.removed << "unchanged"
                    << r.unchanged;
    if (result)
        *result = r;
    return {};
}

Result ArticleIndex::addOrUpdate(const Article &article)
{
    WriteTransaction transaction(QSqlDatabase::database(m_connection, false));
    if (Result step = transaction.begin(); !step)
        return indexFailure(step);
    if (Result step = deleteSlug(article.slug); !step)
        return step;
    if (Result step = insert(article, articleHash(article)); !step)
        return step;
    if (Result step = transaction.commit(); !step)
        return indexFailure(step);
    return {};
}

Result ArticleIndex::remove(const QString &slug)
{
    WriteTransaction transaction(QSqlDatabase::database(m_connection, false));
    if (Result step = transaction.begin(); !step)
        return indexFailure(step);
    if (Result step = deleteSlug(slug); !step)
        return step;
    if (Result step = transaction.commit(); !step)
        return indexFailure(step);
    return {};
}

QString ArticleIndex::ftsQuery(const QString &userText)
{
    QStringList parts;
    const QStringList words = tokens(userText);
    // A single letter as a prefix would match most of the vocabulary; alone it searches nothing
    // (the topic list still filters by title), beside other words it must match as a word.
    if (std::all_of(words.cbegin(), words.cend(), [](const QString &w) { return w.size() < 2; }))
        return QString();
    for (const QString &t : words)
        parts << (t.size() < 2 ? QStringLiteral("\"%1\"") : QStringLiteral("\"%1\"*")).arg(t);
    return parts.join(QStringLiteral(" AND "));
}

QStringList ArticleIndex::queryTerms(const QString &userText)
{
    return tokens(userText);
}

Expected<QVector<SearchHit>> ArticleIndex::search(const QString &query, int limit, int snippets,
                                                  int *matches) const
{
    QVector<SearchHit> hits;
    QVector<qint64> rowids;
    const QString match = ftsQuery(query);
    if (matches)
        *matches = 0;
    if (match.isEmpty() || !isOpen())
        return hits;
    const Expected<int> counted = countMatches(match);
    if (!counted)
        return counted.result();
    const int found = *counted;
    if (matches)
        *matches = found;
    if (found == 0)
        return hits;
    // bm25's weight for a word (its idf) falls to a floor when more than half the library has
    // it: ranking every match then says little but costs the most (all of them are scored). For
    // such a search only the articles with the words in their title are ranked, first, as bm25's
    // title weight would put them; the others follow in library order.
    const bool everywhere = found > limit && 2 * qint64(found) > documentCount();
    const QString rankedMatch = everywhere ? QStringLiteral("{title} : (%1)").arg(match) : match;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // "ORDER BY rank LIMIT n" lets FTS5 keep only the n best while it ranks.
    q.prepare(QStringLiteral("SELECT d.slug, f.title, f.rank, f.rowid FROM "
                             "(SELECT rowid, title, rank FROM fts WHERE fts MATCH ? "
                             "ORDER BY rank LIMIT ?) f "
                             "JOIN docs d ON d.id = f.rowid ORDER BY f.rank"));
    q.addBindValue(rankedMatch);
    q.addBindValue(limit);
    if (!q.exec())
        return indexFailure(tr("the search failed"), q.lastError());
    while (q.next()) {
        hits << SearchHit{q.value(0).toString(), q.value(1).toString(), QString(),
                          q.value(2).toDouble()};
        rowids << q.value(3).toLongLong();
    }
    if (everywhere && hits.size() < limit) {
        QSqlQuery rest(QSqlDatabase::database(m_connection, false));
        rest.setForwardOnly(true);
        // Without ORDER BY, FTS5 walks the matches in rowid order and stops at the limit.
        rest.prepare(QStringLiteral("SELECT d.slug, f.title, f.rowid FROM "
                                    "(SELECT rowid, title FROM fts WHERE fts MATCH ? LIMIT ?) f "
                                    "JOIN docs d ON d.id = f.rowid"));
        rest.addBindValue(match);
        rest.addBindValue(limit + hits.size());
        if (!rest.exec())
            return indexFailure(tr("the search failed"), rest.lastError());
        while (rest.next() && hits.size() < limit) {
            const qint64 rowid = rest.value(2).toLongLong();
            if (rowids.contains(rowid))
                continue;
            hits << SearchHit{rest.value(0).toString(), rest.value(1).toString(), QString(), 0};
            rowids << rowid;
        }
    }
    const qsizetype withSnippet =
        snippets < 0 ? hits.size() : std::min<qsizetype>(snippets, hits.size());
    for (qsizetype i = 0; i < withSnippet; ++i) {
        Expected<QString> snippet = snippetOf(match, rowids[i]);
        if (!snippet)
            return snippet.result();
        hits[i].snippetHtml = std::move(snippet).value();
    }
    return hits;
}

Expected<int> ArticleIndex::countMatches(const QString &match) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM fts WHERE fts MATCH ?"));
    q.addBindValue(match);
    if (!q.exec() || !q.next())
        return indexFailure(tr("the search failed"), q.lastError());
    return q.value(0).toInt();
}

qint64 ArticleIndex::documentCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM docs")) && q.next() ? q.value(0).toLongLong()
                                                                           : 0;
}

Expected<QString> ArticleIndex::snippetOf(const QString &match, qint64 rowid) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // rowid = ? makes FTS5 seek to the one article instead of walking every match.
    q.prepare(QStringLiteral("SELECT snippet(fts, -1, char(1), char(2), '…', 16) FROM fts "
                             "WHERE fts MATCH ? AND rowid = ?"));
    q.addBindValue(match);
    q.addBindValue(rowid);
    if (!q.exec())
        return indexFailure(tr("the search failed"), q.lastError());
    return q.next() ? snippetToHtml(q.value(0).toString()) : QString();
}

QString ArticleIndex::snippet(const QString &query, const QString &slug) const
{
    const QString match = ftsQuery(query);
    if (match.isEmpty() || !isOpen())
        return QString();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM docs WHERE slug = ?"));
    q.addBindValue(slug);
    if (!q.exec() || !q.next()) // a failure is logged; the hit shows without its snippet
        return QString();
    const Expected<QString> snippet = snippetOf(match, q.value(0).toLongLong());
    return snippet ? *snippet : QString();
}

int ArticleIndex::matchCount(const QString &query) const
{
    const QString match = ftsQuery(query);
    if (match.isEmpty() || !isOpen())
        return 0;
    const Expected<int> count = countMatches(match);
    return count ? *count : 0;
}

} // namespace fc
