#pragma once

#include "articles/articleimporter.h"
#include "articles/articleindex.h"
#include "articles/articlelibrary.h"
#include "articles/backgroundindexer.h"
#include "articles/contentprovider.h"
#include "core/datadirectory.h"
#include "core/result.h"
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
    Result initialize();

    const DataDirectory &dataDirectory() const { return m_dataDir; }
    JournalStore &journal() { return m_journal; }
    ArticleLibrary &library() { return m_library; }
    Settings &settings() { return *m_settings; }
    ContentProvider &content() { return m_content; }
    WebProfile *webProfile();
    // Null when the search cache could not be opened: the library still works without search.
    ArticleIndex *articleIndex() { return m_index.get(); }
    QString articleIndexError() const { return m_indexError; }
    // True while a large first index build runs in the background: search finds the articles
    // indexed so far; articleIndexProgress and articleIndexReady tell how far it is.
    bool isIndexing() const;
    int indexingTotal() const { return isIndexing() ? m_indexingTotal : 0; }
    // More articles to index than this at start moves the work off the window's thread.
    static constexpr int backgroundIndexThreshold = 200;
    // Imports into the library and the search index at once.
    ImportSummary importArticles(const QStringList &paths);
    Result removeImportedArticle(const QString &slug);
    const QVector<ArticleError> &importErrors() const { return m_importErrors; }
    JournalDatabase::Status journalStatus() const { return m_journalStatus; }
    // Set when today's automatic backup could not be written (the journal itself is fine).
    QString backupWarning() const { return m_backupWarning; }
    // After the journal was replaced or recovered outside initialize().
    void setJournalStatus(JournalDatabase::Status status) { m_journalStatus = status; }
    void makeAutomaticBackup();

signals:
    void articleIndexProgress(int done, int total);
    void articleIndexReady();

private:
    void onBackgroundIndexFinished(bool ok, const QString &error);
    void openArticleIndex();
    void syncArticleIndex();
    void saveLibraryCache();

    DataDirectory m_dataDir;
    std::unique_ptr<Settings> m_settings;
    JournalStore m_journal;
    ArticleLibrary m_library;
    ContentProvider m_content;
    BackgroundIndexer *m_indexer;
    int m_indexingTotal = 0;
    WebProfile *m_webProfile = nullptr;
    QVector<ArticleError> m_importErrors;
    std::unique_ptr<ArticleIndex> m_index;
    QString m_indexError;
    JournalDatabase::Status m_journalStatus = JournalDatabase::Status::Closed;
    QString m_backupWarning;
};

} // namespace fc
