#pragma once

#include <QMainWindow>

class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace fc {

class AppContext;
class ArticleView;
class LibrarySidebar;
class NotesSection;
class ReaderSection;

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

    ReaderSection *reader() const { return m_reader; }
    NotesSection *notes() const { return m_notes; }
    // Shortcuts used by tests and other sections.
    LibrarySidebar *sidebar() const;
    ArticleView *articleView() const;
    QString currentSlug() const;
    void openArticle(const QString &slug);

public slots:
    void openCheckIn();
    void newNote();
    void exportNotesPdf();

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
    ReaderSection *m_reader = nullptr;
    NotesSection *m_notes = nullptr;
};

} // namespace fc
