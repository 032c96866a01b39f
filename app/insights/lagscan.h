#pragma once

#include <QVector>
#include <QtGlobal>

namespace fc::stats {

// Does an outcome y tend to be higher 0..maxLag days after a load x was higher, more than chance
// allows when days in a row are alike, for several loads and outcomes at once?
//
// For a load, an outcome and a lag k the statistic is the correlation of the average ranks of
// x[i - k] and y[i] over the days both are logged (Spearman's rho, up to the ranks being those of
// each whole series). A pair's statistic is its largest over the lags. The reference is the same
// set of statistics with every load rotated against the outcomes by each shift from minShift to
// n - minShift days: rotation keeps each series' own autocorrelation and breaks only their link
// (the toroidal shift of Bjørnstad & Falck 2001 and Purves & Law 2002). Each pair's p is the
// share of shifts whose largest statistic over all pairs and lags is at least the pair's own
// (the single-step max-T adjustment of Westfall & Young 1993), so looking at several lags, loads
// and outcomes is paid for rather than hidden: p = (1 + such shifts) / (1 + shifts), one-sided.
struct LagPair
{
    int load = -1;            // index into the loads
    int outcome = -1;         // index into the outcomes
    QVector<double> rhoByLag; // index k: lag k days
    QVector<int> pairsByLag;
    int bestLag = -1;           // -1 when no lag has enough days
    double statistic = qQNaN(); // rhoByLag[bestLag]
    double pAdjusted = qQNaN();
};

struct LagScan
{
    bool valid = false; // enough days for the test at all
    int shifts = 0;
    QVector<LagPair> pairs; // every load with every outcome
};

// Every series has one value per day, the same days, NaN where not logged. Invalid when the
// span gives fewer than minimumShifts shifts (with the defaults, fewer than 50 days). A pair
// with fewer than minimumPairs days at every lag gets no statistic and no p.
LagScan lagScan(const QVector<QVector<double>> &loads, const QVector<QVector<double>> &outcomes,
                int maxLag, int minShift = 14, int minimumShifts = 23, int minimumPairs = 30);

} // namespace fc::stats
