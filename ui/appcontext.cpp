#include "ui/appcontext.h"

#include "journal/backupmanager.h"
#include "ui/web/webprofile.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAppContext, "fc.ui.appcontext")

namespace fc {

AppContext::AppContext(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    // With --data-dir everything, preferences included, stays in that folder (tests rely on it).
    , m_settings(std::make_unique<Settings>(
          dataDir.isEmpty() ? QString() : m_dataDir.path() + QStringLiteral("/settings.ini")))
    , m_content(&m_library)
    , m_indexer(new BackgroundIndexer(this))
{
    connect(m_indexer, &BackgroundIndexer::progress, this, &AppContext::articleIndexProgress);
    connect(m_indexer, &BackgroundIndexer::finished, this, &AppContext::onBackgroundIndexFinished);
}

// The indexer's thread writes to the index; it stops (keeping its finished batches) before the
// index and library it reads go away.
AppContext::~AppContext()
{
    m_indexer->stop();
}

Result AppContext::initialize()
{
    if (Result step = m_library.loadBundled(); !step)
        return step;
    if (Result step = m_dataDir.ensureExists(); !step)
        return step;
    openArticleIndex();
    if (QDir(m_dataDir.articlesDir()).exists())
        m_library.loadImported(m_dataDir.articlesDir(), &m_importErrors,
                               m_dataDir.libraryCacheFile());
    syncArticleIndex();
    Result opened = m_journal.open(m_dataDir.journalFile());
    m_journalStatus = m_journal.status();
    if (!opened)
        return opened;
    makeAutomaticBackup();
    return {};
}

void AppContext::makeAutomaticBackup()
{
    bool created = false;
    if (const Result backedUp = BackupManager::automaticBackup(
            m_journal.database(), m_dataDir.backupsDir(), QDate::currentDate(), &created);
        !backedUp) {
        m_backupWarning = tr("Today's automatic backup was not made: %1").arg(backedUp.message());
        qCWarning(lcAppContext) << m_backupWarning;
    } else {
        m_backupWarning.clear();
    }
}

void AppContext::openArticleIndex()
{
    m_index = std::make_unique<ArticleIndex>(m_dataDir.articleIndexFile());
    if (const Result opened = m_index->open(); !opened) {
        m_indexError = opened.message();
        qCWarning(lcAppContext) << m_indexError;
        m_index.reset();
    }
}

void AppContext::syncArticleIndex()
{
    // The panel keeps a pointer to the index, so a failure here is reported, not the index
    // dropped: search goes on with what the index holds, and the next start tries again.
    const Expected<IndexPlan> plan =
        m_index ? m_index->plan(m_library) : Expected<IndexPlan>(fail(m_indexError));
    if (m_index && !plan)
        m_indexError = plan.message();
    if (plan && plan->toIndex.size() > backgroundIndexThreshold) {
        // The plan holds its own copies of the articles; the library can drop its bodies.
        m_indexingTotal = int(plan->toIndex.size());
        m_indexer->start(m_index->path(), *plan);
        m_library.releaseImportedBodies();
        return;
    }
    // Only an index that holds what the cache lists may be trusted with it. Without an index at
    // all, the next start that opens one compares every row anyway.
    const Result applied = plan ? m_index->apply(plan->toIndex, plan->toRemove) : plan.result();
    if (!m_index || applied) {
        saveLibraryCache();
    } else {
        m_indexError = applied.message();
        qCWarning(lcAppContext) << m_indexError;
    }
    m_library.releaseImportedBodies();
}

void AppContext::onBackgroundIndexFinished(bool ok, const QString &error)
{
    if (ok) {
        // Imports and removals made while it ran are indexed now.
        syncArticleIndex();
    } else {
        // Search keeps what was indexed; the next start tries the rest again.
        m_indexError = error;
        qCWarning(lcAppContext) << error;
    }
    emit articleIndexReady();
}

bool AppContext::isIndexing() const
{
    return m_indexer->isRunning();
}

void AppContext::saveLibraryCache()
{
    // The cache says "indexed as listed": written only once the index has caught up.
    if (m_indexer->isRunning())
        return;
    if (!m_library.importedCacheStale())
        return;
    if (const Result saved = m_library.saveImportedCache(m_dataDir.libraryCacheFile()); !saved)
        qCWarning(lcAppContext) << "library cache not saved:" << saved.message();
}

ImportSummary AppContext::importArticles(const QStringList &paths)
{
    ArticleImporter importer(&m_library, m_dataDir.articlesDir());
    ImportSummary summary = importer.import(paths);
    // A few files are indexed at once, in one transaction; a big folder in the background, as at
    // a first start. While a background build runs, it picks the new ones up when it ends.
    if (!summary.importedSlugs.isEmpty() && !m_indexer->isRunning())
        syncArticleIndex();
    return summary;
}

Result AppContext::removeImportedArticle(const QString &slug)
{
    ArticleImporter importer(&m_library, m_dataDir.articlesDir());
    if (Result step = importer.remove(slug); !step)
        return step;
    if (m_index && !m_indexer->isRunning()) {
        if (const Result removed = m_index->remove(slug); !removed)
            qCWarning(lcAppContext) << removed.message();
    }
    saveLibraryCache();
    return {};
}

WebProfile *AppContext::webProfile()
{
    if (!m_webProfile)
        m_webProfile = new WebProfile(&m_content, this);
    return m_webProfile;
}

} // namespace fc
