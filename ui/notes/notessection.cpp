#include "ui/notes/notessection.h"

#include "core/appurl.h"
#include "export/articlenotes.h"
#include "export/notesdocument.h"
#include "ui/appcontext.h"
#include "ui/articleview.h"
#include "ui/mainwindow.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notesexportdialog.h"
#include "ui/notes/notespanel.h"
#include "ui/pdfprinter.h"
#include "ui/readersection.h"
#include "ui/readertheme.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace fc {

NotesSection::NotesSection(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_panel(new NotesPanel(window->context()))
    , m_editor(new NoteEditor(window->context()))
{
    window->addSection(QStringLiteral("notes"), tr("&Notes"), m_panel, m_editor);
    createActions();
    connect(window->reader(), &ReaderSection::viewCreated, this, &NotesSection::connectArticleView);

    // The preview is a page of its own: it follows a theme or type-size switch at once, not
    // only when the next note is opened.
    connect(window->reader()->theme(), &ReaderTheme::changed, m_editor,
            &NoteEditor::refreshPreview);
    connect(m_panel, &NotesPanel::noteActivated, this, &NotesSection::openNote);
    connect(m_panel, &NotesPanel::newNoteRequested, this, &NotesSection::newNote);
    // Queued: a save can happen inside the list's own selection change (opening another note
    // saves the one being left), and the list must not be rebuilt under its feet.
    connect(m_editor, &NoteEditor::saved, this, [this] {
        QTimer::singleShot(0, this, [this] { m_panel->refresh(m_editor->note().id); });
    });
    connect(m_editor, &NoteEditor::deleteRequested, this, &NotesSection::deleteNote);
    auto *deleteKey = new QAction(tr("Delete note"), m_panel->list());
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, [this] {
        if (const qint64 id = m_panel->currentId())
            deleteNote(id);
    });
    m_panel->list()->addAction(deleteKey);

    const NotesStore *store = &window->context()->journal().notesStore();
    window->context()->content().setArticleDecorator(
        [store](const QString &slug, const QString &html) {
            NoteFilter f;
            f.articleSlug = slug;
            return ArticleNotes::decorate(html, store->notes(f));
        });
    window->context()->content().addRoute(QStringLiteral("note"), [](const QString &) {
        return WebReply::html(QStringLiteral("<!DOCTYPE html><title>Note</title>"));
    });
}

void NotesSection::createActions()
{
    QMenu *notes = m_window->menu(MainWindow::Menu::Notes);
    QAction *create = notes->addAction(tr("New &note"), this, &NotesSection::newNote);
    create->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    create->setToolTip(tr("New note; with text selected in an article, a note on that passage"));
    m_addNote = new QAction(tr("&Add note on this passage"), this);
    connect(m_addNote, &QAction::triggered, this, &NotesSection::addNoteFromSelection);
    notes->addAction(m_addNote);
    notes->addSeparator();
    QAction *exportPdf =
        notes->addAction(tr("&Export notes as PDF…"), this, &NotesSection::exportPdf);
    exportPdf->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_window->menu(MainWindow::Menu::File)
        ->insertAction(m_window->menu(MainWindow::Menu::File)->actions().value(0), exportPdf);

    m_undo = new QAction(tr("&Undo delete note"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, &NotesSection::undoDelete);
    m_window->menu(MainWindow::Menu::Edit)->addAction(m_undo);
}

void NotesSection::connectArticleView(ArticleView *view)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &NotesSection::showArticleMenu);
    const auto updateAddNote = [this, view] {
        m_addNote->setEnabled(view->hasSelection());
    };
    connect(view->page(), &QWebEnginePage::selectionChanged, this, updateAddNote);
    connect(m_window->menu(MainWindow::Menu::Notes), &QMenu::aboutToShow, this, updateAddNote);
    m_addNote->setEnabled(false);
    // Links in the "Your notes on this article" box lead here.
    connect(view, &QWebEngineView::urlChanged, this, [this](const QUrl &url) {
        AppUrl parsed;
        if (!AppUrl::parse(url, &parsed) || parsed.section != u"note")
            return;
        openNote(parsed.name.toLongLong());
    });
    // Back to the article once the stand-in page is in the history; earlier, back() is lost.
    connect(view, &QWebEngineView::loadFinished, this, [view] {
        AppUrl parsed;
        if (AppUrl::parse(view->url(), &parsed) && parsed.section == u"note")
            QTimer::singleShot(0, view, [view] { view->back(); });
    });
}

void NotesSection::showArticleMenu(const QPoint &pos)
{
    ArticleView *view = m_window->reader()->view();
    QMenu *menu = view->createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (view->hasSelection()) {
        QAction *first = menu->actions().value(0);
        menu->insertAction(first, m_addNote);
        menu->insertSeparator(first);
    }
    menu->popup(view->mapToGlobal(pos));
}

