#include "journal/todaysummary.h"

#include "journal/journalstore.h"

#include <QHash>

namespace fc {

TodaySummary TodaySummary::build(const JournalStore &store, const QDate &day)
{
    TodaySummary summary;
    summary.day = day;
    if (!store.isOpen())
        return summary;
    for (const FiqrAnswers &a : store.questionnaires().fiqrAnswers())
        if (a.day <= day)
            summary.lastFiqr = a.day;
    for (const Acr2016Answers &a : store.questionnaires().acr2016Answers())
        if (a.day <= day)
            summary.lastAcr2016 = a.day;
    if (const std::optional<CheckIn> checkIn = store.checkIn(day)) {
        summary.checkedIn = true;
        for (const Symptom &s : store.symptoms(true))
            if (checkIn->scores.contains(s.key))
                summary.scores.append({s.name, checkIn->scores.value(s.key)});
    }
    QHash<qint64, int> testedTreatments; // treatment id -> index in summary.plans
    for (const PlannedTrial &p : store.plans().plans()) {
        const QString phase = p.phaseText(day);
        if (phase.isEmpty())
            continue;
        testedTreatments.insert(p.treatmentId, int(summary.plans.size()));
        summary.plans.append({p.id, p.treatmentName, phase, p.phase(day).on, 0, std::nullopt});
    }
    for (const Trial &t : store.trials().trials()) {
        // A trial planned for a later day has not started; one stopped before today is over.
        if (!t.start.isValid() || t.start > day || (t.stop.isValid() && t.stop < day))
            continue;
        if (const auto test = testedTreatments.constFind(t.treatmentId);
            test != testedTreatments.constEnd()) {
            // Paused for the test: the test says what to do, and its doses go to this trial.
            PlanPhase &plan = summary.plans[*test];
            plan.heldTrialId = t.id;
            const QMap<QDate, bool> log = store.trials().doseLog(t.id);
            plan.logged = log.contains(day) ? std::optional<bool>(log.value(day)) : std::nullopt;
            continue;
        }
        ActiveTrial active{t.id, t.treatmentName, t.schedule, int(t.start.daysTo(day)) + 1, {},
                           false};
        const QMap<QDate, bool> log = store.trials().doseLog(t.id);
        for (auto it = log.cbegin(); it != log.cend() && it.key() <= day; ++it)
            active.lastLogged = it.key();
        active.quiet =
            active.lastLogged.isValid() && active.lastLogged.daysTo(day) > quietAfterDays;
        summary.trials.append(active);
    }
    return summary;
}

} // namespace fc
