#include "ui/notes/noteeditor.h"

#include "core/displaydate.h"
#include "export/notesdocument.h"
#include "ui/appcontext.h"
#include "ui/articleview.h"
#include "ui/web/ondemandview.h"
#include "ui/web/webprofile.h"

#include <QAction>
#include <QDateEdit>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcNoteEditor, "fc.ui.noteeditor")

namespace fc {

namespace {

QStringList splitTags(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.simplified().isEmpty())
            out << part.simplified();
    return out;
}

QDate noDay()
{
    return QDate(2000, 1, 1);
}

} // namespace

NoteEditor::NoteEditor(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_link(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_day(new QDateEdit(this))
    , m_tagMenu(new QToolButton(this))
    , m_quote(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_previewPlace(new OnDemandView(
          [this](QWidget *place) {
              m_preview = new QWebEngineView(place);
              m_preview->setPage(new ReaderPage(m_context->webProfile()->profile(), m_preview));
              m_preview->setAccessibleName(tr("Preview"));
              m_preview->setAccessibleDescription(tr("How the note looks once formatted."));
              if (!m_previewUrl.isEmpty())
                  if (m_preview)
                      m_preview->load(m_previewUrl);
              return m_preview;
          },
          this))
    , m_status(new QLabel(this))
    , m_delete(new QPushButton(tr("&Delete note"), this))
    , m_autosave(new QTimer(this))
    , m_previewTimer(new QTimer(this))
{
    // The preview is made when the editor is first shown: only then is the web engine needed.
    m_previewPlace->setMinimumWidth(240);
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Title, e.g. Questions for my next appointment"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    // The earliest date stands for "no day": QDateEdit has no empty state.
    m_day->setMinimumDate(noDay());
    m_day->setMaximumDate(QDate::currentDate().addYears(1));
    m_day->setSpecialValueText(tr("No day"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(displayDateFormat());
    m_day->setAccessibleName(tr("Journal day this note is about"));
    m_day->setAccessibleDescription(tr("Optional; \"No day\" keeps the note apart from the "
                                       "journal."));
    m_body->setAccessibleName(tr("Note text"));
    m_body->setPlaceholderText(tr("Write in plain text or Markdown: **bold**, *italic*, - lists"));
    m_body->setTabChangesFocus(true);
    m_quote->setWordWrap(true);
    m_quote->setAccessibleName(tr("Quoted passage"));
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Save status"));

    auto *form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);
    auto *tagsLabel = new QLabel(tr("T&ags"), this);
    tagsLabel->setBuddy(m_tags);
    // Existing tags, "Questions for my doctor" first, one click away.
    m_tagMenu->setText(tr("Choose"));
    m_tagMenu->setAccessibleName(tr("Choose tags"));
    m_tagMenu->setPopupMode(QToolButton::InstantPopup);
    m_tagMenu->setMenu(new QMenu(m_tagMenu));
    connect(m_tagMenu->menu(), &QMenu::aboutToShow, this, &NoteEditor::fillTagMenu);
    auto *tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_tags, 1);
    tagsRow->addWidget(m_tagMenu);
    form->addRow(tagsLabel, tagsRow);
    auto *dayLabel = new QLabel(tr("Da&y"), this);
    dayLabel->setBuddy(m_day);
    form->addRow(dayLabel, m_day);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_body);
    splitter->addWidget(m_previewPlace);
    splitter->setChildrenCollapsible(false);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_link);
    layout->addLayout(form);
    layout->addWidget(m_quote);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    // The body moved into the splitter after the buttons were made; Tab follows the screen.
    setTabOrder(m_title, m_tags);
    setTabOrder(m_tags, m_tagMenu);
    setTabOrder(m_tagMenu, m_day);
    setTabOrder(m_day, m_body);
    setTabOrder(m_body, m_delete);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &NoteEditor::saveNow);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &NoteEditor::updatePreview);
    connect(m_title, &QLineEdit::textEdited, this, &NoteEditor::edited);
    connect(m_tags, &QLineEdit::textEdited, this, &NoteEditor::edited);
    connect(m_day, &QDateEdit::dateChanged, this, &NoteEditor::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NoteEditor::edited);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_note.id != 0)
            emit deleteRequested(m_note.id);
    });
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_tags),
                       static_cast<QWidget *>(m_day), static_cast<QWidget *>(m_body)})
        w->installEventFilter(this);
    clear();
}

NoteEditor::~NoteEditor()
{
    blockSignals(true); // the section listening may be half torn down already
    saveNow();
    if (!m_previewUrl.isEmpty())
        m_context->content().removeGenerated(m_previewUrl);
}

void NoteEditor::clear()
{
    setNote(Note());
}

