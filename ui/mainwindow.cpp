#include "ui/mainwindow.h"

#include "articles/articlepage.h"
#include "core/appinfo.h"
#include "ui/access/appearance.h"
#include "ui/appcontext.h"
#include "ui/articleview.h"
#include "ui/desktop/desktopintegration.h"
#include "ui/export/exportactions.h"
#include "ui/insights/insightssection.h"
#include "ui/journal/journalsection.h"
#include "ui/librarysidebar.h"
#include "ui/notes/notessection.h"
#include "ui/readersection.h"
#include "ui/readertheme.h"
#include "ui/today/todaysection.h"
#include "ui/today/todayview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace fc {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_splitter(new QSplitter(this))
    , m_nav(new QTabWidget(m_splitter))
    , m_main(new QStackedWidget(m_splitter))
{
    setWindowTitle(AppInfo::displayName());
    m_nav->setDocumentMode(true);
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->tabBar()->setAccessibleName(tr("Sections"));
    // Every section's tab stays whole, at any text size: the side panel is never narrower
    // than the tabs (no scroll arrows, no elided titles).
    m_nav->tabBar()->setUsesScrollButtons(false);
    m_nav->tabBar()->setElideMode(Qt::ElideNone);
    m_nav->tabBar()->setAccessibleDescription(
        tr("Today, the library and the other parts of the app. Left and right arrows switch."));
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_main);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    connect(m_nav, &QTabWidget::currentChanged, m_main, &QStackedWidget::setCurrentIndex);
    connect(m_nav, &QTabWidget::currentChanged, this, &MainWindow::updateWindowTitle);

    Appearance::apply(m_context->settings());
    applyPageStyle();
    createMenus();
    m_today = new TodaySection(this);
    m_reader = new ReaderSection(this);
    m_journal = new JournalSection(this);
    new InsightsSection(this);
    m_notes = new NotesSection(this);
    new ExportActions(this);
    m_desktop = new DesktopIntegration(this);

    restoreLayout();
    m_reader->openInitialArticle();
    // Start calm, on the home view, with the first task under the keyboard.
    showSection(QStringLiteral("today"));
    m_today->view()->checkInButton()->setFocus(Qt::OtherFocusReason);
    statusBar()->showMessage(
        tr("%Ln article(s) in the library", nullptr, int(m_context->library().articles().size())));
}

MainWindow::~MainWindow()
{
    // Web views must go before the profile they use, which the context owns.
    while (m_main->count() > 0) {
        QWidget *w = m_main->widget(0);
        m_main->removeWidget(w);
        delete w;
    }
}

QMenu *MainWindow::menu(Menu which) const
{
    return m_menus.value(which);
}

void MainWindow::addSection(const QString &id, const QString &title, QWidget *side, QWidget *main)
{
    m_sectionIds << id;
    // Tabs carry no Alt+letter: with a section's own fields and the menus there are not enough
    // letters to go round. View > Go to lists them with Ctrl+1, Ctrl+2, ... instead.
    QString plain = title;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    m_sectionTitles << plain;
    m_nav->addTab(side, plain);
    m_main->addWidget(main);
    if (!m_goMenu)
        m_goMenu = menu(Menu::View)->addMenu(tr("&Go to"));
    QAction *go = m_goMenu->addAction(title);
    if (m_sectionIds.size() <= 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + m_sectionIds.size())));
    connect(go, &QAction::triggered, this, [this, id, main] {
        showSection(id);
        // Land on the first control of the section so the keyboard can carry on from there.
        if (main->focusPolicy() & Qt::TabFocus) {
            main->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        for (QWidget *w = main->nextInFocusChain(); w && w != main; w = w->nextInFocusChain())
            if (main->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
                (w->focusPolicy() & Qt::TabFocus)) {
                w->setFocus(Qt::ShortcutFocusReason);
                return;
            }
    });
}

