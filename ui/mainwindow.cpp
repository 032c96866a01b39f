#include "mainwindow.h"

#include "appcontext.h"
#include "articles/articlepage.h"
#include "articleview.h"
#include "checkindialog.h"
#include "core/appinfo.h"
#include "export/exportactions.h"
#include "insights/insightssection.h"
#include "librarysidebar.h"
#include "notes/notessection.h"
#include "readersection.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
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
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_main);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    connect(m_nav, &QTabWidget::currentChanged, m_main, &QStackedWidget::setCurrentIndex);

    applyPageStyle();
    createMenus();
    m_reader = new ReaderSection(this);
    new InsightsSection(this);
    m_notes = new NotesSection(this);
    new ExportActions(this);

    restoreLayout();
    m_reader->openInitialArticle();
    statusBar()->showMessage(
        tr("%n article(s) in the library", nullptr, int(m_context->library().articles().size())));
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
    m_nav->addTab(side, title);
    m_main->addWidget(main);
}

void MainWindow::showSection(const QString &id)
{
    const int index = int(m_sectionIds.indexOf(id));
    if (index >= 0)
        m_nav->setCurrentIndex(index);
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
        resize(1200, 780);
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
    settings.sync();
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

    menu(Menu::Help)->addAction(tr("&About Fibro Companion"), this, [this] {
        QMessageBox::about(this, tr("About Fibro Companion"),
                           tr("<h3>Fibro Companion %1</h3><p>An offline library about fibromyalgia "
                              "and ME/CFS treatments and a private symptom diary. Your journal "
                              "stays on this computer.</p><p>The articles are information, not "
                              "medical advice; talk to your doctor.</p>")
                               .arg(AppInfo::version()));
    });
}

void MainWindow::openCheckIn()
{
    CheckInDialog dialog(&m_context->journal(), QDate::currentDate(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("Check-in for %1 saved.").arg(QLocale().toString(dialog.day(), QLocale::LongFormat)),
            5000);
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
