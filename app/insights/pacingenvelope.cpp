#include "insights/pacingenvelope.h"

#include "journal/daymeasures.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

constexpr int kMinShift = 14;
constexpr int kFewestShifts = 23;
constexpr double kQuantiles[] = {0.5, 0.6, 0.7, 0.8, 0.9};

// A load as the person gave it: whole for steps and exertion, to the half hour for hours upright.
QString loadText(double value)
{
    return QLocale().toString(value, 'f', value == std::round(value) ? 0 : 1);
}

// 1 when a bad day comes within the 3 days after day i, 0 when none does among the logged
// ones, NaN when none of them was logged.
QVector<double> followedByBad(const QVector<double> &bad)
{
    const int n = int(bad.size());
    QVector<double> out(n, qQNaN());
    for (int i = 0; i < n; ++i) {
        bool logged = false, any = false;
        for (int k = 1; k <= 3 && i + k < n; ++k) {
            if (!std::isfinite(bad[i + k]))
                continue;
            logged = true;
            any = any || bad[i + k] > 0.5;
        }
        if (logged)
            out[i] = any ? 1 : 0;
    }
    return out;
}

struct Gap
{
    double gap = qQNaN();
    double threshold = qQNaN();
    double above = 0, below = 0;
    int nAbove = 0, nBelow = 0;
};

// The largest gap in how often bad days followed, over the thresholds, with the load read
// `shift` days out of step (circularly).
Gap largestGap(const QVector<double> &load, const QVector<double> &follows,
               const QVector<double> &thresholds, int shift)
{
    const int n = int(load.size());
    Gap best;
    for (double t : thresholds) {
        int aboveCount = 0, aboveBad = 0, belowCount = 0, belowBad = 0;
        for (int i = 0; i < n; ++i) {
            const double x = load[(i - shift + n) % n];
            const double f = follows[i];
            if (!std::isfinite(x) || !std::isfinite(f))
                continue;
            if (x > t) {
                ++aboveCount;
                aboveBad += f > 0.5;
            } else {
                ++belowCount;
                belowBad += f > 0.5;
            }
        }
        if (aboveCount < PacingEnvelope::fewestDaysEachSide ||
            belowCount < PacingEnvelope::fewestDaysEachSide)
            continue;
        const double above = double(aboveBad) / aboveCount;
        const double below = double(belowBad) / belowCount;
        if (!std::isfinite(best.gap) || above - below > best.gap)
            best = {above - below, t, above, below, aboveCount, belowCount};
    }
    return best;
}

} // namespace

PacingEnvelope PacingEnvelope::search(const QVector<double> &load, const QVector<double> &bad)
{
    PacingEnvelope e;
    const int n = int(load.size());
    if (bad.size() != n || n - 2 * kMinShift + 1 < kFewestShifts)
        return e;
    QVector<double> values;
    for (double v : load)
        if (std::isfinite(v))
            values << v;
    if (values.size() < 2 * fewestDaysEachSide)
        return e;
    std::sort(values.begin(), values.end());
    QVector<double> thresholds;
    for (double q : kQuantiles) {
        const double t = values[qsizetype(q * double(values.size() - 1))];
        if (thresholds.isEmpty() || t != thresholds.constLast())
            thresholds << t;
    }
    const QVector<double> follows = followedByBad(bad);
    const Gap observed = largestGap(load, follows, thresholds, 0);
    if (!std::isfinite(observed.gap))
        return e;
    int shifts = 0, asLarge = 0;
    for (int s = kMinShift; s <= n - kMinShift; ++s) {
        const Gap g = largestGap(load, follows, thresholds, s);
        if (!std::isfinite(g.gap))
            continue;
        ++shifts;
        asLarge += g.gap >= observed.gap - 1e-12;
    }
    if (shifts < kFewestShifts)
        return e;
    e.p = double(1 + asLarge) / (1 + shifts);
    e.limit = observed.threshold;
    e.riskAbove = observed.above;
    e.riskBelow = observed.below;
    e.daysAbove = observed.nAbove;
    e.daysBelow = observed.nBelow;
    e.found = e.p <= PacingLags::clearP && observed.gap > 0;
    return e;
}

PacingEnvelope PacingEnvelope::find(const JournalSeries &series, const PacingLags &lags)
{
    if (!lags.enoughData || lags.findings.isEmpty() || !lags.findings.first().clear)
        return {};
    const PacingFinding &f = lags.findings.first();
    const QVector<double> load = series.window(f.loadKey, lags.from, lags.to);
    QVector<double> bad;
    if (f.outcomeKey == PacingLags::crashKey()) {
        for (QDate d = lags.from; d <= lags.to; d = d.addDays(1))
            bad << (series.isLogged(d) ? (series.isCrash(d) ? 1.0 : 0.0) : qQNaN());
    } else {
        const QVector<double> outcome = series.window(f.outcomeKey, lags.from, lags.to);
        const bool higherIsBetter = series.higherIsBetter(f.outcomeKey);
        QVector<double> logged;
        for (double v : outcome)
            if (std::isfinite(v))
                logged << (higherIsBetter ? -v : v);
        if (logged.isEmpty())
            return {};
        std::sort(logged.begin(), logged.end());
        // The worst third of the person's own days.
        const double worst = logged[qsizetype(2.0 / 3.0 * double(logged.size() - 1))];
        for (double v : outcome)
            bad << (std::isfinite(v) ? ((higherIsBetter ? -v : v) > worst ? 1.0 : 0.0) : qQNaN());
    }
    PacingEnvelope e = search(load, bad);
    e.loadKey = f.loadKey;
    e.loadName = f.loadName;
    e.outcomeName = f.outcomeName;
    if (e.found) {
        e.summary = tr("Your own limit: after days with %1 above %2, %3 followed within 3 days "
                       "%4% of the time, against %5% after the other days.")
                        .arg(e.loadName.toLower(), loadText(e.limit), e.badDay())
                        .arg(std::lround(100 * e.riskAbove))
                        .arg(std::lround(100 * e.riskBelow));
        e.sentence =
            tr("Your envelope, from your own days: after days with %1 above %2, %3 followed "
               "within 3 days %4% of the time, against %5% after the other days (%6 and %7 days; "
               "a gap this large came up in %8% of shifted copies of your diary).")
                .arg(e.loadName.toLower(), loadText(e.limit), e.badDay())
                .arg(std::lround(100 * e.riskAbove))
                .arg(std::lround(100 * e.riskBelow))
                .arg(e.daysAbove)
                .arg(e.daysBelow)
                .arg(std::max(1L, std::lround(100 * e.p)));
    }
    return e;
}

QString PacingEnvelope::badDay() const
{
    if (outcomeName == PacingLags::tr("Crash days"))
        return tr("a crash day");
    return tr("a bad %1 day").arg(outcomeName.toLower());
}

QString PacingEnvelope::afterDay(double yesterdaysLoad) const
{
    if (!found || !std::isfinite(yesterdaysLoad) || !(yesterdaysLoad > limit))
        return QString();
    // "went above" reads right for a load named in the plural too (steps, hours upright).
    return tr("Yesterday's %1, %2, went above your usual limit of %3. In your diary, %4 "
              "followed such days within 3 days %5% of the time.")
        .arg(loadName.toLower(), loadText(yesterdaysLoad), loadText(limit), badDay())
        .arg(std::lround(100 * riskAbove));
}

} // namespace fc
