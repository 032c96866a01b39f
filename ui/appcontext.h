#pragma once

#include "articles/articlelibrary.h"
#include "core/contentprovider.h"
#include "core/datadirectory.h"
#include "core/settings.h"
#include "journal/journalstore.h"

#include <QObject>
#include <memory>

namespace fc {

class WebProfile;

// What the window and the headless jobs share: the data folder, the open journal, the article
// library and the web profile that serves them.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(const QString &dataDir, QObject *parent = nullptr);
    ~AppContext() override;

    // Loads the library and opens the journal; on failure *error says what and where.
    bool initialize(QString *error);

    const DataDirectory &dataDirectory() const { return m_dataDir; }
    JournalStore &journal() { return m_journal; }
    ArticleLibrary &library() { return m_library; }
    Settings &settings() { return *m_settings; }
    ContentProvider &content() { return m_content; }
    WebProfile *webProfile();
    const QVector<ArticleError> &importErrors() const { return m_importErrors; }
    JournalDatabase::Status journalStatus() const { return m_journalStatus; }

private:
    DataDirectory m_dataDir;
    std::unique_ptr<Settings> m_settings;
    JournalStore m_journal;
    ArticleLibrary m_library;
    ContentProvider m_content;
    WebProfile *m_webProfile = nullptr;
    QVector<ArticleError> m_importErrors;
    JournalDatabase::Status m_journalStatus = JournalDatabase::Status::Closed;
};

} // namespace fc
