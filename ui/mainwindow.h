#pragma once

#include <QMainWindow>

class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace fc {

class AppContext;
class ArticleView;
class JournalSection;
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

    ReaderSection *reader() const { return m_reader; }
    TodaySection *today() const { return m_today; }
    NotesSection *notes() const { return m_notes; }
    JournalSection *journal() const { return m_journal; }
    // Shortcuts used by tests and other sections.
    LibrarySidebar *sidebar() const;
    ArticleView *articleView() const;
    QString currentSlug() const;
    void openArticle(const QString &slug);

public slots:
    void openCheckIn();
    void newNote();
    void exportNotesPdf();
    // Large type: the whole interface and the article text, one switch (View > Large text).
    void setLargeType(bool on);

signals:
    // The journal was written from this window (a check-in or a note saved).
    void journalChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void applyPageStyle();
    void restoreLayout();

    AppContext *m_context;
    QSplitter *m_splitter;
    QTabWidget *m_nav;
    QStackedWidget *m_main;
    QStringList m_sectionIds;
    QMap<Menu, QMenu *> m_menus;
    QMenu *m_goMenu = nullptr;
    ReaderSection *m_reader = nullptr;
    TodaySection *m_today = nullptr;
    NotesSection *m_notes = nullptr;
    JournalSection *m_journal = nullptr;
};

} // namespace fc
