#include "ui/questionnaires/questionnairedialog.h"

#include "core/displaydate.h"
#include "ui/access/dialogsize.h"
#include "ui/forms/unsavedinput.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

QuestionnaireDialog::QuestionnaireDialog(JournalStore *store, const QString &title,
                                         const QString &citation, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_date(new QDateEdit(this))
    , m_body(new QVBoxLayout)
    , m_dateNote(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(title);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(displayDateFormat());
    m_date->setMaximumDate(QDate::currentDate());
    m_dateNote->setWordWrap(true);
    m_dateNote->setVisible(false);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setAccessibleName(tr("Problem"));
    auto *cite = new QLabel(citation, this);
    cite->setWordWrap(true);
    cite->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = cite->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    cite->setFont(small);
    m_date->setAccessibleName(tr("Date"));
    m_date->setAccessibleDescription(tr("The day these answers are for"));

    auto *dateRow = new QFormLayout;
    dateRow->addRow(tr("&Date"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(dateRow);
    layout->addWidget(m_dateNote);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(cite);
    m_layout = layout;
}

void QuestionnaireDialog::finishLayout(const QDate &day)
{
    // Made after the form, so Tab reaches Save and Cancel after the last question.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QuestionnaireDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QuestionnaireDialog::reject);
    m_layout->addWidget(m_buttons);
    setDay(day.isValid() ? day : QDate::currentDate());
    connect(m_date, &QDateEdit::dateChanged, this, &QuestionnaireDialog::dateEdited);
    sizeToContents(this);
}

QDate QuestionnaireDialog::day() const
{
    return m_date->date();
}

void QuestionnaireDialog::setDay(const QDate &day)
{
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(day);
    }
    load(day);
    m_loadedDay = day;
    m_dateNote->setVisible(false);
}

void QuestionnaireDialog::dateEdited(const QDate &day)
{
    if (!day.isValid() || day == m_loadedDay)
        return;
    if (!hasChanges()) {
        setDay(day);
        return;
    }
    // Keep what was entered: it is now for the new date.
    m_dateNote->setText(
        hasStoredAnswers(day)
            ? tr("Your answers are kept. Saving replaces those of %1.").arg(displayDate(day))
            : tr("Your answers are kept and will be saved for %1.").arg(displayDate(day)));
    m_dateNote->setVisible(true);
}

void QuestionnaireDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void QuestionnaireDialog::accept()
{
    if (const Result saved = save(); !saved) {
        showProblem(tr("Not saved: %1").arg(saved.message()));
        return;
    }
    QDialog::accept();
}

void QuestionnaireDialog::reject()
{
    rejectAskingFirst(this, hasChanges(),
                      tr("Save your answers for %1 before closing?").arg(displayDate(day())));
}

} // namespace fc
