#pragma once

#include "journal/entities.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fc {

class JournalStore;

// Writes a Markdown note to the journal. On a failed save the text stays in the editor.
class NoteEditorDialog : public QDialog
{
    Q_OBJECT
public:
    NoteEditorDialog(JournalStore *store, const Note &note, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    const Note &note() const { return m_note; }

    void accept() override;

private:
    JournalStore *m_store;
    Note m_note;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QLabel *m_status;
};

} // namespace fc
