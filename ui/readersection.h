#pragma once

#include <QObject>

class QUrl;

namespace fc {

class ArticleView;
class LibrarySidebar;
class MainWindow;

// The library: the topic sidebar and the article view, with the reading commands.
class ReaderSection : public QObject
{
    Q_OBJECT
public:
    explicit ReaderSection(MainWindow *window);

    LibrarySidebar *sidebar() const { return m_sidebar; }
    ArticleView *view() const { return m_view; }
    QString currentSlug() const { return m_currentSlug; }

    void openArticle(const QString &slug);
    void openInitialArticle();

private:
    void createActions();
    void confirmExternalLink(const QUrl &url);
    void setZoom(double zoom);

    MainWindow *m_window;
    LibrarySidebar *m_sidebar;
    ArticleView *m_view;
    QString m_currentSlug;
};

} // namespace fc