void MainWindow::showSection(const QString &id)
{
    const int index = int(m_sectionIds.indexOf(id));
    if (index >= 0)
        m_nav->setCurrentIndex(index);
}

void MainWindow::setSectionDocumentTitle(const QString &id, const QString &title)
{
    m_documentTitles.insert(id, title);
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    const int index = m_nav->currentIndex();
    const QString id = m_sectionIds.value(index);
    const QString document = m_documentTitles.value(id);
    const QString shown = document.isEmpty() ? m_sectionTitles.value(index) : document;
    setWindowTitle(
        shown.isEmpty()
            ? AppInfo::displayName()
            : tr("%1 — %2", "what is shown — app name").arg(shown, AppInfo::displayName()));
}

QString MainWindow::currentSection() const
{
    return m_sectionIds.value(m_nav->currentIndex());
}

LibrarySidebar *MainWindow::sidebar() const
{
    return m_reader->sidebar();
}
ArticleView *MainWindow::articleView() const
{
    return m_reader->view();
}
QString MainWindow::currentSlug() const
{
    return m_reader->currentSlug();
}
void MainWindow::openArticle(const QString &slug)
{
    m_reader->openArticle(slug);
}

void MainWindow::restoreLayout()
{
    Settings &settings = m_context->settings();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(QSize(1200, 780).boundedTo(screen()->availableGeometry().size()));
    restoreState(settings.windowState());
    const QList<int> sizes = settings.splitterSizes();
    m_splitter->setSizes(sizes.size() == 2 ? sizes : QList<int>{320, 880});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings &settings = m_context->settings();
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterSizes(m_splitter->sizes());
    // The window is closing: a layout that cannot be kept is not worth a question now.
    if (const Result saved = settings.sync(); !saved)
        qWarning("%s", qPrintable(saved.message()));
    event->accept();
}

void MainWindow::applyPageStyle()
{
    PageStyle style = m_context->content().style();
    switch (m_context->settings().theme()) {
    case Settings::Theme::Light:
        style.dark = false;
        break;
    case Settings::Theme::Dark:
        style.dark = true;
        break;
    case Settings::Theme::System:
        style.dark = palette().color(QPalette::Window).lightness() < 128;
        break;
    }
    style.largeType = m_context->settings().largeType();
    m_context->content().setStyle(style);
}

void MainWindow::createMenus()
{
    m_menus.insert(Menu::File, menuBar()->addMenu(tr("&File")));
    m_menus.insert(Menu::Edit, menuBar()->addMenu(tr("&Edit")));
    m_menus.insert(Menu::View, menuBar()->addMenu(tr("&View")));
    m_menus.insert(Menu::Journal, menuBar()->addMenu(tr("&Journal")));
    m_menus.insert(Menu::Notes, menuBar()->addMenu(tr("&Notes")));
    m_menus.insert(Menu::Help, menuBar()->addMenu(tr("&Help")));

    QMenu *file = menu(Menu::File);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QAction *checkIn =
        menu(Menu::Journal)->addAction(tr("Today's &check-in…"), this, &MainWindow::openCheckIn);
    checkIn->setShortcut(QKeySequence::New);
}

void MainWindow::applySettings()
{
    // Theme and type size go through the one appearance switch, which re-renders the page.
    setLargeType(m_context->settings().largeType());
    articleView()->setZoomFactor(m_context->settings().zoom());
}

void MainWindow::setLargeType(bool on)
{
    m_context->settings().setLargeType(on);
    if (auto *action = findChild<QAction *>(QStringLiteral("large-type"))) {
        const QSignalBlocker block(action);
        action->setChecked(on);
    }
    m_reader->theme()->apply();
}

void MainWindow::openCheckIn()
{
    m_journal->openCheckIn(QDate::currentDate());
}

void MainWindow::newNote()
{
    m_notes->newNote();
}

void MainWindow::exportNotesPdf()
{
    m_notes->exportPdf();
}

} // namespace fc