void NoteEditor::setNote(const Note &note)
{
    m_loading = true;
    m_note = note;
    m_dirty = false;
    m_autosave->stop();
    m_title->setText(note.title);
    m_tags->setText(note.tags.join(QStringLiteral(", ")));
    m_day->setDate(note.day.isValid() ? note.day : noDay());
    m_body->setPlainText(note.body);
    m_quote->setText(note.quote.isEmpty() ? QString()
                                          : QStringLiteral("“%1”").arg(note.quote.simplified()));
    m_quote->setVisible(!note.quote.isEmpty());
    m_status->clear();
    m_loading = false;
    updateHeader();
    updatePreview();
}

void NoteEditor::fillTagMenu()
{
    QMenu *menu = m_tagMenu->menu();
    menu->clear();
    const QStringList current = splitTags(m_tags->text());
    for (const Tag &tag : m_context->journal().notesStore().tags()) {
        QAction *action = menu->addAction(tag.name);
        action->setCheckable(true);
        action->setChecked(current.contains(tag.name, Qt::CaseInsensitive));
        connect(action, &QAction::toggled, this, [this, name = tag.name](bool on) {
            QStringList tags = splitTags(m_tags->text());
            tags.removeIf(
                [&name](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
            if (on)
                tags << name;
            m_tags->setText(tags.join(QStringLiteral(", ")));
            edited();
        });
    }
}

void NoteEditor::updateHeader()
{
    QStringList parts;
    if (!m_note.articleSlug.isEmpty()) {
        const Article *a = m_context->library().find(m_note.articleSlug);
        parts << tr("About “%1”").arg(a ? a->title : m_note.articleSlug);
    }
    if (m_note.day.isValid())
        parts << tr("Linked to %1").arg(QLocale().toString(m_note.day, QLocale::LongFormat));
    if (m_note.createdAt.isValid())
        parts << tr("Created %1").arg(NotesDocument::shortDateTime(m_note.createdAt));
    m_link->setText(parts.join(QStringLiteral(" · ")));
    m_link->setVisible(!parts.isEmpty());
    m_delete->setEnabled(m_note.id != 0);
}

Note NoteEditor::editedNote() const
{
    Note n = m_note;
    n.title = m_title->text();
    n.tags = splitTags(m_tags->text());
    n.day = m_day->date() == noDay() ? QDate() : m_day->date();
    n.body = m_body->toPlainText();
    return n;
}

void NoteEditor::edited()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_status->setText(tr("Editing…"));
    m_autosave->start();
    m_previewTimer->start();
}

bool NoteEditor::saveNow()
{
    m_autosave->stop();
    if (!m_dirty)
        return true;
    Note n = editedNote();
    if (n.id == 0 && n.title.trimmed().isEmpty() && n.body.trimmed().isEmpty() &&
        n.quote.isEmpty()) {
        m_dirty = false; // nothing typed into a new note yet: nothing to keep
        return true;
    }
    NotesStore &store = m_context->journal().notesStore();
    Result stored = store.save(n);
    if (!stored && n.id != 0 && !store.note(n.id)) {
        // Deleted elsewhere while being edited: keep what was typed as a new note.
        n.id = 0;
        stored = store.save(n);
    }
    if (!stored) {
        qCWarning(lcNoteEditor) << "note not saved:" << stored.message();
        m_status->setText(tr("Not saved: %1").arg(stored.message()));
        m_autosave->start(); // try again: a locked file may free up; the text stays here
        return false;
    }
    m_note = n;
    m_dirty = false;
    m_status->setText(
        tr("Saved %1")
            .arg(QLocale().toString(n.updatedAt.toLocalTime().time(), QLocale::ShortFormat)));
    updateHeader();
    emit saved(m_note);
    return true;
}

QWebEngineView *NoteEditor::preview()
{
    m_previewPlace->widget();
    return m_preview;
}

void NoteEditor::refreshPreview()
{
    if (!m_previewUrl.isEmpty())
        updatePreview();
}

void NoteEditor::updatePreview()
{
    m_previewHtml =
        NotesDocument::preview(editedNote(), &m_context->library(), m_context->content().style());
    const QUrl old = m_previewUrl;
    m_previewUrl = m_context->content().addGenerated(m_previewHtml);
    if (m_preview)
        m_preview->load(m_previewUrl);
    if (!old.isEmpty())
        m_context->content().removeGenerated(old);
}

void NoteEditor::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_day && event->type() == QEvent::KeyPress) {
        // Showing "No day", a date edit keeps Tab for its own (absent) sections and never lets
        // go: a keyboard trap. Move on as everywhere else.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Tab || key == Qt::Key_Backtab) &&
            m_day->date() == m_day->minimumDate()) {
            focusNextPrevChild(key == Qt::Key_Tab);
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut)
        saveNow();
    return QWidget::eventFilter(watched, event);
}

} // namespace fc
