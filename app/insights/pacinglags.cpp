#include "insights/pacinglags.h"

#include "journal/daymeasures.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

// Loads need this many logged days before they are tried at all.
constexpr int kFewestLoadDays = 30;

} // namespace

QString PacingLags::describePlainly(const PacingFinding &f)
{
    if (!f.clear)
        return tr("No clear link yet between %1 and how your %2 went in the 3 days after: your "
                  "days vary as much without it.")
            .arg(f.loadName.toLower(), f.outcomeName.toLower());
    if (f.lag == 0)
        return tr("%1 tended to be worse on days of more %2. Such a link rarely comes up by "
                  "chance in a diary like yours.")
            .arg(f.outcomeName, f.loadName.toLower());
    return tr("%1 tended to be worse %n day(s) after days of more %2. Such a link rarely comes "
              "up by chance in a diary like yours.",
              nullptr, f.lag)
        .arg(f.outcomeName, f.loadName.toLower());
}

QString PacingLags::strengthWords(const PacingFinding &f)
{
    if (f.clear)
        return tr("clear link");
    if (f.p <= 0.2 && f.rho > 0)
        return tr("possible link");
    return tr("no clear link");
}

QString PacingLags::describe(const PacingFinding &f)
{
    const QString rho = QLocale().toString(f.rho, 'f', 2);
    const QString chance = QLocale().toString(std::max(1, int(std::lround(f.p * 100))));
    if (!f.clear)
        return tr("No clear link between %1 and %2 0-3 days later: the strongest, %n day(s) "
                  "later (ρ = %3 over %4 days), came up as strongly in %5% of shifted copies of "
                  "your diary.",
                  nullptr, f.lag)
            .arg(f.loadName.toLower(), f.outcomeName.toLower(), rho)
            .arg(f.days)
            .arg(chance);
    if (f.lag == 0)
        return tr("%1 tended to be worse on days of more %2 (ρ = %3 over %4 days; as strong in "
                  "%5% of shifted copies of your diary).")
            .arg(f.outcomeName, f.loadName.toLower(), rho)
            .arg(f.days)
            .arg(chance);
    return tr("%1 tended to be worse %n day(s) after days of more %2 (ρ = %3 over %4 days; as "
              "strong in %5% of shifted copies of your diary).",
              nullptr, f.lag)
        .arg(f.outcomeName, f.loadName.toLower(), rho)
        .arg(f.days)
        .arg(chance);
}

PacingLags PacingLags::analyse(const JournalSeries &series, QDate from, QDate to)
{
    PacingLags out;
    out.from = from.isValid() ? from : series.first();
    out.to = to.isValid() ? to : series.last();
    const QStringList loadNames{
        QLatin1String(DayMeasures::exertionPhysical), QLatin1String(DayMeasures::exertionMental),
        QLatin1String(DayMeasures::exertionSocial), QLatin1String(DayMeasures::uprightHours),
        QLatin1String(DayMeasures::steps)};
    QVector<QVector<double>> loads, outcomes;
    QStringList loadKeys, outcomeKeys;
    int mostLoadDays = 0;
    for (const QString &name : loadNames) {
        const QString key = JournalSeries::measureKey(name);
        if (!series.hasSeries(key))
            continue;
        const QVector<double> values = series.window(key, out.from, out.to);
        const int logged = int(std::count_if(values.cbegin(), values.cend(),
                                             [](double v) { return std::isfinite(v); }));
        mostLoadDays = std::max(mostLoadDays, logged);
        if (logged < kFewestLoadDays)
            continue;
        loads << values;
        loadKeys << key;
    }
    // Worse is higher in every outcome: a scale where higher is better is turned around.
    for (const char *key : {"fatigue", "pain"}) {
        const QString k = QLatin1String(key);
        if (!series.symptom(k))
            continue;
        QVector<double> values = series.window(k, out.from, out.to);
        if (series.higherIsBetter(k))
            for (double &v : values)
                v = -v;
        outcomes << values;
        outcomeKeys << k;
    }
    {
        QVector<double> crash;
        for (QDate d = out.from; d <= out.to; d = d.addDays(1))
            crash << (series.isLogged(d) ? (series.isCrash(d) ? 1.0 : 0.0) : qQNaN());
        outcomes << crash;
        outcomeKeys << crashKey();
    }
    const int span = out.from.isValid() ? int(out.from.daysTo(out.to)) + 1 : 0;
    if (loads.isEmpty()) {
        out.message = tr("Not enough days yet to look for what comes 1-3 days later: it needs "
                         "exertion or steps on at least %1 days (%2 so far).")
                          .arg(kFewestLoadDays)
                          .arg(mostLoadDays);
        out.sentence = out.message;
        out.summary = out.message;
        return out;
    }
    const stats::LagScan scan = stats::lagScan(loads, outcomes, maximumLag);
    if (!scan.valid) {
        out.message = tr("Not enough days yet to look for what comes 1-3 days later: it needs at "
                         "least 50 days of the journal with exertion or steps on 30 of them (%1 "
                         "days so far).")
                          .arg(span);
        out.sentence = out.message;
        out.summary = out.message;
        return out;
    }
    out.enoughData = true;
    out.shifts = scan.shifts;
    for (const stats::LagPair &pair : scan.pairs) {
        if (pair.bestLag < 0)
            continue;
        PacingFinding f;
        f.loadKey = loadKeys[pair.load];
        f.outcomeKey = outcomeKeys[pair.outcome];
        f.loadName = series.displayName(f.loadKey);
        f.outcomeName =
            f.outcomeKey == crashKey() ? tr("Crash days") : series.displayName(f.outcomeKey);
        f.lag = pair.bestLag;
        f.rho = pair.statistic;
        f.rhoByLag = pair.rhoByLag;
        f.p = pair.pAdjusted;
        f.days = pair.pairsByLag.value(pair.bestLag);
        f.clear = f.p <= clearP && f.rho > 0;
        out.findings << f;
    }
    std::stable_sort(out.findings.begin(), out.findings.end(),
                     [](const PacingFinding &a, const PacingFinding &b) { return a.p < b.p; });
    out.sentence = out.findings.isEmpty() ? tr("No load and outcome have enough days together yet.")
                                          : describe(out.findings.first());
    out.summary = out.findings.isEmpty() ? out.sentence : describePlainly(out.findings.first());
    return out;
}

} // namespace fc
