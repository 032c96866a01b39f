#include "ui/checkindialog.h"

#include "core/displaydate.h"
#include "journal/journalstore.h"
#include "storage/writetransaction.h"
#include "ui/access/dialogsize.h"
#include "ui/access/spinboxtab.h"
#include "ui/exertioninputs.h"
#include "ui/forms/unsavedinput.h"
#include "ui/hintedfield.h"
#include "ui/scoreinput.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

QString scaleEndsText(const Symptom &s)
{
    const QString direction = s.higherIsBetter ? CheckInDialog::tr("higher is better")
                                               : CheckInDialog::tr("lower is better");
    if (s.lowLabel.isEmpty() || s.highLabel.isEmpty())
        return CheckInDialog::tr("0 to 10 · %1").arg(direction);
    return CheckInDialog::tr("0 = %1 · 10 = %2 · %3").arg(s.lowLabel, s.highLabel, direction);
}

} // namespace

CheckInDialog::CheckInDialog(JournalStore *store, const QDate &day, QWidget *parent)
    : CheckInDialog(store, day, parent, CheckInExtras{})
{}

CheckInDialog::CheckInDialog(JournalStore *store, const QDate &day, QWidget *parent,
                             const CheckInExtras &extras)
    : QDialog(parent)
    , m_store(store)
    , m_date(new QDateEdit(this))
    , m_previous(new QPushButton(tr("◀"), this))
    , m_next(new QPushButton(tr("▶"), this))
    , m_time(new QTimeEdit(this))
    , m_symptoms(store->symptoms())
    , m_hours(new QDoubleSpinBox(this))
    , m_crash(new QCheckBox(tr("&Crash or flare day"), this))
    , m_note(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(day == QDate::currentDate() ? tr("Today's check-in") : tr("Check-in"));
    // The symptoms this person scores come first; ones never scored (an imported journal's
    // unused defaults) follow, in the order the symptoms are kept.
    const QHash<QString, int> counts = store->scoreCounts();
    std::stable_partition(m_symptoms.begin(), m_symptoms.end(),
                          [&](const Symptom &s) { return counts.value(s.key) > 0; });
    auto *form = new QFormLayout;
    // Rows never wrap: a wrapped form needs more height than the dialog asks for as its
    // minimum, and large type would then clip the fields.
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(displayDateFormat());
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(day);
    m_date->setAccessibleName(tr("Date"));
    m_date->setAccessibleDescription(
        tr("The day this check-in is for: today, or an earlier day you are filling in. "
           "Tab moves through day, month and year."));
    m_previous->setToolTip(tr("Previous day (Alt+Left)"));
    m_previous->setAccessibleName(tr("Previous day"));
    m_next->setToolTip(tr("Next day (Alt+Right)"));
    m_next->setAccessibleName(tr("Next day"));
    for (QPushButton *b : {m_previous, m_next}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus); // Alt+Left/Right do the same without a Tab stop
        b->setMaximumWidth(b->fontMetrics().horizontalAdvance(QStringLiteral("MMM")));
    }
    connect(m_previous, &QPushButton::clicked, this, [this] { stepDay(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { stepDay(1); });
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this, [this] { stepDay(-1); });
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this, [this] { stepDay(1); });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, [this] { accept(); });
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_previous);
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_next);
    auto *dateLabel = new QLabel(tr("&Date"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);

    // What the two ends mean and which way is better, under every row, not only in a tooltip:
    // "0 = none · 10 = worst imaginable · lower is better".
    for (const Symptom &s : std::as_const(m_symptoms))
        m_inputs << addScoreRow(form, s, scaleEndsText(s));
    if (extras.any())
        m_exertion = std::make_unique<ExertionInputs>(
            form, this,
            [this, form](const Symptom &s, const QString &scaleText) {
                return addScoreRow(form, s, scaleText);
            },
            extras);

    m_hours->setRange(-0.5, 24);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(1);
    m_hours->setSpecialValueText(tr("Not logged"));
    m_hours->setValue(-0.5);
    m_hours->setAccessibleName(tr("Hours slept"));
    m_hours->setAccessibleDescription(
        tr("Hours of sleep last night, in half-hour steps; \"Not logged\" leaves it out."));
    auto *hoursLabel = new QLabel(tr("&Hours slept"), this);
    hoursLabel->setBuddy(m_hours);
    form->addRow(hoursLabel, m_hours);
    // 00:00 stands for "not given": the time of day is optional.
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setMinimumTime(QTime(0, 0));
    m_time->setSpecialValueText(tr("Not given"));
    m_time->setAccessibleDescription(tr("Optional time of day of this check-in."));
    m_time->setAccessibleName(tr("Time of day"));
    auto *timeLabel = new QLabel(tr("&Time of day"), this);
    timeLabel->setBuddy(m_time);
    form->addRow(timeLabel, m_time);
    form->addRow(QString(), m_crash);

    m_note->setPlaceholderText(tr("Anything worth remembering about today (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(tr("Optional. Tab moves on; Enter starts a new line."));
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 3);
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

    // At large scaling the rows may not fit the screen: scroll rather than squash the note.
    auto *content = new QWidget;
    content->setLayout(form);
    QScrollArea *scroll = scrollingContent(this, content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Widgets were created out of visual order; Tab follows the form from top to bottom.
    QWidget *previous = m_date;
    for (ScoreInput *input : std::as_const(m_inputs)) {
        setTabOrder(previous, input);
        previous = input;
    }
    if (m_exertion) {
        for (QWidget *input : m_exertion->widgets()) {
            setTabOrder(previous, input);
            previous = input;
        }
    }
    setTabOrder(previous, m_hours);
    setTabOrder(m_hours, m_time);
    setTabOrder(m_time, m_crash);
    releaseTabFromSpecialValue(m_time);
    setTabOrder(m_crash, m_note);

    connect(m_date, &QDateEdit::dateChanged, this, &CheckInDialog::dateEdited);
    loadDay(day);
    if (!m_inputs.isEmpty())
        m_inputs.first()->setFocus();
}

CheckInDialog::~CheckInDialog() = default;

ScoreInput *CheckInDialog::addScoreRow(QFormLayout *form, const Symptom &s,
                                       const QString &scaleText)
{
    auto *input = new ScoreInput(s, this);
    auto *value = new QLabel(input->valueText(), this);
    value->setMinimumWidth(
        value->fontMetrics().horizontalAdvance(QStringLiteral("10 (worst imaginable)")));
    connect(input, &ScoreInput::scoreChanged, value,
            [input, value] { value->setText(input->valueText()); });
    m_valueLabels.insert(input, value);
    auto *row = new QHBoxLayout;
    row->addWidget(input, 1);
    // The focus ring is drawn outside the slider: the value keeps clear of it.
    row->addSpacing(style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, input));
    row->addWidget(value);
    auto *label = new QLabel(s.name, this);
    label->setBuddy(input);
    form->addRow(label, hintedField(row, scaleText, this));
    return input;
}

QMap<QString, double> CheckInDialog::measuresBefore() const
{
    return m_exertion ? m_exertion->loaded() : QMap<QString, double>();
}

QMap<QString, double> CheckInDialog::measuresNow() const
{
    return m_exertion ? m_exertion->values() : QMap<QString, double>();
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

QString CheckInDialog::shownValue(const QString &symptomKey) const
{
    const QLabel *label = m_valueLabels.value(scoreInput(symptomKey));
    return label ? label->text() : QString();
}

void CheckInDialog::stepDay(int days)
{
    const QDate target = m_date->date().addDays(days);
    if (target <= QDate::currentDate())
        m_date->setDate(target);
}

bool CheckInDialog::sameAsLoaded() const
{
    const CheckIn now = collectFor(m_loadedDay);
    const CheckIn was = m_loaded.value_or(CheckIn{});
    return now.scores == was.scores && now.hoursSlept == was.hoursSlept && now.crash == was.crash &&
           now.note == was.note && now.time == was.time &&
           (!m_exertion || !m_exertion->changedSinceLoad());
}

bool CheckInDialog::hasUnsavedChanges() const
{
    return m_loadedDay.isValid() && !sameAsLoaded();
}

void CheckInDialog::reject()
{
    rejectAskingFirst(this, hasUnsavedChanges(),
                      tr("Save what you entered for %1 before closing?")
                          .arg(QLocale().toString(m_loadedDay, QLocale::LongFormat)));
}

void CheckInDialog::dateEdited(const QDate &day)
{
    if (!day.isValid() || day == m_loadedDay)
        return;
    if (hasUnsavedChanges()) {
        // Never drop what was typed for the previous day without asking.
        const UnsavedChoice answer = askAboutUnsavedInput(
            this, tr("Save what you entered for %1 before switching days?")
                      .arg(QLocale().toString(m_loadedDay, QLocale::LongFormat)));
        CheckIn pending = collectFor(m_loadedDay);
        const Result saved = answer == UnsavedChoice::Save ? saveDay(pending) : Result();
        if (answer == UnsavedChoice::Cancel || !saved) {
            if (!saved)
                showProblem(tr("Not saved: %1").arg(saved.message()));
            const QSignalBlocker block(m_date);
            m_date->setDate(m_loadedDay);
            return;
        }
    }
    loadDay(day);
}

void CheckInDialog::loadDay(const QDate &day)
{
    const std::optional<CheckIn> existing = m_store->checkIn(day);
    m_loadedDay = day;
    m_loaded = existing;
    m_next->setEnabled(day < QDate::currentDate());
    m_time->setTime(existing && existing->time.isValid() ? existing->time : QTime(0, 0));
    for (int i = 0; i < m_symptoms.size(); ++i) {
        if (existing && existing->scores.contains(m_symptoms[i].key))
            m_inputs[i]->setScore(int(std::lround(existing->scores.value(m_symptoms[i].key))));
        else
            m_inputs[i]->clearScore();
    }
    m_hours->setValue(existing && existing->hoursSlept ? *existing->hoursSlept : -0.5);
    m_crash->setChecked(existing && existing->crash);
    m_note->setPlainText(existing ? existing->note : QString());
    if (m_exertion)
        m_exertion->load(*m_store, day);
    setWindowTitle(day == QDate::currentDate()
                       ? tr("Today's check-in")
                       : tr("Check-in for %1").arg(QLocale().toString(day, QLocale::LongFormat)));
}

CheckIn CheckInDialog::collect() const
{
    return collectFor(m_date->date());
}

CheckIn CheckInDialog::collectFor(const QDate &day) const
{
    CheckIn c;
    c.day = day;
    if (m_time->time() != QTime(0, 0))
        c.time = m_time->time();
    // Scores of hidden symptoms are not in the dialog; saving must keep them, not erase them.
    if (m_loaded && day == m_loadedDay)
        c.scores = m_loaded->scores;
    for (int i = 0; i < m_symptoms.size(); ++i) {
        const QString &key = m_symptoms[i].key;
        // An imported 7.5 shows as 8; left as it is, it is saved as it was.
        const std::optional<double> exact =
            c.scores.contains(key) ? std::optional<double>(c.scores.value(key)) : std::nullopt;
        c.scores.remove(key);
        if (!m_inputs[i]->hasScore())
            continue;
        const int shown = m_inputs[i]->score();
        c.scores.insert(key, exact && std::lround(*exact) == shown ? *exact : double(shown));
    }
    if (m_hours->value() >= 0)
        c.hoursSlept = m_hours->value();
    c.crash = m_crash->isChecked();
    c.note = m_note->toPlainText().trimmed();
    return c;
}

Result CheckInDialog::saveDay(CheckIn &checkIn)
{
    return WriteTransaction::run(m_store->database().db(), [&]() -> Result {
        if (Result saved = m_store->saveCheckIn(checkIn); !saved)
            return saved;
        return m_exertion ? m_exertion->save(*m_store, checkIn.day) : Result();
    });
}

bool CheckInDialog::nothingEntered(const CheckIn &c) const
{
    // A time of day alone says nothing about the day.
    return c.scores.isEmpty() && !c.hoursSlept && !c.crash && c.note.isEmpty() &&
           measuresNow().isEmpty();
}

void CheckInDialog::showProblem(const QString &message)
{
    m_lastError = message;
    m_status->setText(message);
    m_status->setVisible(true);
}

void CheckInDialog::accept()
{
    CheckIn c = collect();
    if (nothingEntered(c) && !m_loaded && measuresBefore().isEmpty()) {
        // Saying "saved" here would store a day with nothing in it.
        showProblem(tr("Nothing is entered for %1, so there is nothing to save. Give a score, "
                       "the hours slept, a crash day or a note, or press Esc to close.")
                        .arg(QLocale().toString(c.day, QLocale::LongFormat)));
        return;
    }
    // Everything cleared from a saved day removes that day's check-in (Ctrl+Z brings it back).
    const Result saved =
        nothingEntered(c)
            ? WriteTransaction::run(m_store->database().db(),
                                    [&]() -> Result {
                                        if (m_loaded)
                                            if (Result gone = m_store->deleteCheckIn(c.day); !gone)
                                                return gone;
                                        return m_exertion ? m_exertion->save(*m_store, c.day)
                                                          : Result();
                                    })
            : saveDay(c);
    if (!saved) {
        // Keep the dialog and everything typed; say what went wrong.
        showProblem(tr("Not saved: %1").arg(saved.message()));
        return;
    }
    m_lastError.clear();
    QDialog::accept();
}

} // namespace fc
