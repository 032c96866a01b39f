#include "journal/plannedtrial.h"

#include "journal/entities.h"

#include <QStringList>
#include <cmath>
#include <random>

namespace fc {

PlannedTrial::Phase PlannedTrial::phase(const QDate &day) const
{
    Phase p;
    if (!start.isValid() || !day.isValid() || day < start || day > lastDay() ||
        onFirst.size() != pairs || periodDays < 1)
        return p;
    const int offset = int(start.daysTo(day));
    const int period = offset / periodDays; // 0-based
    p.inPlan = true;
    p.pair = period / 2 + 1;
    p.period = period + 1;
    p.dayOfPeriod = offset % periodDays + 1;
    const bool first = period % 2 == 0;
    p.on = onFirst[p.pair - 1] == first;
    p.washout = p.dayOfPeriod <= washoutDays;
    return p;
}

QVector<bool> PlannedTrial::drawOrder(quint64 seed, int pairs)
{
    // mt19937_64's output is fixed by the C++ standard, so the order is the same everywhere;
    // the top bit of each draw decides the pair.
    std::mt19937_64 engine(seed);
    QVector<bool> order;
    for (int i = 0; i < pairs; ++i)
        order << bool(engine() >> 63);
    return order;
}

QString PlannedTrial::orderText() const
{
    QStringList pairsText;
    for (bool on : onFirst)
        pairsText << (on ? QStringLiteral("ON-OFF") : QStringLiteral("OFF-ON"));
    return pairsText.join(QStringLiteral(", "));
}

bool PlannedTrial::parseOrder(const QString &text, QVector<bool> *order)
{
    order->clear();
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toUpper();
        if (p == u"ON-OFF")
            order->append(true);
        else if (p == u"OFF-ON")
            order->append(false);
        else
            return false;
    }
    return !order->isEmpty();
}

QString PlannedTrial::validate() const
{
    if (!start.isValid())
        return QStringLiteral("The plan needs a start day.");
    if (symptomKey.isEmpty())
        return QStringLiteral("The plan needs a symptom to judge it on.");
    if (periodDays < minimumPeriodDays || periodDays > maximumPeriodDays)
        return QStringLiteral("A period is %1 to %2 days long; this one is %3.")
            .arg(minimumPeriodDays)
            .arg(maximumPeriodDays)
            .arg(periodDays);
    if (pairs < 1 || pairs > maximumPairs)
        return QStringLiteral("A plan has 1 to %1 pairs of periods; this one has %2.")
            .arg(maximumPairs)
            .arg(pairs);
    if (washoutDays < 0 || washoutDays >= periodDays - 1)
        return QStringLiteral("The washout (%1 days) must leave at least 2 days of each %2-day "
                              "period to compare.")
            .arg(washoutDays)
            .arg(periodDays);
    if (onFirst.size() != pairs)
        return QStringLiteral("The plan's order has %1 pairs but the plan has %2.")
            .arg(onFirst.size())
            .arg(pairs);
    if (stopped.isValid() && stopped < start)
        return QStringLiteral("The plan cannot stop before it starts.");
    return QString();
}

int PlannedTrial::defaultPeriodDays(const Treatment &treatment)
{
    return treatment.kind == u"medication" || treatment.kind == u"supplement" ? 14 : 7;
}

double PlannedTrial::smallestP(int pairs)
{
    return pairs < 1 ? 1.0 : std::min(1.0, 2.0 / std::ldexp(1.0, pairs));
}

QString PlannedTrial::phaseText(const QDate &day) const
{
    const Phase now = phase(day);
    if (!now.inPlan || (stopped.isValid() && day > stopped))
        return QString();
    const QString state = now.on ? QStringLiteral("ON") : QStringLiteral("OFF");
    QString text;
    if (periodDays % 7 == 0) {
        const int week = int(start.daysTo(day)) / 7 + 1;
        text = QStringLiteral("Week %1 of %2").arg(week).arg(totalDays() / 7);
    } else {
        text = QStringLiteral("Day %1 of %2").arg(start.daysTo(day) + 1).arg(totalDays());
    }
    text += QStringLiteral(": %1 period (pair %2 of %3)").arg(state).arg(now.pair).arg(pairs);
    if (now.washout)
        text += QStringLiteral(", washout day: not counted");
    return text;
}

} // namespace fc
