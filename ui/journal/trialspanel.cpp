#include "ui/journal/trialspanel.h"

#include "core/displaydate.h"
#include "core/htmlpage.h"
#include "insights/insightspages.h"
#include "journal/journalstore.h"
#include "journal/trialdose.h"
#include "ui/journal/plannedtrialdialog.h"
#include "ui/journal/trialdialog.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fc {

namespace {

// List items carry the trial's id, or for a planned test its id under kPlanRole.
constexpr int kPlanRole = Qt::UserRole + 1;

QString doseText(const std::optional<double> &dose, const QString &unit)
{
    const QString text = formatDose(dose, unit);
    return text.isEmpty() ? QObject::tr("dose not given") : text;
}

} // namespace

TrialsPanel::TrialsPanel(JournalStore *store, const ArticleLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_library(library)
    , m_list(new QListWidget(this))
    , m_details(new QTextBrowser(this))
    , m_edit(new QPushButton(tr("&Edit trial…"), this))
    , m_delete(new QPushButton(tr("Delete trial"), this))
    , m_logDay(new QDateEdit(QDate::currentDate(), this))
    , m_taken(new QPushButton(tr("Taken"), this))
    , m_missed(new QPushButton(tr("Missed"), this))
    , m_unlogged(new QPushButton(tr("Clear"), this))
{
    m_logDay->setCalendarPopup(true);
    m_logDay->setDisplayFormat(displayDateFormat());
    m_logDay->setMaximumDate(QDate::currentDate());
    m_logDay->setAccessibleName(tr("Day to log the dose for"));
    m_unlogged->setToolTip(tr("Back to \"not logged\" for this day"));
    auto *logLabel = new QLabel(tr("Log the d&ose for a day:"), this);
    logLabel->setBuddy(m_logDay);
    auto *add = new QPushButton(tr("&New trial…"), this);
    auto *test = new QPushButton(tr("Test a treatment &properly…"), this);
    test->setToolTip(tr("Plan ON and OFF periods in a random order and compare them"));
    m_list->setAccessibleName(tr("Trials"));
    m_details->setAccessibleName(tr("Trial details"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    // The dose log belongs to the selected trial, so it sits with its details.
    auto *details = new QWidget(this);
    auto *logRow = new QHBoxLayout;
    logRow->addWidget(m_logDay);
    logRow->addWidget(m_taken);
    logRow->addWidget(m_missed);
    logRow->addWidget(m_unlogged);
    logRow->addStretch(1);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(logLabel);
    detailsLayout->addLayout(logRow);
    detailsLayout->addWidget(m_details, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(details);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    // On a row of its own, so the buttons fit a narrow window at large type.
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, [this] { newTrial(); });
    connect(test, &QPushButton::clicked, this, [this] { newPlan(); });
    connect(m_edit, &QPushButton::clicked, this, &TrialsPanel::editTrial);
    connect(m_delete, &QPushButton::clicked, this, &TrialsPanel::deleteTrial);
    connect(m_taken, &QPushButton::clicked, this, [this] { logDose(true); });
    connect(m_missed, &QPushButton::clicked, this, [this] { logDose(false); });
    connect(m_unlogged, &QPushButton::clicked, this, [this] { logDose(std::nullopt); });
    connect(m_logDay, &QDateEdit::dateChanged, this, &TrialsPanel::showCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &TrialsPanel::showCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &TrialsPanel::editTrial);
}

void TrialsPanel::selectTrial(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

qint64 TrialsPanel::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 TrialsPanel::currentPlanId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kPlanRole).toLongLong() : 0;
}

void TrialsPanel::reload()
{
    if (!m_store->isOpen())
        return;
    const qint64 keep = currentId();
    const qint64 keepPlan = currentPlanId();
    QVector<Trial> trials = m_store->trials().trials();
    std::stable_sort(trials.begin(), trials.end(), [](const Trial &a, const Trial &b) {
        if (a.isOngoing() != b.isOngoing())
            return a.isOngoing();
        return a.start > b.start;
    });
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QDate today = QDate::currentDate();
    QHash<qint64, QDate> testedUntil; // treatment id -> last day of the test running today
    for (const PlannedTrial &p : m_store->plans().plans()) {
        const QString phase = p.phaseText(today);
        if (!phase.isEmpty())
            testedUntil.insert(p.treatmentId, p.lastDay());
        auto *item = new QListWidgetItem(
            tr("Test of %1 — %2")
                .arg(p.treatmentName,
                     phase.isEmpty()
                         ? tr("%1 to %2").arg(displayDate(p.start), displayDate(p.lastDay()))
                         : phase),
            m_list);
        item->setData(kPlanRole, p.id);
        if (p.id == keepPlan)
            m_list->setCurrentItem(item);
    }
    for (const Trial &t : std::as_const(trials)) {
        QString when = t.isOngoing()
                           ? tr("since %1").arg(displayDate(t.start))
                           : tr("%1 to %2").arg(displayDate(t.start), displayDate(t.stop));
        if (t.isOngoing() && testedUntil.contains(t.treatmentId))
            when += u' ' + tr("(paused for the test until %1)")
                               .arg(displayDate(testedUntil.value(t.treatmentId)));
        // The dose taken now (or when it ended), not the one it started on.
        const DoseOnDay dose = DoseOnDay::of(t, t.isOngoing() ? today : t.stop);
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 — %2, %3")
                                    .arg(t.treatmentName, doseText(dose.dose, dose.unit), when),
                                m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == keep && keep != 0)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCurrent();
}

void TrialsPanel::showCurrent()
{
    if (const qint64 planId = currentPlanId()) {
        for (QPushButton *b : {m_edit, m_taken, m_missed, m_unlogged})
            b->setEnabled(false);
        m_delete->setEnabled(true);
        m_delete->setText(tr("Delete test"));
        m_logDay->setEnabled(false);
        const std::optional<PlannedTrial> plan = m_store->plans().plan(planId);
        if (plan) {
            const QDate today = QDate::currentDate();
            m_details->setHtml(InsightsPages::plannedTrialHtml(
                *plan, analysePlannedTrial(*plan, JournalSeries::load(*m_store, today), today),
                today));
        }
        return;
    }
    m_delete->setText(tr("Delete trial"));
    const qint64 id = currentId();
    const std::optional<Trial> t = id ? m_store->trials().trial(id) : std::nullopt;
    for (QPushButton *b : {m_edit, m_delete, m_taken, m_missed, m_unlogged})
        b->setEnabled(t.has_value());
    m_logDay->setEnabled(t.has_value());
    if (!t) {
        m_details->setHtml(tr("<p>No trials yet. A trial records a treatment you try: dose, "
                              "schedule, start and stop, dose changes and side effects, so the "
                              "Insights can compare how you felt before and during it.</p>"));
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2><p>").arg(escaped(t->treatmentName));
    const DoseOnDay now = DoseOnDay::of(*t, t->isOngoing() ? QDate::currentDate() : t->stop);
    if (now.since.isValid())
        html += (t->isOngoing() ? tr("Dose now: %1 (since %2)") : tr("Last dose: %1 (since %2)"))
                    .arg(escaped(doseText(now.dose, now.unit)), displayDate(now.since)) +
                QStringLiteral("<br>");
    html += tr("Starting dose: %1").arg(escaped(doseText(t->dose, t->unit)));
    if (!t->schedule.isEmpty())
        html += QStringLiteral("<br>") + tr("Schedule: %1").arg(escaped(t->schedule));
    html += QStringLiteral("<br>") + tr("Started %1").arg(displayDate(t->start));
    if (!t->isOngoing()) {
        html += QStringLiteral("<br>") + tr("Stopped %1").arg(displayDate(t->stop));
        if (!t->stopReason.isEmpty())
            html += QStringLiteral(" — ") + escaped(t->stopReason);
    }
    html += QStringLiteral("<br>") + tr("Ramp-up: %n day(s)", nullptr, t->rampUpDays) +
            QStringLiteral("</p>");
    if (!t->doseChanges.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Dose changes"));
        for (const DoseChange &d : t->doseChanges)
            html +=
                QStringLiteral("<li>%1: %2%3</li>")
                    .arg(displayDate(d.day),
                         escaped(doseText(d.dose, d.unit.isEmpty() ? t->unit : d.unit)),
                         d.note.isEmpty() ? QString() : QStringLiteral(" — ") + escaped(d.note));
        html += QStringLiteral("</ul>");
    }
    if (!t->sideEffects.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Side effects"));
        for (const SideEffect &s : t->sideEffects)
            html += QStringLiteral("<li>%1: %2%3</li>")
                        .arg(displayDate(s.day), escaped(s.description),
                             s.severity ? tr(" (severity %1/10)").arg(*s.severity) : QString());
        html += QStringLiteral("</ul>");
    }
    const QMap<QDate, bool> log = m_store->trials().doseLog(t->id);
    const QDate day = m_logDay->date();
    const QString onDay =
        log.contains(day) ? (log.value(day) ? tr("taken") : tr("missed")) : tr("not logged");
    const int taken = int(std::count(log.cbegin(), log.cend(), true));
    const QString dayText = displayDate(day);
    const QString summary =
        log.isEmpty()
            ? tr("No doses logged yet.")
            : tr("Taken on %1 of the %n day(s) logged.", nullptr, int(log.size())).arg(taken);
    html += QStringLiteral("<h3>%1</h3><p>%2 %3</p>")
                .arg(tr("Dose log"), summary, tr("%1: %2.").arg(dayText, onDay));
    if (!t->note.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Note"), escaped(t->note));
    m_details->setHtml(html);
}

void TrialsPanel::newTrial(const QString &treatmentKey)
{
    // "Track this treatment" for a treatment already being tracked: say so, and show that trial
    // unless the person wants a second one (a new course after a break, say).
    for (const Trial &running : m_store->trials().trials()) {
        if (treatmentKey.isEmpty() || running.treatmentKey != treatmentKey || !running.isOngoing())
            continue;
        QMessageBox ask(QMessageBox::Question, tr("Already tracking %1").arg(running.treatmentName),
                        tr("You have been tracking %1 since %2.")
                            .arg(running.treatmentName, displayDate(running.start)),
                        QMessageBox::Cancel, this);
        QPushButton *show = ask.addButton(tr("&Show that trial"), QMessageBox::AcceptRole);
        QPushButton *another = ask.addButton(tr("Start &another"), QMessageBox::ActionRole);
        ask.setDefaultButton(show);
        ask.exec();
        if (ask.clickedButton() == show) {
            selectTrial(running.id);
            return;
        }
        if (ask.clickedButton() != another)
            return;
        break;
    }
    Trial blank;
    blank.treatmentKey = treatmentKey;
    TrialDialog dialog(m_store, m_library, blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectTrial(dialog.trial().id);
    emit message(
        tr("Trial of %1 saved.").arg(m_store->trials().trial(dialog.trial().id)->treatmentName));
}

void TrialsPanel::editTrial()
{
    const std::optional<Trial> t = m_store->trials().trial(currentId());
    if (!t)
        return;
    TrialDialog dialog(m_store, m_library, *t, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit message(tr("Trial saved."));
    }
}

void TrialsPanel::newPlan(const QString &treatmentKey)
{
    // The selected trial's treatment is the likeliest one to test.
    QString key = treatmentKey;
    if (key.isEmpty())
        if (const std::optional<Trial> t = m_store->trials().trial(currentId()))
            key = t->treatmentKey;
    PlannedTrialDialog dialog(m_store, m_library, key, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kPlanRole).toLongLong() == dialog.plan().id)
            m_list->setCurrentRow(i);
    const QString planned =
        tr("Test of %1 planned: %2.").arg(dialog.plan().treatmentName, dialog.plan().orderText());
    emit message(dialog.outcomeText().isEmpty() ? planned : planned + u' ' + dialog.outcomeText());
}

void TrialsPanel::deleteTrial()
{
    if (const qint64 planId = currentPlanId()) {
        const std::optional<PlannedTrial> p = m_store->plans().plan(planId);
        if (!p || QMessageBox::question(this, tr("Delete test"),
                                        tr("Delete the planned test of %1 that starts %2? "
                                           "Your check-ins stay.")
                                            .arg(p->treatmentName, displayDate(p->start))) !=
                      QMessageBox::Yes)
            return;
        if (const Result outcome = m_store->plans().deletePlan(planId); !outcome) {
            QMessageBox::warning(this, tr("Test not deleted"), outcome.message());
            return;
        }
        reload();
        emit message(tr("Planned test deleted."));
        return;
    }
    const std::optional<Trial> t = m_store->trials().trial(currentId());
    if (!t)
        return;
    if (QMessageBox::question(this, tr("Delete trial"),
                              tr("Delete the trial of %1 started %2, with its dose changes, side "
                                 "effects and taken/missed log?")
                                  .arg(t->treatmentName, displayDate(t->start))) !=
        QMessageBox::Yes)
        return;
    if (const Result outcome = m_store->trials().deleteTrial(t->id); !outcome) {
        QMessageBox::warning(this, tr("Trial not deleted"), outcome.message());
        return;
    }
    reload();
    emit message(tr("Trial deleted."));
}

void TrialsPanel::logDose(std::optional<bool> taken)
{
    const QDate day = m_logDay->date();
    if (const Result logged = m_store->trials().setDoseTaken(currentId(), day, taken); !logged) {
        QMessageBox::warning(this, tr("Not saved"), logged.message());
        return;
    }
    showCurrent();
    const QString when = displayDate(day);
    emit message(!taken   ? tr("Cleared the dose log for %1.").arg(when)
                 : *taken ? tr("Logged the dose of %1 as taken.").arg(when)
                          : tr("Logged the dose of %1 as missed.").arg(when));
}

} // namespace fc
