#pragma once

#include <QMainWindow>

class QSplitter;

namespace fc {

class AppContext;
class ArticleView;
class LibrarySidebar;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    LibrarySidebar *sidebar() const { return m_sidebar; }
    ArticleView *articleView() const { return m_view; }
    QString currentSlug() const { return m_currentSlug; }

    void openArticle(const QString &slug);

public slots:
    void openCheckIn();
    void newNote();
    void exportNotesPdf();

private:
    void createMenus();
    void confirmExternalLink(const QUrl &url);
    void applyPageStyle();

    AppContext *m_context;
    QSplitter *m_splitter;
    LibrarySidebar *m_sidebar;
    ArticleView *m_view;
    QString m_currentSlug;
};

} // namespace fc