void NotesSection::newNote()
{
    ReaderSection *reader = m_window->reader();
    if (m_window->currentSection() == u"library" && reader->hasView() &&
        reader->view()->hasSelection()) {
        addNoteFromSelection();
        return;
    }
    m_editor->saveNow();
    Note note;
    if (m_window->currentSection() == u"library")
        note.articleSlug = m_window->currentSlug();
    m_editor->setNote(note);
    m_window->showSection(QStringLiteral("notes"));
    m_panel->list()->setCurrentItem(nullptr);
    m_editor->titleEdit()->setFocus();
}

bool NotesSection::addNoteFromSelection()
{
    ReaderSection *reader = m_window->reader();
    const QString quote =
        reader->hasView() ? reader->view()->page()->selectedText().trimmed() : QString();
    if (quote.isEmpty() || m_window->currentSlug().isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select a passage in the article first."), 5000);
        return false;
    }
    addNoteOnPassage(quote, m_window->currentSlug());
    return true;
}

void NotesSection::addNoteOnPassage(const QString &quote, const QString &articleSlug)
{
    m_editor->saveNow();
    Note note;
    note.quote = quote.left(2000);
    note.articleSlug = articleSlug;
    if (const Result outcome = m_window->context()->journal().notesStore().save(note); !outcome) {
        QMessageBox::warning(m_window, tr("Note not created"), outcome.message());
        return;
    }
    m_editor->setNote(note);
    m_panel->refresh(note.id);
    reloadArticleIfAbout(note);
    m_window->showSection(QStringLiteral("notes"));
    m_editor->bodyEdit()->setFocus();
    m_window->statusBar()->showMessage(tr("Note created on the selected passage."), 5000);
}

// The article page marks quoted passages and lists the notes when it is drawn.
void NotesSection::reloadArticleIfAbout(const Note &note)
{
    if (!note.articleSlug.isEmpty() && m_window->currentSlug() == note.articleSlug &&
        m_window->reader()->hasView())
        m_window->reader()->view()->reload();
}

void NotesSection::openNote(qint64 id)
{
    if (m_editor->note().id == id && id != 0) {
        m_window->showSection(QStringLiteral("notes"));
        return;
    }
    m_editor->saveNow();
    const std::optional<Note> note = m_window->context()->journal().notesStore().note(id);
    if (!note)
        return;
    m_editor->setNote(*note);
    m_panel->select(id);
    m_window->showSection(QStringLiteral("notes"));
}

void NotesSection::deleteNote(qint64 id)
{
    m_editor->saveNow();
    const Expected<Note> removed = m_window->context()->journal().notesStore().remove(id);
    if (!removed) {
        QMessageBox::warning(m_window, tr("Note not deleted"), removed.message());
        return;
    }
    m_deleted = *removed;
    m_undo->setEnabled(true);
    reloadArticleIfAbout(*removed);
    if (m_editor->note().id == id)
        m_editor->clear();
    m_panel->refresh();
    const QString title =
        removed->title.trimmed().isEmpty() ? tr("Untitled note") : removed->title.trimmed();
    m_window->statusBar()->showMessage(
        tr("Deleted “%1”. Undo with %2.")
            .arg(title, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        15000);
}

void NotesSection::undoDelete()
{
    if (!m_deleted)
        return;
    if (const Result outcome = m_window->context()->journal().notesStore().restore(*m_deleted);
        !outcome) {
        QMessageBox::warning(m_window, tr("Note not restored"), outcome.message());
        return;
    }
    const Note restored = *m_deleted;
    m_deleted.reset();
    m_undo->setEnabled(false);
    reloadArticleIfAbout(restored);
    m_panel->refresh(restored.id);
    openNote(restored.id);
    m_window->statusBar()->showMessage(tr("Note restored."), 5000);
}

void NotesSection::exportPdf()
{
    m_editor->saveNow();
    AppContext *context = m_window->context();
    NotesExportDialog dialog(context->journal().notesStore(), m_panel->selectedIds(),
                             context->settings().patientName(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    context->settings().setPatientName(dialog.patientName());
    const QVector<Note> notes = context->journal().notesStore().notes(dialog.filter());
    if (notes.isEmpty()) {
        QMessageBox::information(m_window, tr("No notes to export"),
                                 tr("No notes match what you chose."));
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("fibro-notes-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export notes as PDF"),
                                                      suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString html = NotesDocument::build(notes, &context->library(), dialog.options());
    auto *printer = new PdfPrinter(context, this);
    printer->setPageNumberFormat(PdfPrinter::pageFooterFormat(dialog.options().patientName));
    m_window->statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    connect(printer, &PdfPrinter::finished, this, [this, printer](bool ok, const QString &message) {
        printer->deleteLater();
        if (ok)
            m_window->statusBar()->showMessage(message, 8000);
        else
            QMessageBox::warning(m_window, tr("PDF not written"), message);
    });
    printer->print(html, path, PdfPrinter::layoutFor(m_window->context()->settings()));
}

} // namespace fc
