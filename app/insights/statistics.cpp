#include "insights/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace fc::stats {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kPi = 3.14159265358979323846;

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

// Continued fraction of I_x(a, b) evaluated with the modified Lentz method. Its even and odd
// terms are d_{2m} = m(b-m)x / ((a+2m-1)(a+2m)) and d_{2m+1} = -(a+m)(a+b+m)x / ((a+2m)(a+2m+1)).
// Converges quickly for x < (a+1)/(a+b+2); callers use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a)
// otherwise. The number of terms needed grows like sqrt(max(a, b)), hence the generous cap.
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int kMaxIterations = 20000;
    constexpr double kEpsilon = 1e-15;
    constexpr double kTiny = 1e-300; // keeps Lentz's ratios away from division by zero

    auto guard = [](double v) {
        return std::abs(v) < kTiny ? kTiny : v;
    };

    double c = 1.0;
    double d = 1.0 / guard(1.0 - (a + b) * x / (a + 1.0));
    double f = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double twoM = 2.0 * m;
        const double even = m * (b - m) * x / ((a + twoM - 1.0) * (a + twoM));
        d = 1.0 / guard(1.0 + even * d);
        c = guard(1.0 + even / c);
        f *= d * c;

        const double odd = -(a + m) * (a + b + m) * x / ((a + twoM) * (a + twoM + 1.0));
        d = 1.0 / guard(1.0 + odd * d);
        c = guard(1.0 + odd / c);
        const double delta = d * c;
        f *= delta;
        if (std::abs(delta - 1.0) < kEpsilon)
            break;
    }
    return f;
}

// y must be 1 - x; passing it separately keeps precision when x is close to 1.
double betaRegularized(double a, double b, double x, double y)
{
    if (x <= 0.0)
        return 0.0;
    if (y <= 0.0)
        return 1.0;
    const double logFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log(y);
    const double front = std::exp(logFront);
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, y) / b;
}

// P(|T| >= |t|). Written via I_{df/(df+t^2)}(df/2, 1/2) directly so tiny p-values keep their
// relative precision instead of being 1 - (something close to 1).
double twoSidedTail(double t, double df)
{
    if (std::isinf(t))
        return 0.0;
    if (std::isinf(df))
        return std::erfc(std::abs(t) / std::sqrt(2.0));
    const double t2 = t * t;
    if (std::isinf(t2))
        return 0.0;
    return betaRegularized(df / 2.0, 0.5, df / (df + t2), t2 / (df + t2));
}

double studentTDensity(double t, double df)
{
    if (std::isinf(df))
        return std::exp(-0.5 * t * t) / std::sqrt(2.0 * kPi);
    const double logDensity = std::lgamma((df + 1.0) / 2.0) - std::lgamma(df / 2.0) -
                              0.5 * std::log(df * kPi) - (df + 1.0) / 2.0 * std::log1p(t * t / df);
    return std::exp(logDensity);
}

// t >= 0 with P(T > t) = upper, for 0 < upper <= 0.5. Bracketed Newton: Newton steps while they
// stay inside the bracket, bisection otherwise, so it cannot diverge.
double upperTailQuantile(double upper, double df)
{
    auto excess = [df, upper](double t) {
        return 0.5 * twoSidedTail(t, df) - upper;
    };

    double lo = 0.0;
    double hi = 1.0;
    while (excess(hi) > 0.0) {
        lo = hi;
        hi *= 2.0;
        if (std::isinf(hi))
            return kInf; // quantile beyond the double range (tiny p with very small df)
    }

    double t = 0.5 * (lo + hi);
    for (int i = 0; i < 200; ++i) {
        const double f = excess(t);
        if (f == 0.0)
            return t;
        if (f > 0.0) // the tail is decreasing in t: still too much mass above t
            lo = t;
        else
            hi = t;
        const double density = studentTDensity(t, df);
        double next = density > 0.0 ? t + f / density : lo;
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        if (std::abs(next - t) <= 1e-15 * std::max(1.0, t) || hi - lo <= 1e-15 * hi)
            return next;
        t = next;
    }
    return t;
}

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
    return betaRegularized(a, b, x, 1.0 - x);
}

double studentTCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return qQNaN();
    const double halfTail = 0.5 * twoSidedTail(t, df);
    return t > 0.0 ? 1.0 - halfTail : halfTail;
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
    // For p in (0.5, 1), 1 - p is exact in binary floating point.
    return p < 0.5 ? -upperTailQuantile(p, df) : upperTailQuantile(1.0 - p, df);
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
    r.pTwoSided = twoSidedTail(r.tStatistic, r.df);
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
    c.pTwoSided = betaRegularized(df / 2.0, 0.5, 1.0 - rho2, rho2);
    return c;
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
