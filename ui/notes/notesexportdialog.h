#pragma once

#include "export/notesdocument.h"
#include "journal/notesstore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace fc {

class NotesStore;

// Which notes go into the PDF: all, the ones selected in the list, one tag's, or a date range;
// plus the optional name on the title line.
class NotesExportDialog : public QDialog
{
    Q_OBJECT
public:
    NotesExportDialog(const NotesStore &store, const QVector<qint64> &selected,
                      const QString &patientName, QWidget *parent = nullptr);

    NoteFilter filter() const;
    NotesDocumentOptions options() const;
    QString patientName() const;

private:
    QVector<qint64> m_selected;
    QRadioButton *m_all;
    QRadioButton *m_chosen;
    QRadioButton *m_byTag;
    QRadioButton *m_byDate;
    QComboBox *m_tag;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_name;
};

} // namespace fc
