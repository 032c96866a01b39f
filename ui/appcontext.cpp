#include "appcontext.h"

#include "journal/backupmanager.h"
#include "web/webprofile.h"

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
{}

AppContext::~AppContext() = default;

bool AppContext::initialize(QString *error)
{
    if (!m_library.loadBundled(error))
        return false;
    if (!m_dataDir.ensureExists(error))
        return false;
    openArticleIndex();
    if (QDir(m_dataDir.articlesDir()).exists())
        m_library.loadImported(m_dataDir.articlesDir(), &m_importErrors,
                               m_dataDir.libraryCacheFile());
    syncArticleIndex();
    QString journalError;
    m_journalStatus = m_journal.open(m_dataDir.journalFile(), &journalError);
    if (m_journalStatus != JournalDatabase::Status::Ok) {
        if (error)
            *error = journalError;
        return false;
    }
    makeAutomaticBackup();
    return true;
}

void AppContext::makeAutomaticBackup()
{
    QString error;
    bool created = false;
    if (!BackupManager::automaticBackup(m_journal.database(), m_dataDir.backupsDir(),
                                        QDate::currentDate(), &created, &error)) {
        m_backupWarning = QStringLiteral("Today's automatic backup was not made: %1").arg(error);
        qCWarning(lcAppContext) << m_backupWarning;
    } else {
        m_backupWarning.clear();
    }
}

void AppContext::openArticleIndex()
{
    m_index = std::make_unique<ArticleIndex>(m_dataDir.articleIndexFile());
    if (!m_index->open(&m_indexError)) {
        qCWarning(lcAppContext) << m_indexError;
        m_index.reset();
    }
}

void AppContext::syncArticleIndex()
{
    IndexSyncResult result;
    if (m_index && !m_index->sync(m_library, &result, &m_indexError)) {
        qCWarning(lcAppContext) << m_indexError;
        m_index.reset();
    }
    saveLibraryCache();
    m_library.releaseImportedBodies();
}

void AppContext::saveLibraryCache()
{
    QString error;
    if (m_library.importedCacheStale() &&
        !m_library.saveImportedCache(m_dataDir.libraryCacheFile(), &error))
        qCWarning(lcAppContext) << "library cache not saved:" << error;
}

ImportSummary AppContext::importArticles(const QStringList &paths)
{
    ArticleImporter importer(&m_library, m_dataDir.articlesDir());
    ImportSummary summary = importer.import(paths);
    for (const QString &slug : summary.importedSlugs) {
        QString error;
        if (m_index && !m_index->addOrUpdate(*m_library.find(slug), &error))
            qCWarning(lcAppContext) << error;
    }
    saveLibraryCache();
    return summary;
}

bool AppContext::removeImportedArticle(const QString &slug, QString *error)
{
    ArticleImporter importer(&m_library, m_dataDir.articlesDir());
    if (!importer.remove(slug, error))
        return false;
    QString indexError;
    if (m_index && !m_index->remove(slug, &indexError))
        qCWarning(lcAppContext) << indexError;
    saveLibraryCache();
    return true;
}

WebProfile *AppContext::webProfile()
{
    if (!m_webProfile)
        m_webProfile = new WebProfile(&m_content, this);
    return m_webProfile;
}

} // namespace fc
