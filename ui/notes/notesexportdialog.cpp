#include "ui/notes/notesexportdialog.h"

#include "core/displaydate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fc {

NotesExportDialog::NotesExportDialog(const NotesStore &store, const QVector<qint64> &selected,
                                     const QString &patientName, QWidget *parent)
    : QDialog(parent)
    , m_selected(selected)
    , m_all(new QRadioButton(tr("&All notes"), this))
    , m_chosen(new QRadioButton(tr("&Selected notes (%n)", nullptr, int(selected.size())), this))
    , m_byTag(new QRadioButton(tr("Notes &tagged"), this))
    , m_byDate(new QRadioButton(tr("Notes &written from"), this))
    , m_tag(new QComboBox(this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-3), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_name(new QLineEdit(patientName, this))
{
    setWindowTitle(tr("Export notes as PDF"));
    m_chosen->setEnabled(!selected.isEmpty());
    for (const Tag &t : store.tags())
        m_tag->addItem(tr("%1 (%2)").arg(t.name).arg(t.noteCount), t.name);
    m_tag->setAccessibleName(tr("Tag"));
    m_byTag->setEnabled(m_tag->count() > 0);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(displayDateFormat());
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_from->setAccessibleDescription(tr("First day of the notes to export."));
    m_to->setAccessibleDescription(tr("Last day of the notes to export."));
    m_name->setAccessibleName(tr("Name on the title line"));
    m_name->setPlaceholderText(tr("Optional, e.g. your name for the doctor"));
    (selected.size() > 1 ? m_chosen : m_all)->setChecked(true);

    auto *grid = new QGridLayout;
    grid->addWidget(m_all, 0, 0, 1, 4);
    grid->addWidget(m_chosen, 1, 0, 1, 4);
    grid->addWidget(m_byTag, 2, 0);
    grid->addWidget(m_tag, 2, 1, 1, 3);
    grid->addWidget(m_byDate, 3, 0);
    grid->addWidget(m_from, 3, 1);
    grid->addWidget(new QLabel(tr("to"), this), 3, 2);
    grid->addWidget(m_to, 3, 3);
    connect(m_tag, &QComboBox::activated, m_byTag, [this] { m_byTag->setChecked(true); });
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, m_byDate, [this] { m_byDate->setChecked(true); });

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name on the title line"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

NoteFilter NotesExportDialog::filter() const
{
    NoteFilter f;
    if (m_chosen->isChecked())
        f.ids = m_selected;
    else if (m_byTag->isChecked())
        f.tag = m_tag->currentData().toString();
    else if (m_byDate->isChecked()) {
        f.from = qMin(m_from->date(), m_to->date());
        f.to = qMax(m_from->date(), m_to->date());
    }
    return f;
}

NotesDocumentOptions NotesExportDialog::options() const
{
    NotesDocumentOptions o;
    const NoteFilter f = filter();
    o.patientName = patientName();
    o.from = f.from;
    o.to = f.to;
    o.tag = f.tag;
    if (!f.tag.isEmpty())
        o.heading = f.tag;
    return o;
}

QString NotesExportDialog::patientName() const
{
    return m_name->text().simplified();
}

} // namespace fc
