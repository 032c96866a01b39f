#pragma once

#include <QHash>
#include <QMainWindow>

class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace fc {

class AppContext;
class ArticleView;
class JournalSection;
class DesktopIntegration;
class LibrarySidebar;
class NotesSection;
class ReaderSection;
class TodaySection;

// The window is a frame for sections (Library, Journal, Notes, ...): each section brings a side
// panel for the navigation tabs on the left and a main view on the right, and adds its own
// commands to the shared menus. Features plug in by constructing their section here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Journal, Notes, Help };

    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext *context() const { return m_context; }
    QMenu *menu(Menu which) const;
    void addSection(const QString &id, const QString &title, QWidget *side, QWidget *main);
    void showSection(const QString &id);
    QString currentSection() const;
    bool hasSection(const QString &id) const { return m_sectionIds.contains(id); }
    // What a section shows (an article's title), named in the window title while that section
    // is on screen; other sections are named by their tab.
    void setSectionDocumentTitle(const QString &id, const QString &title);

    ReaderSection *reader() const { return m_reader; }
    TodaySection *today() const { return m_today; }
    NotesSection *notes() const { return m_notes; }
    JournalSection *journal() const { return m_journal; }
    DesktopIntegration *desktop() const { return m_desktop; }
    // Re-applies theme, type size and zoom after the preferences changed.
    void applySettings();
    // Shortcuts used by tests and other sections.
    LibrarySidebar *sidebar() const;
    ArticleView *articleView() const;
    QString currentSlug() const;
    void openArticle(const QString &slug);

public slots:
    void openCheckIn();
    void newNote();
    void exportNotesPdf();
    // Large type: the whole interface and the article text, one switch (View > Large type).
    void setLargeType(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void applyPageStyle();
    void restoreLayout();
    void updateWindowTitle();

    AppContext *m_context;
    QSplitter *m_splitter;
    QTabWidget *m_nav;
    QStackedWidget *m_main;
    QStringList m_sectionIds;
    QStringList m_sectionTitles; // the tabs' text, parallel to m_sectionIds
    QHash<QString, QString> m_documentTitles;
    QMap<Menu, QMenu *> m_menus;
    QMenu *m_goMenu = nullptr;
    ReaderSection *m_reader = nullptr;
    TodaySection *m_today = nullptr;
    NotesSection *m_notes = nullptr;
    JournalSection *m_journal = nullptr;
    DesktopIntegration *m_desktop = nullptr;
};

} // namespace fc
