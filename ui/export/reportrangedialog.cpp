#include "ui/export/reportrangedialog.h"

#include "core/displaydate.h"
#include "export/visitreport.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace fc {

ReportRangeDialog::ReportRangeDialog(const QDate &lastCheckIn, QWidget *parent)
    : QDialog(parent)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setWindowTitle(tr("Visit report"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(displayDateFormat());
        edit->setMaximumDate(today);
    }
    m_from->setAccessibleDescription(
        tr("First day the report covers. Tab moves through day, month and year."));
    m_to->setAccessibleDescription(
        tr("Last day the report covers, today at the latest. Tab moves through year, month and "
           "day."));
    const QDate to = VisitReport::defaultTo(lastCheckIn, today);
    m_to->setDate(to);
    m_from->setDate(VisitReport::defaultFrom(to));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("&Choose file…"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    auto check = [this, ok] {
        ok->setEnabled(m_from->date() <= m_to->date());
    };
    connect(m_from, &QDateEdit::dateChanged, this, check);
    connect(m_to, &QDateEdit::dateChanged, this, check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("A summary of your symptoms, treatments, side effects, crash "
                                "days and notes for your doctor, compared with the period "
                                "before."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(buttons);
    // Wide enough for the title bar to show "Visit report — Fibro Companion" whole, and for
    // the introduction to wrap into a few lines rather than many.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

QDate ReportRangeDialog::from() const
{
    return m_from->date();
}

QDate ReportRangeDialog::to() const
{
    return m_to->date();
}

} // namespace fc
