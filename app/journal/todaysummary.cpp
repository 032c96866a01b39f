#include "journal/todaysummary.h"

#include "journal/journalstore.h"

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
    for (const Trial &t : store.trials().trials()) {
        // A trial planned for a later day has not started; one stopped before today is over.
        if (!t.start.isValid() || t.start > day || (t.stop.isValid() && t.stop < day))
            continue;
        ActiveTrial active{t.id, t.treatmentName, t.schedule, int(t.start.daysTo(day)) + 1, {},
                           false};
        const QMap<QDate, bool> log = store.trials().doseLog(t.id);
        for (auto it = log.cbegin(); it != log.cend() && it.key() <= day; ++it)
            active.lastLogged = it.key();
        active.quiet =
            active.lastLogged.isValid() && active.lastLogged.daysTo(day) > quietAfterDays;
        summary.trials.append(active);
    }
    for (const PlannedTrial &p : store.plans().plans()) {
        const QString phase = p.phaseText(day);
        if (!phase.isEmpty())
            summary.plans.append({p.id, p.treatmentName, phase, p.phase(day).on});
    }
    return summary;
}

} // namespace fc
