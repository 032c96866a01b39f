#include "insights/lagscan.h"

#include "insights/statistics.h"

#include <cmath>

namespace fc::stats {

LagScan lagScan(const QVector<QVector<double>> &loads, const QVector<QVector<double>> &outcomes,
                int maxLag, int minShift, int minimumShifts, int minimumPairs)
{
    LagScan scan;
    if (loads.isEmpty() || outcomes.isEmpty() || maxLag < 0 || minShift <= maxLag)
        return scan;
    const int n = int(loads.first().size());
    for (const auto *list : {&loads, &outcomes})
        for (const QVector<double> &s : *list)
            if (s.size() != n)
                return scan;
    if (n - 2 * minShift + 1 < qMax(1, minimumShifts))
        return scan;
    QVector<QVector<double>> rx, ry;
    for (const QVector<double> &x : loads)
        rx << ranks(x);
    for (const QVector<double> &y : outcomes)
        ry << ranks(y);

    // The observed statistics.
    for (int a = 0; a < rx.size(); ++a) {
        for (int b = 0; b < ry.size(); ++b) {
            LagPair pair;
            pair.load = a;
            pair.outcome = b;
            for (int lag = 0; lag <= maxLag; ++lag) {
                int count = 0;
                const double r = laggedCorrelation(rx[a], ry[b], lag, 0, &count);
                pair.rhoByLag << r;
                pair.pairsByLag << count;
                if (count >= minimumPairs && std::isfinite(r) &&
                    (pair.bestLag < 0 || r > pair.statistic)) {
                    pair.bestLag = lag;
                    pair.statistic = r;
                }
            }
            scan.pairs << pair;
        }
    }

    // The largest statistic over every pair and lag, for each shift of the loads.
    QVector<double> shiftMaxima;
    for (int s = minShift; s <= n - minShift; ++s) {
        double most = qQNaN();
        for (const LagPair &pair : std::as_const(scan.pairs)) {
            if (pair.bestLag < 0)
                continue;
            for (int lag = 0; lag <= maxLag; ++lag) {
                int count = 0;
                const double r = laggedCorrelation(rx[pair.load], ry[pair.outcome], lag, s, &count);
                if (count >= minimumPairs && std::isfinite(r) && !(r <= most))
                    most = r;
            }
        }
        if (std::isfinite(most))
            shiftMaxima << most;
    }
    scan.shifts = int(shiftMaxima.size());
    if (scan.shifts < minimumShifts)
        return scan;
    scan.valid = true;
    for (LagPair &pair : scan.pairs) {
        if (pair.bestLag < 0)
            continue;
        const double bar = pair.statistic - 1e-12;
        int asLarge = 0;
        for (double m : std::as_const(shiftMaxima))
            asLarge += m >= bar;
        pair.pAdjusted = double(1 + asLarge) / (1 + scan.shifts);
    }
    return scan;
}

} // namespace fc::stats
