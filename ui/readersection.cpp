#include "readersection.h"

#include "appcontext.h"
#include "articleview.h"
#include "core/appinfo.h"
#include "core/appurl.h"
#include "librarysidebar.h"
#include "mainwindow.h"
#include "web/webprofile.h"

#include <QAction>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>

namespace fc {

ReaderSection::ReaderSection(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_sidebar(new LibrarySidebar(&window->context()->library()))
    , m_view(new ArticleView(window->context()->webProfile()->profile()))
{
    window->addSection(QStringLiteral("library"), tr("&Library"), m_sidebar, m_view);
    m_view->setZoomFactor(window->context()->settings().zoom());
    createActions();

    connect(m_sidebar, &LibrarySidebar::articleActivated, this, &ReaderSection::openArticle);
    connect(m_view->readerPage(), &ReaderPage::externalLinkRequested, this,
            &ReaderSection::confirmExternalLink);
    connect(m_view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) {
        AppUrl parsed;
        if (AppUrl::parse(url, &parsed) && parsed.section == u"article") {
            m_currentSlug = parsed.name;
            m_sidebar->setCurrentArticle(parsed.name);
            m_window->context()->settings().setLastArticle(parsed.name);
        }
    });
    connect(m_view, &QWebEngineView::titleChanged, m_window, [this](const QString &title) {
        m_window->setWindowTitle(
            title.isEmpty() || title.startsWith(QLatin1String("fibro:"))
                ? AppInfo::displayName()
                : QStringLiteral("%1 — %2").arg(title, AppInfo::displayName()));
    });
}

void ReaderSection::createActions()
{
    QMenu *view = m_window->menu(MainWindow::Menu::View);
    QAction *back = view->addAction(tr("&Back"), m_view, &QWebEngineView::back);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = view->addAction(tr("&Forward"), m_view, &QWebEngineView::forward);
    forward->setShortcut(QKeySequence::Forward);
    view->addSeparator();
    QAction *zoomIn =
        view->addAction(tr("Zoom &in"), this, [this] { setZoom(m_view->zoomFactor() + 0.1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction *zoomOut =
        view->addAction(tr("Zoom &out"), this, [this] { setZoom(m_view->zoomFactor() - 0.1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Actual size"), this, [this] { setZoom(1.0); });
    zoomReset->setShortcut(QKeySequence(tr("Ctrl+0")));
}

void ReaderSection::setZoom(double zoom)
{
    zoom = qBound(0.5, zoom, 3.0);
    m_view->setZoomFactor(zoom);
    m_window->context()->settings().setZoom(zoom);
}

void ReaderSection::openArticle(const QString &slug)
{
    if (!m_window->context()->library().find(slug))
        return;
    m_currentSlug = slug;
    m_sidebar->setCurrentArticle(slug);
    m_window->showSection(QStringLiteral("library"));
    m_view->load(AppUrl::make(QStringLiteral("article"), slug));
}

void ReaderSection::openInitialArticle()
{
    const QString last = m_window->context()->settings().lastArticle();
    if (m_window->context()->library().find(last)) {
        openArticle(last);
        return;
    }
    const QStringList slugs = m_sidebar->articleSlugs();
    if (!slugs.isEmpty())
        openArticle(slugs.first());
}

void ReaderSection::confirmExternalLink(const QUrl &url)
{
    const auto answer = QMessageBox::question(
        m_window, tr("Open in your web browser?"),
        tr("This link leads outside Fibro Companion:\n\n%1\n\nOpen it in your web browser?")
            .arg(url.toDisplayString()),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(url);
}

} // namespace fc
