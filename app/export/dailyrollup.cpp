#include "export/dailyrollup.h"

#include <cmath>

namespace fc {

DailyRollup::Day &DailyRollup::day(const QDate &date, int line)
{
    Day &d = m_days[date];
    if (d.line == 0)
        d.line = line;
    return d;
}

void DailyRollup::addRating(const QDate &date, const QString &symptomKey, double value,
                            bool worstOfDay, int line)
{
    Rating &r = day(date, line).ratings[symptomKey];
    r.worst = r.count == 0 ? value : std::max(r.worst, value);
    r.sum += value;
    ++r.count;
    r.worstOfDay = worstOfDay;
}

void DailyRollup::addSleep(const QDate &date, double hours, int line)
{
    Day &d = day(date, line);
    d.hoursSlept = std::min(24.0, d.hoursSlept + hours);
    d.slept = true;
}

void DailyRollup::addNoteLine(const QDate &date, const QString &text, int line)
{
    if (!text.trimmed().isEmpty())
        day(date, line).noteLines << text.trimmed();
}

void DailyRollup::addTags(const QDate &date, const QString &label, const QStringList &tags,
                          int line)
{
    Day &d = day(date, line);
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (t.isEmpty())
            continue;
        if (!d.tags.contains(label))
            d.tagOrder << label;
        QStringList &known = d.tags[label];
        if (!known.contains(t, Qt::CaseInsensitive))
            known << t;
    }
}

void DailyRollup::addTo(CsvImportPlan &plan) const
{
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        CheckIn c;
        c.day = it.key();
        for (auto r = it->ratings.cbegin(); r != it->ratings.cend(); ++r) {
            const double value = r->worstOfDay ? r->worst : r->sum / r->count;
            // The file's own value, or the exact mean of the day's values: never rounded, so
            // what is stored is what the file says (screens round when they show it).
            c.scores.insert(r.key(), std::clamp(value, 0.0, 10.0));
        }
        if (it->slept)
            c.hoursSlept = it->hoursSlept;
        QStringList note = it->noteLines;
        for (const QString &label : it->tagOrder)
            note << QStringLiteral("%1: %2").arg(label,
                                                 it->tags.value(label).join(QStringLiteral(", ")));
        c.note = note.join(QLatin1Char('\n'));
        plan.checkIns.append({c, it->line});
    }
}

} // namespace fc
