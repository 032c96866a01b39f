#include "ui/readersection.h"

#include "articles/highlighter.h"
#include "core/appinfo.h"
#include "core/appurl.h"
#include "ui/appcontext.h"
#include "ui/articleview.h"
#include "ui/findbar.h"
#include "ui/librarypanel.h"
#include "ui/librarysidebar.h"
#include "ui/mainwindow.h"
#include "ui/readertheme.h"
#include "ui/web/ondemandview.h"
#include "ui/web/webprofile.h"

#include <QAction>
#include <QActionGroup>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEngineScript>

namespace fc {

ReaderSection::ReaderSection(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_panel(new LibraryPanel(&window->context()->library(), window->context()->articleIndex()))
    , m_viewPlace(new OnDemandView([this](QWidget *parent) { return createView(parent); }))
    , m_findBar(new FindBar)
    , m_theme(new ReaderTheme(window->context(), this))
    , m_scrollSaveTimer(new QTimer(this))
{
    auto *main = new QWidget;
    auto *layout = new QVBoxLayout(main);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_viewPlace, 1);
    layout->addWidget(m_findBar);
    window->addSection(QStringLiteral("library"), tr("&Library"), m_panel, main);

    sidebar()->setRecent(window->context()->settings().recentArticles());
    m_theme->apply();
    createActions();

    m_scrollSaveTimer->setSingleShot(true);
    m_scrollSaveTimer->setInterval(600);
    connect(m_scrollSaveTimer, &QTimer::timeout, this, &ReaderSection::saveScrollPosition);
    window->installEventFilter(this);

    connect(m_panel, &LibraryPanel::articleActivated, this,
            [this](const QString &slug, const QStringList &terms) { openArticle(slug, terms); });
    connect(m_theme, &ReaderTheme::changed, this, &ReaderSection::rerender);
    connect(m_viewPlace, &OnDemandView::created, this, [this] {
        emit viewCreated(m_view);
        // The article the reader had open last time, kept back until the view exists.
        if (m_initialArticlePending) {
            m_initialArticlePending = false;
            openInitialArticle();
        }
    });
    AppContext *context = window->context();
    if (context->isIndexing())
        m_panel->setIndexingProgress(0, context->indexingTotal());
    connect(context, &AppContext::articleIndexProgress, m_panel,
            &LibraryPanel::setIndexingProgress);
    connect(context, &AppContext::articleIndexReady, m_panel,
            [this] { m_panel->setIndexingProgress(0, 0); });
}

QWidget *ReaderSection::createView(QWidget *parent)
{
    m_view = new ArticleView(m_window->context()->webProfile()->profile(), parent);
    m_view->setZoomFactor(m_window->context()->settings().zoom());
    m_findBar->setPage(m_view->page());
    connect(m_view->page(), &QWebEnginePage::scrollPositionChanged, m_scrollSaveTimer,
            qOverload<>(&QTimer::start));
    m_view->installEventFilter(this);
    connect(m_findBar, &FindBar::closed, m_view, qOverload<>(&QWidget::setFocus));
    connect(m_view->readerPage(), &ReaderPage::externalLinkRequested, this,
            &ReaderSection::confirmExternalLink);
    connect(
        m_view->readerPage(), &ReaderPage::trackTreatmentRequested, this,
        [this](const QString &key) {
            if (isSignalConnected(QMetaMethod::fromSignal(&ReaderSection::trackTreatmentRequested)))
                emit trackTreatmentRequested(key);
            else
                m_window->statusBar()->showMessage(
                    tr("The journal cannot record treatments in this version."), 6000);
        });
    connect(m_view, &QWebEngineView::urlChanged, this, &ReaderSection::onUrlChanged);
    connect(m_view, &QWebEngineView::loadFinished, this, &ReaderSection::onLoadFinished);
    connect(m_view, &QWebEngineView::titleChanged, m_window, [this](const QString &title) {
        m_window->setSectionDocumentTitle(QStringLiteral("library"),
                                          title.startsWith(QLatin1String("fibro:")) ? QString()
                                                                                    : title);
    });
    return m_view;
}

ArticleView *ReaderSection::view()
{
    if (!m_view)
        m_viewPlace->widget();
    return m_view;
}

ReaderSection::~ReaderSection() = default;

LibrarySidebar *ReaderSection::sidebar() const
{
    return m_panel->sidebar();
}

void ReaderSection::createActions()
{
    QMenu *file = m_window->menu(MainWindow::Menu::File);
    QAction *firstFileAction = file->actions().value(0);
    auto *importFiles = new QAction(tr("&Import articles…"), this);
    connect(importFiles, &QAction::triggered, this, [this] { chooseImport(false); });
    auto *importFolder = new QAction(tr("Import a &folder of articles…"), this);
    connect(importFolder, &QAction::triggered, this, [this] { chooseImport(true); });
    m_removeAction = new QAction(tr("Re&move this imported article…"), this);
    m_removeAction->setEnabled(false);
    connect(m_removeAction, &QAction::triggered, this, &ReaderSection::confirmRemoveCurrent);
    auto *printAction = new QAction(tr("&Print article…"), this);
    printAction->setShortcut(QKeySequence::Print);
    connect(printAction, &QAction::triggered, this, &ReaderSection::print);
    file->insertActions(firstFileAction, {importFiles, importFolder, m_removeAction});
    file->insertSeparator(firstFileAction);
    file->insertAction(firstFileAction, printAction);
    file->insertSeparator(firstFileAction);

    QMenu *edit = m_window->menu(MainWindow::Menu::Edit);
    QAction *search = edit->addAction(tr("&Search the library"), m_panel, [this] {
        m_window->showSection(QStringLiteral("library"));
        m_panel->focusSearch();
    });
    search->setShortcuts({QKeySequence(tr("Ctrl+K")), QKeySequence(tr("Ctrl+Shift+F"))});
    QAction *find = edit->addAction(tr("&Find in article…"), m_findBar, [this] {
        view();
        m_findBar->open();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *next = edit->addAction(tr("Find &next"), m_findBar, [this] {
        view();
        if (m_findBar->isHidden())
            m_findBar->open();
        else
            m_findBar->findNext();
    });
    next->setShortcut(QKeySequence::FindNext);
    QAction *previous = edit->addAction(tr("Find pre&vious"), m_findBar, [this] {
        if (m_view)
            m_findBar->findPrevious();
    });
    previous->setShortcut(QKeySequence::FindPrevious);

    QMenu *view = m_window->menu(MainWindow::Menu::View);
    // Before the article view exists there is no page history to move through.
    QAction *back = view->addAction(tr("&Back"), this, [this] {
        if (m_view)
            m_view->back();
    });
    back->setShortcut(QKeySequence::Back);
    QAction *forward = view->addAction(tr("&Forward"), this, [this] {
        if (m_view)
            m_view->forward();
    });
    forward->setShortcut(QKeySequence::Forward);
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] { setZoom(zoom() + 0.1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] { setZoom(zoom() - 0.1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Actual size"), this, [this] { setZoom(1.0); });
    zoomReset->setShortcut(QKeySequence(tr("Ctrl+0")));
    createThemeActions();
}

void ReaderSection::createThemeActions()
{
    QMenu *view = m_window->menu(MainWindow::Menu::View);
    view->addSeparator();
    Settings &settings = m_window->context()->settings();
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const std::pair<Settings::Theme, QString> choices[] = {
        {Settings::Theme::System, tr("Same as the &system")},
        {Settings::Theme::Light, tr("&Light")},
        {Settings::Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, label] : choices) {
        QAction *a = themeMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(settings.theme() == theme);
        a->setObjectName(QStringLiteral("theme-%1").arg(int(theme)));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, theme = theme] {
            m_window->context()->settings().setTheme(theme);
            m_theme->apply();
        });
    }
    QAction *large = view->addAction(tr("&Large type"));
    large->setObjectName(QStringLiteral("large-type"));
    large->setCheckable(true);
    large->setChecked(settings.largeType());
    large->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    connect(large, &QAction::toggled, this, [this](bool on) {
        m_window->context()->settings().setLargeType(on);
        m_theme->apply();
    });
}

double ReaderSection::zoom() const
{
    return m_view ? m_view->zoomFactor() : m_window->context()->settings().zoom();
}

void ReaderSection::setZoom(double zoom)
{
    zoom = qBound(0.5, zoom, 3.0);
    if (m_view)
        m_view->setZoomFactor(zoom);
    m_window->context()->settings().setZoom(zoom);
}

void ReaderSection::openArticle(const QString &slug, const QStringList &terms)
{
    if (!m_window->context()->library().find(slug))
        return;
    m_initialArticlePending = false; // this one, not the one read last
    m_window->showSection(QStringLiteral("library"));
    loadArticle(slug, terms);
}

void ReaderSection::loadArticle(const QString &slug, const QStringList &terms)
{
    if (!m_window->context()->library().find(slug))
        return;
    if (!m_currentSlug.isEmpty() && m_currentSlug != slug)
        saveScrollPosition();
    m_currentSlug = slug;
    m_pendingScroll = -1;
    m_pageReady = false;
    sidebar()->setCurrentArticle(slug);
    QUrl url = AppUrl::make(QStringLiteral("article"), slug);
    if (!terms.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("highlight"), terms.join(u' '));
        url.setQuery(query);
        // A plain fragment scrolls to the first marked word without any page script.
        url.setFragment(QLatin1String(Highlighter::firstHitId));
    }
    view()->load(url);
}

void ReaderSection::openInitialArticle()
{
    Settings &settings = m_window->context()->settings();
    QString slug = settings.lastArticle();
    const bool remembered = m_window->context()->library().find(slug) != nullptr;
    if (!remembered)
        slug = sidebar()->articleSlugs().value(0);
    if (slug.isEmpty())
        return;
    if (!m_view) {
        // Named as the current article now; its page waits for the view.
        m_currentSlug = slug;
        sidebar()->setCurrentArticle(slug);
        m_initialArticlePending = true;
        return;
    }
    loadArticle(slug);
    if (remembered)
        m_pendingScroll = settings.scrollPosition(slug);
}

void ReaderSection::onUrlChanged(const QUrl &url)
{
    AppUrl parsed;
    const bool isArticle = AppUrl::parse(url, &parsed) && parsed.section == u"article";
    const Article *article = isArticle ? m_window->context()->library().find(parsed.name) : nullptr;
    m_removeAction->setEnabled(article && article->origin == Article::Origin::Imported);
    if (!article)
        return;
    Settings &settings = m_window->context()->settings();
    if (parsed.name != m_currentSlug && !m_currentSlug.isEmpty())
        saveScrollPosition(); // back/forward left the previous article
    m_currentSlug = parsed.name;
    sidebar()->setCurrentArticle(parsed.name);
    settings.setLastArticle(parsed.name);
    settings.addRecentArticle(parsed.name);
    sidebar()->setRecent(settings.recentArticles());
}

void ReaderSection::onLoadFinished(bool ok)
{
    if (!ok)
        return;
    m_pageReady = true;
    const QString slug = m_currentSlug;
    if (m_pendingScroll <= 0) {
        emit articleLoaded(slug);
        return;
    }
    // A hidden view (the app starts on Today) has no layout to scroll yet: restore when shown.
    if (!m_view->isVisible()) {
        emit articleLoaded(slug);
        return;
    }
    applyPendingScroll();
}

void ReaderSection::applyPendingScroll()
{
    const QString slug = m_currentSlug;
    // Page scripts are off in the profile; ApplicationWorld scripts still run (Qt documents
    // JavascriptEnabled as applying to the main world only), and page content cannot see them.
    const double fraction = qBound(0.0, m_pendingScroll, 1.0);
    m_pendingScroll = -1;
    m_view->page()->runJavaScript(
        QStringLiteral("window.scrollTo(0, %1 * document.documentElement.scrollHeight); true")
            .arg(fraction, 0, 'f', 5),
        QWebEngineScript::ApplicationWorld,
        [this, slug](const QVariant &) { emit articleLoaded(slug); });
}

double ReaderSection::scrollFraction() const
{
    if (!m_view)
        return 0;
    const double height = m_view->page()->contentsSize().height();
    return height > 0 ? qBound(0.0, m_view->page()->scrollPosition().y() / height, 1.0) : 0.0;
}

void ReaderSection::saveScrollPosition()
{
    // Until a remembered position has been applied, the page's own is not the reader's.
    if (!m_view || m_currentSlug.isEmpty() || m_pendingScroll > 0 || !m_view->isVisible() ||
        m_view->page()->contentsSize().height() <= 0)
        return;
    AppUrl shown;
    if (!AppUrl::parse(m_view->url(), &shown) || shown.name != m_currentSlug)
        return; // the page still shows the previous article
    m_window->context()->settings().setScrollPosition(m_currentSlug, scrollFraction());
}

void ReaderSection::rerender()
{
    if (!m_view || m_currentSlug.isEmpty())
        return;
    m_pendingScroll = scrollFraction();
    m_view->reload();
}

bool ReaderSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        saveScrollPosition();
    if (m_view && watched == m_view && event->type() == QEvent::Show && m_pendingScroll > 0 &&
        m_pageReady)
        QTimer::singleShot(0, this, [this] {
            if (m_pendingScroll > 0)
                applyPendingScroll();
        });
    return QObject::eventFilter(watched, event);
}

void ReaderSection::print()
{
    if (m_currentSlug.isEmpty())
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(m_printer.get(), m_window);
    dialog.setWindowTitle(tr("Print article"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printArticle(m_printer.get());
}

void ReaderSection::printArticle(QPrinter *printer)
{
    if (!m_view || m_currentSlug.isEmpty()) {
        emit articlePrinted(false);
        return;
    }
    m_window->statusBar()->showMessage(tr("Printing…"));
    // "Print to file" gets the page's own PDF: QWebEngineView::print() paints the pages as
    // pictures, a file whose words cannot be searched, selected, copied or read aloud.
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        connect(
            m_view->page(), &QWebEnginePage::pdfPrintingFinished, this,
            [this](const QString &filePath, bool ok) {
                m_window->statusBar()->showMessage(
                    ok ? tr("Article saved as %1.").arg(QDir::toNativeSeparators(filePath))
                       : tr("The article could not be saved as %1.")
                             .arg(QDir::toNativeSeparators(filePath)),
                    6000);
                emit articlePrinted(ok);
            },
            Qt::SingleShotConnection);
        m_view->page()->printToPdf(printer->outputFileName(), printer->pageLayout(),
                                   printer->pageRanges());
        return;
    }
    connect(
        m_view, &QWebEngineView::printFinished, this,
        [this](bool ok) {
            m_window->statusBar()->showMessage(ok ? tr("Article sent to the printer.")
                                                  : tr("The article could not be printed."),
                                               6000);
            emit articlePrinted(ok);
        },
        Qt::SingleShotConnection);
    m_view->print(printer);
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
