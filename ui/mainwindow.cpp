#include "mainwindow.h"

#include "appcontext.h"
#include "articles/articlepage.h"
#include "articleview.h"
#include "checkindialog.h"
#include "core/appinfo.h"
#include "core/appurl.h"
#include "export/notesdocument.h"
#include "librarysidebar.h"
#include "noteeditordialog.h"
#include "pdfprinter.h"
#include "web/webprofile.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>

namespace fc {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_splitter(new QSplitter(this)),
      m_sidebar(new LibrarySidebar(&context->library(), m_splitter)),
      m_view(new ArticleView(context->webProfile()->profile(), m_splitter))
{
    setWindowTitle(AppInfo::displayName());
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 900});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    resize(1200, 780);
    applyPageStyle();
    createMenus();

    connect(m_sidebar, &LibrarySidebar::articleActivated, this, &MainWindow::openArticle);
    connect(m_view->readerPage(), &ReaderPage::externalLinkRequested, this,
            &MainWindow::confirmExternalLink);
    connect(m_view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) {
        AppUrl parsed;
        if (AppUrl::parse(url, &parsed) && parsed.section == u"article") {
            m_currentSlug = parsed.name;
            m_sidebar->setCurrentArticle(parsed.name);
        }
    });
    connect(m_view, &QWebEngineView::titleChanged, this, [this](const QString &title) {
        setWindowTitle(title.isEmpty() || title.startsWith(QLatin1String("fibro:"))
                           ? AppInfo::displayName()
                           : QStringLiteral("%1 — %2").arg(title, AppInfo::displayName()));
    });

    const QStringList slugs = m_sidebar->articleSlugs();
    if (!slugs.isEmpty())
        openArticle(slugs.first());
    statusBar()->showMessage(
        tr("%n article(s) in the library", nullptr, int(m_context->library().articles().size())));
}

MainWindow::~MainWindow()
{
    // The page must be destroyed before the profile it uses.
    delete m_view;
    m_view = nullptr;
}

void MainWindow::applyPageStyle()
{
    PageStyle style = m_context->content().style();
    style.dark = palette().color(QPalette::Window).lightness() < 128;
    m_context->content().setStyle(style);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportNotes =
        file->addAction(tr("Export &notes as PDF…"), this, &MainWindow::exportNotesPdf);
    exportNotes->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *journal = menuBar()->addMenu(tr("&Journal"));
    QAction *checkIn = journal->addAction(tr("Today's &check-in…"), this, &MainWindow::openCheckIn);
    checkIn->setShortcut(QKeySequence::New);
    QAction *note = journal->addAction(tr("New &note…"), this, &MainWindow::newNote);
    note->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *back = view->addAction(tr("&Back"), m_view, &QWebEngineView::back);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = view->addAction(tr("&Forward"), m_view, &QWebEngineView::forward);
    forward->setShortcut(QKeySequence::Forward);
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] {
        m_view->setZoomFactor(qMin(3.0, m_view->zoomFactor() + 0.1));
    });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] {
        m_view->setZoomFactor(qMax(0.5, m_view->zoomFactor() - 0.1));
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset =
        view->addAction(tr("&Actual size"), this, [this] { m_view->setZoomFactor(1.0); });
    zoomReset->setShortcut(QKeySequence(tr("Ctrl+0")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Fibro Companion"), this, [this] {
        QMessageBox::about(this, tr("About Fibro Companion"),
                           tr("<h3>Fibro Companion %1</h3><p>An offline library about fibromyalgia "
                              "and ME/CFS treatments and a private symptom diary. Your journal "
                              "stays on this computer.</p><p>The articles are information, not "
                              "medical advice; talk to your doctor.</p>")
                               .arg(AppInfo::version()));
    });
}

void MainWindow::openArticle(const QString &slug)
{
    if (!m_context->library().find(slug))
        return;
    m_currentSlug = slug;
    m_sidebar->setCurrentArticle(slug);
    m_view->load(AppUrl::make(QStringLiteral("article"), slug));
}

void MainWindow::confirmExternalLink(const QUrl &url)
{
    const auto answer = QMessageBox::question(
        this, tr("Open in your web browser?"),
        tr("This link leads outside Fibro Companion:\n\n%1\n\nOpen it in your web browser?")
            .arg(url.toDisplayString()),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(url);
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
    Note note;
    note.articleSlug = m_currentSlug;
    NoteEditorDialog dialog(&m_context->journal(), note, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Note saved."), 5000);
}

void MainWindow::exportNotesPdf()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("fibro-notes-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export notes as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString html = NotesDocument::build(m_context->journal().notes(), &m_context->library());
    auto *printer = new PdfPrinter(m_context, this);
    statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    connect(printer, &PdfPrinter::finished, this, [this, printer](bool ok, const QString &message) {
        printer->deleteLater();
        if (ok)
            statusBar()->showMessage(message, 8000);
        else
            QMessageBox::warning(this, tr("PDF not written"), message);
    });
    printer->print(html, path);
}

} // namespace fc
