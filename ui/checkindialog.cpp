#include "checkindialog.h"

#include "journal/journalstore.h"
#include "scoreinput.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

CheckInDialog::CheckInDialog(JournalStore *store, const QDate &day, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_date(new QDateEdit(this))
    , m_symptoms(store->symptoms())
    , m_hours(new QDoubleSpinBox(this))
    , m_crash(new QCheckBox(tr("&Crash or flare day"), this))
    , m_note(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(day == QDate::currentDate() ? tr("Today's check-in") : tr("Check-in"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(day);
    m_date->setAccessibleName(tr("Date"));
    auto *dateLabel = new QLabel(tr("&Date"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);

    for (const Symptom &s : std::as_const(m_symptoms)) {
        auto *input = new ScoreInput(s, this);
        auto *value = new QLabel(input->valueText(), this);
        value->setMinimumWidth(
            value->fontMetrics().horizontalAdvance(QStringLiteral("10 (worst imaginable)")));
        connect(input, &ScoreInput::scoreChanged, value,
                [input, value] { value->setText(input->valueText()); });
        auto *row = new QHBoxLayout;
        row->addWidget(input, 1);
        row->addWidget(value);
        auto *label = new QLabel(s.name, this);
        label->setBuddy(input);
        label->setToolTip(tr("0 = %1, 10 = %2").arg(s.lowLabel, s.highLabel));
        form->addRow(label, row);
        m_inputs << input;
        m_valueLabels << value;
    }

    m_hours->setRange(-0.5, 24);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(1);
    m_hours->setSpecialValueText(tr("Not logged"));
    m_hours->setValue(-0.5);
    m_hours->setAccessibleName(tr("Hours slept"));
    auto *hoursLabel = new QLabel(tr("&Hours slept"), this);
    hoursLabel->setBuddy(m_hours);
    form->addRow(hoursLabel, m_hours);
    form->addRow(QString(), m_crash);

    m_note->setPlaceholderText(tr("Anything worth remembering about today (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    auto *noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);

    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_status->setAccessibleName(tr("Error"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CheckInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &CheckInDialog::loadDay);
    loadDay(day);
    if (!m_inputs.isEmpty())
        m_inputs.first()->setFocus();
}

QDate CheckInDialog::day() const
{
    return m_date->date();
}

ScoreInput *CheckInDialog::scoreInput(const QString &symptomKey) const
{
    for (int i = 0; i < m_symptoms.size(); ++i)
        if (m_symptoms[i].key == symptomKey)
            return m_inputs[i];
    return nullptr;
}

void CheckInDialog::loadDay(const QDate &day)
{
    const std::optional<CheckIn> existing = m_store->checkIn(day);
    for (int i = 0; i < m_symptoms.size(); ++i) {
        if (existing && existing->scores.contains(m_symptoms[i].key))
            m_inputs[i]->setScore(existing->scores.value(m_symptoms[i].key));
        else
            m_inputs[i]->clearScore();
    }
    m_hours->setValue(existing && existing->hoursSlept ? *existing->hoursSlept : -0.5);
    m_crash->setChecked(existing && existing->crash);
    m_note->setPlainText(existing ? existing->note : QString());
    setWindowTitle(day == QDate::currentDate()
                       ? tr("Today's check-in")
                       : tr("Check-in for %1").arg(QLocale().toString(day, QLocale::LongFormat)));
}

CheckIn CheckInDialog::collect() const
{
    CheckIn c;
    c.day = m_date->date();
    for (int i = 0; i < m_symptoms.size(); ++i)
        if (m_inputs[i]->hasScore())
            c.scores.insert(m_symptoms[i].key, m_inputs[i]->score());
    if (m_hours->value() >= 0)
        c.hoursSlept = m_hours->value();
    c.crash = m_crash->isChecked();
    c.note = m_note->toPlainText().trimmed();
    return c;
}

void CheckInDialog::accept()
{
    CheckIn c = collect();
    QString error;
    if (!m_store->saveCheckIn(c, &error)) {
        // Keep the dialog and everything typed; say what went wrong.
        m_lastError = error;
        m_status->setText(tr("Not saved: %1").arg(error));
        m_status->setVisible(true);
        return;
    }
    m_lastError.clear();
    QDialog::accept();
}

} // namespace fc
