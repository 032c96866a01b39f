#include "appcontext.h"

#include "web/webprofile.h"

#include <QDir>

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
    if (QDir(m_dataDir.articlesDir()).exists())
        m_library.loadImported(m_dataDir.articlesDir(), &m_importErrors);
    QString journalError;
    m_journalStatus = m_journal.open(m_dataDir.journalFile(), &journalError);
    if (m_journalStatus != JournalDatabase::Status::Ok) {
        if (error)
            *error = journalError;
        return false;
    }
    return true;
}

WebProfile *AppContext::webProfile()
{
    if (!m_webProfile)
        m_webProfile = new WebProfile(&m_content, this);
    return m_webProfile;
}

} // namespace fc
