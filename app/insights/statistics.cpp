#include "insights/statistics.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <cmath>
#include <limits>
#include <numeric>

namespace fc::stats {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

QVector<double> finiteOnly(const QVector<double> &values)
{
    QVector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            out.append(v);
    }
    return out;
}

// Boost.Math's policies: report out-of-range arguments as NaN/inf instead of throwing, and
// keep full double precision (the default promotes to long double, which valgrind and some
// sanitizers model poorly and which buys nothing here).
using Policy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>,
    boost::math::policies::promote_double<false>>;

} // namespace

Summary summarize(const QVector<double> &values)
{
    const QVector<double> v = finiteOnly(values);
    Summary s;
    s.n = static_cast<int>(v.size());
    if (v.isEmpty())
        return s;

    const auto [minIt, maxIt] = std::minmax_element(v.cbegin(), v.cend());
    s.min = *minIt;
    s.max = *maxIt;
    if (s.min == s.max) {
        // Exactly constant: exact values, never rounding residue or an overflowed sum (three
        // values of 1e308), so callers can detect "no variation" with ==.
        s.mean = s.min;
        s.variance = s.n >= 2 ? 0.0 : qQNaN();
        return s;
    }

    double mean = std::accumulate(v.cbegin(), v.cend(), 0.0) / s.n;
    // Second pass removes most of the rounding error of the naive sum.
    double residual = 0.0;
    for (double x : v)
        residual += x - mean;
    mean += residual / s.n;
    s.mean = mean;

    if (s.n >= 2) {
        double squares = 0.0;
        for (double x : v)
            squares += (x - mean) * (x - mean);
        s.variance = squares / (s.n - 1);
    }
    return s;
}

double incompleteBetaRegularized(double a, double b, double x)
{
    if (!(a > 0.0) || !(b > 0.0) || !(x >= 0.0 && x <= 1.0) || std::isinf(a) || std::isinf(b))
        return qQNaN();
    return boost::math::ibeta(a, b, x, Policy());
}

double studentTCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return qQNaN();
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    if (std::isinf(df))
        return boost::math::cdf(boost::math::normal_distribution<double, Policy>(), t);
    return boost::math::cdf(boost::math::students_t_distribution<double, Policy>(df), t);
}

double studentTDensity(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return qQNaN();
    if (std::isinf(df))
        return boost::math::pdf(boost::math::normal_distribution<double, Policy>(), t);
    return boost::math::pdf(boost::math::students_t_distribution<double, Policy>(df), t);
}

double studentTQuantile(double p, double df)
{
    if (!(p >= 0.0 && p <= 1.0) || !(df > 0.0))
        return qQNaN();
    if (p == 0.0)
        return -kInf;
    if (p == 1.0)
        return kInf;
    if (p == 0.5)
        return 0.0;
    if (std::isinf(df))
        return boost::math::quantile(boost::math::normal_distribution<double, Policy>(), p);
    return boost::math::quantile(boost::math::students_t_distribution<double, Policy>(df), p);
}

WelchResult welch(const QVector<double> &a, const QVector<double> &b, double confidence)
{
    WelchResult r;
    const Summary sa = summarize(a);
    const Summary sb = summarize(b);
    r.nA = sa.n;
    r.nB = sb.n;
    r.meanA = sa.mean;
    r.meanB = sb.mean;
    if (sa.n < 2 || sb.n < 2) {
        r.error = QStringLiteral("Welch test needs at least 2 finite values per group "
                                 "(group A has %1, group B has %2)")
                      .arg(sa.n)
                      .arg(sb.n);
        return r;
    }
    if (!(confidence > 0.0 && confidence < 1.0)) {
        r.error =
            QStringLiteral("confidence must be between 0 and 1 exclusive (got %1)").arg(confidence);
        return r;
    }

    r.valid = true;
    r.difference = sb.mean - sa.mean;
    const double varMeanA = sa.variance / sa.n;
    const double varMeanB = sb.variance / sb.n;
    const double varDiff = varMeanA + varMeanB;
    r.standardError = std::sqrt(varDiff);

    if (varDiff == 0.0) {
        r.ciLow = r.difference;
        r.ciHigh = r.difference;
        if (r.difference == 0.0) {
            r.tStatistic = 0.0;
            r.pTwoSided = 1.0;
        } else {
            r.tStatistic = r.difference > 0.0 ? kInf : -kInf;
            r.pTwoSided = 0.0;
        }
        return r;
    }

    r.df =
        varDiff * varDiff / (varMeanA * varMeanA / (sa.n - 1) + varMeanB * varMeanB / (sb.n - 1));
    r.tStatistic = r.difference / r.standardError;
    const double critical = studentTQuantile(0.5 + confidence / 2.0, r.df);
    r.ciLow = r.difference - critical * r.standardError;
    r.ciHigh = r.difference + critical * r.standardError;
    r.pTwoSided = std::min(1.0, 2.0 * studentTCdf(-std::abs(r.tStatistic), r.df));
    return r;
}

