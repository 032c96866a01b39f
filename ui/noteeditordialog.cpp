#include "noteeditordialog.h"

#include "journal/journalstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

NoteEditorDialog::NoteEditorDialog(JournalStore *store, const Note &note, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_note(note)
    , m_title(new QLineEdit(note.title, this))
    , m_body(new QPlainTextEdit(note.body, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(note.id ? tr("Edit note") : tr("New note"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Questions for my doctor"));
    m_body->setAccessibleName(tr("Note text"));
    m_body->setPlaceholderText(tr("Write in plain text or Markdown: **bold**, *italic*, - lists"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumSize(480, 240);

    auto *form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);
    if (!note.quote.isEmpty()) {
        auto *quote = new QLabel(QStringLiteral("“%1”").arg(note.quote), this);
        quote->setWordWrap(true);
        quote->setAccessibleName(tr("Quoted passage"));
        form->addRow(tr("Quote"), quote);
    }
    auto *bodyLabel = new QLabel(tr("&Note"), this);
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel, m_body);

    m_status->setWordWrap(true);
    m_status->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    (note.title.isEmpty() ? static_cast<QWidget *>(m_title) : m_body)->setFocus();
}

void NoteEditorDialog::accept()
{
    Note edited = m_note;
    edited.title = m_title->text();
    edited.body = m_body->toPlainText();
    QString error;
    if (!m_store->saveNote(edited, &error)) {
        m_status->setText(tr("Not saved: %1").arg(error));
        m_status->setVisible(true);
        return;
    }
    m_note = edited;
    QDialog::accept();
}

} // namespace fc
