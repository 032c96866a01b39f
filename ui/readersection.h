#pragma once

#include "core/result.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QAction;
class QPrinter;
class QTimer;
class QUrl;
class QWidget;

namespace fc {

class ArticleView;
class FindBar;
class LibraryPanel;
class LibrarySidebar;
class MainWindow;
class OnDemandView;
class ReaderTheme;

// The library: the search box and topic sidebar, the article view, and the reading commands
// (find, print, zoom, theme, large type, import and removal of the user's own articles).
class ReaderSection : public QObject
{
    Q_OBJECT
public:
    explicit ReaderSection(MainWindow *window);
    ~ReaderSection() override;

    LibrarySidebar *sidebar() const;
    LibraryPanel *panel() const { return m_panel; }
    // The article view, created (and the web engine started) on first use: when the Library is
    // first shown or an article is opened. A start on Today never makes it.
    ArticleView *view();
    bool hasView() const { return m_view != nullptr; }
    FindBar *findBar() const { return m_findBar; }
    ReaderTheme *theme() const { return m_theme; }
    QString currentSlug() const { return m_currentSlug; }

    // Shows the Library with the article. terms: search words to mark in the page; the first one
    // is scrolled into view.
    void openArticle(const QString &slug, const QStringList &terms = {});
    // The article read last (or the first one), at the place left; loaded once the article view
    // exists, without changing the section shown.
    void openInitialArticle();
    // Imports files or folders, refreshes the sidebar and search, and reports the outcome.
    void importArticles(const QStringList &paths);
    Result removeArticle(const QString &slug);
    // Re-renders the open page (theme, large type) keeping the reading position.
    void rerender();
    // Where the reader is in the open article, as a fraction of its height.
    double scrollFraction() const;
    void saveScrollPosition();
    void applyPendingScroll();
    // What the Print command does once its dialog is accepted; articlePrinted() follows.
    void printArticle(QPrinter *printer);

signals:
    // A click on fibro://app/track/<treatment-key> in an article.
    void trackTreatmentRequested(const QString &treatmentKey);
    void articleLoaded(const QString &slug); // page finished loading and its position restored
    void articlePrinted(bool ok);
    // Once, when the article view has been made; others connect to it here.
    void viewCreated(ArticleView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createView(QWidget *parent);
    void createActions();
    void createThemeActions();
    void confirmExternalLink(const QUrl &url);
    void loadArticle(const QString &slug, const QStringList &terms = {});
    double zoom() const;
    void setZoom(double zoom);
    void onUrlChanged(const QUrl &url);
    void onLoadFinished(bool ok);
    void chooseImport(bool folder);
    void confirmRemoveCurrent();
    void print();
    void refreshLibrary();

    MainWindow *m_window;
    LibraryPanel *m_panel;
    OnDemandView *m_viewPlace;
    ArticleView *m_view = nullptr;
    FindBar *m_findBar;
    ReaderTheme *m_theme;
    QTimer *m_scrollSaveTimer;
    QString m_currentSlug;
    double m_pendingScroll = -1;
    bool m_initialArticlePending = false;
    bool m_pageReady = false; // the current article's page has finished loading
    std::unique_ptr<QPrinter> m_printer;
    QAction *m_removeAction = nullptr;
};

} // namespace fc