QVector<double> ranks(const QVector<double> &values)
{
    QVector<double> out(values.size(), qQNaN());
    QVector<qsizetype> order;
    order.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i]))
            order.append(i);
    }
    std::sort(order.begin(), order.end(),
              [&values](qsizetype l, qsizetype r) { return values[l] < values[r]; });

    qsizetype first = 0;
    while (first < order.size()) {
        qsizetype last = first;
        while (last + 1 < order.size() && values[order[last + 1]] == values[order[first]])
            ++last;
        // Positions first..last (0-based) share the mean of ranks first+1..last+1.
        const double shared = (static_cast<double>(first) + static_cast<double>(last)) / 2.0 + 1.0;
        for (qsizetype k = first; k <= last; ++k)
            out[order[k]] = shared;
        first = last + 1;
    }
    return out;
}

Correlation spearman(const QVector<double> &x, const QVector<double> &y)
{
    Correlation c;
    if (x.size() != y.size()) {
        c.error = QStringLiteral("Spearman correlation needs paired series of equal length "
                                 "(x has %1 values, y has %2)")
                      .arg(x.size())
                      .arg(y.size());
        return c;
    }

    QVector<double> px;
    QVector<double> py;
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i])) {
            px.append(x[i]);
            py.append(y[i]);
        }
    }
    c.n = static_cast<int>(px.size());
    if (c.n < 3) {
        c.error = QStringLiteral("Spearman correlation needs at least 3 complete pairs (got %1)")
                      .arg(c.n);
        return c;
    }

    const QVector<double> rx = ranks(px);
    const QVector<double> ry = ranks(py);
    const double meanRank = (c.n + 1) / 2.0; // the average of ranks 1..n, ties or not
    double sxy = 0.0;
    double sxx = 0.0;
    double syy = 0.0;
    for (int i = 0; i < c.n; ++i) {
        const double dx = rx[i] - meanRank;
        const double dy = ry[i] - meanRank;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx == 0.0 || syy == 0.0) {
        c.error = QStringLiteral("Spearman correlation is undefined: the %1 series is constant")
                      .arg(sxx == 0.0 ? QStringLiteral("x") : QStringLiteral("y"));
        return c;
    }

    c.valid = true;
    c.rho = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
    // With t = rho sqrt(df / (1 - rho^2)), df / (df + t^2) simplifies to 1 - rho^2.
    const double df = c.n - 2.0;
    const double rho2 = c.rho * c.rho;
    // I_{1 - rho^2}(df/2, 1/2), written as the complement so small rho keeps its precision.
    c.pTwoSided = boost::math::ibetac(0.5, df / 2.0, rho2, Policy());
    return c;
}

double laggedCorrelation(const QVector<double> &x, const QVector<double> &y, int lag, int shift,
                         int *pairs)
{
    const int n = int(x.size());
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    int count = 0;
    for (int i = lag; i < n; ++i) {
        const double a = x[((i - lag - shift) % n + n) % n];
        const double b = y[i];
        if (!std::isfinite(a) || !std::isfinite(b))
            continue;
        ++count;
        sx += a;
        sy += b;
        sxx += a * a;
        syy += b * b;
        sxy += a * b;
    }
    *pairs = count;
    if (count < 3)
        return qQNaN();
    const double vx = sxx - sx * sx / count;
    const double vy = syy - sy * sy / count;
    if (!(vx > 0) || !(vy > 0))
        return qQNaN();
    return (sxy - sx * sy / count) / std::sqrt(vx * vy);
}

namespace {

// Pearson correlation of x[(i + shift) % n] with y[i] over the days both are finite.
double shiftedCorrelation(const QVector<double> &x, const QVector<double> &y, int shift)
{
    int pairs = 0;
    return laggedCorrelation(x, y, 0, -shift, &pairs);
}

} // namespace

ShiftTest circularShiftTest(const QVector<double> &x, const QVector<double> &y, int minShift,
                            int minimumShifts)
{
    ShiftTest t;
    const int n = int(qMin(x.size(), y.size()));
    const int shifts = n - 2 * minShift + 1;
    if (n == 0 || x.size() != y.size() || minShift < 1 || shifts < qMax(1, minimumShifts))
        return t;
    const QVector<double> rx = ranks(x);
    const QVector<double> ry = ranks(y);
    t.statistic = shiftedCorrelation(rx, ry, 0);
    if (!std::isfinite(t.statistic))
        return t;
    const double bar = std::abs(t.statistic) - 1e-12;
    for (int s = minShift; s <= n - minShift; ++s) {
        const double r = shiftedCorrelation(rx, ry, s);
        if (!std::isfinite(r))
            continue;
        ++t.shifts;
        t.asExtreme += std::abs(r) >= bar;
    }
    if (t.shifts < minimumShifts)
        return t;
    t.valid = true;
    t.pTwoSided = double(1 + t.asExtreme) / (1 + t.shifts);
    return t;
}

QVector<double> rollingMean(const QVector<double> &daily, int window, int minValues,
                            bool gapsStayGaps)
{
    QVector<double> out(daily.size(), qQNaN());
    if (window < 1)
        return out;
    const int required = std::max(1, minValues);

    for (qsizetype i = 0; i < daily.size(); ++i) {
        if (gapsStayGaps && !std::isfinite(daily[i]))
            continue;
        // Summed afresh per window rather than as a running total, so no rounding drift builds
        // up over a long diary.
        double sum = 0.0;
        int count = 0;
        for (qsizetype j = std::max<qsizetype>(0, i - window + 1); j <= i; ++j) {
            if (std::isfinite(daily[j])) {
                sum += daily[j];
                ++count;
            }
        }
        if (count >= required)
            out[i] = sum / count;
    }
    return out;
}

} // namespace fc::stats
