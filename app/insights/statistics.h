#pragma once

#include <QString>
#include <QVector>
#include <QtNumeric>

// Small, dependency-free statistics for n-of-1 comparisons (before/after a treatment).
//
// Missing data convention used by every function here: a non-finite value (NaN or +/-infinity)
// is a missing observation and is skipped. Diary series mark unrecorded days with NaN, and an
// infinity can only come from a broken computation upstream, so neither may count as data.
// Invalid parameters never throw or crash: results come back as NaN or with valid == false.
namespace fc::stats {

struct Summary
{
    int n = 0; // finite values only
    double mean = qQNaN();
    double variance = qQNaN(); // sample variance (divisor n - 1); NaN when n < 2
    double min = qQNaN();
    double max = qQNaN();
};

Summary summarize(const QVector<double> &values);

// I_x(a, b); NaN unless a > 0, b > 0 and 0 <= x <= 1.
double incompleteBetaRegularized(double a, double b, double x);

// P(T <= t) for Student's t with df degrees of freedom (df > 0; df = +inf gives the normal).
// NaN for NaN t or df <= 0.
double studentTCdf(double t, double df);

// Density of Student's t; NaN for NaN t or df <= 0.
double studentTDensity(double t, double df);

// Inverse of studentTCdf: 0 -> -inf, 1 -> +inf, NaN outside [0, 1] or for df <= 0.
double studentTQuantile(double p, double df);

struct WelchResult
{
    bool valid = false;
    QString error; // why the result is invalid; empty when valid
    int nA = 0;
    int nB = 0;
    double meanA = qQNaN();
    double meanB = qQNaN();
    double difference = qQNaN(); // meanB - meanA
    double standardError = qQNaN();
    double df = qQNaN(); // Welch-Satterthwaite
    double tStatistic = qQNaN();
    double ciLow = qQNaN(); // confidence interval of the difference
    double ciHigh = qQNaN();
    double pTwoSided = qQNaN();
};

// Welch's unequal-variance t test of B against A. Invalid when either group has fewer than two
// finite values or confidence is not strictly between 0 and 1.
// Both groups constant (zero variance): the difference is exact, so standardError = 0,
// ciLow = ciHigh = difference, and df = NaN (Welch-Satterthwaite is 0/0 there). If the means
// differ, t = +/-inf and p = 0; if they are equal, t = 0 and p = 1.
WelchResult welch(const QVector<double> &a, const QVector<double> &b, double confidence = 0.95);

// 1-based ranks, ties get the average of the ranks they span. Non-finite values are not
// ranked and get NaN.
QVector<double> ranks(const QVector<double> &values);

struct Correlation
{
    bool valid = false;
    QString error; // why the result is invalid; empty when valid
    int n = 0;     // pairs used
    double rho = qQNaN();
    double pTwoSided = qQNaN();
};

// Spearman's rank correlation (Pearson correlation of average ranks, exact with ties).
// Pairs where either value is non-finite are dropped; x and y must have the same length.
// p uses t = rho * sqrt((n - 2) / (1 - rho^2)) with n - 2 df, which is rough for n below ~10 and
// gives p = 0 for |rho| = 1. Invalid when n < 3 or either series is constant.
Correlation spearman(const QVector<double> &x, const QVector<double> &y);

// Pearson correlation of x[(i - lag - shift) mod n] with y[i], for i >= lag (a lag never wraps
// around the ends; a shift does), over the days both are finite; *pairs gets their number. NaN
// with fewer than 3 pairs or when either side is constant.
double laggedCorrelation(const QVector<double> &x, const QVector<double> &y, int lag, int shift,
                         int *pairs);

// Whether a relation between two daily series is more than chance when days in a row are alike.
// x[i] and y[i] belong to the same day (NaN where not logged). The observed statistic is the
// correlation of the two series' average ranks over the days both were logged; the reference is
// the same statistic with x rotated against y by every shift from minShift to n - minShift days
// (circularly), which keeps each series' own autocorrelation and breaks only their link
// (Bjørnstad & Falck 2001's toroidal shift; Purves & Law 2002). p = (1 + shifts at least as
// extreme) / (1 + shifts). Invalid when there are fewer than minimumShifts shifts (with the
// defaults, fewer than 50 days).
struct ShiftTest
{
    bool valid = false;
    double statistic = qQNaN();
    double pTwoSided = qQNaN();
    int shifts = 0;
    int asExtreme = 0;
};
ShiftTest circularShiftTest(const QVector<double> &x, const QVector<double> &y, int minShift = 14,
                            int minimumShifts = 23);

// out[i] = mean of the finite values among daily[i - window + 1 .. i] (the window is shorter at
// the start of the series). out[i] is NaN when fewer than minValues values are present in that
// window, or when daily[i] itself is missing and gapsStayGaps is true. minValues below 1 counts
// as 1. window < 1 gives all NaN. The output always has daily.size() entries.
QVector<double> rollingMean(const QVector<double> &daily, int window, int minValues,
                            bool gapsStayGaps = true);

} // namespace fc::stats
