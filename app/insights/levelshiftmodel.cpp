#include "insights/levelshiftmodel.h"

#include "insights/statistics.h"
#include "insights/studentttable.h"

#include <algorithm>
#include <cmath>

namespace fc::stats {

namespace {

// The grid the posterior is summed over. phi: midpoints of 20 equal steps on [0, 0.95] (40 gave
// the same calibration table to 0.4 points); negative day-to-day correlation is not seen in
// symptom diaries, and prior mass there only narrows the interval. Above 0.95 a diary drifts like
// a random walk and a before/after level has little meaning; a grid up to 0.995 widened the
// interval of the 0.6-0.8 diaries so much that no prior reached 60% power with at most 6% false
// alarms at phi 0.8 (best: 59.6% at 5.8%). Noise share: the part of the day-to-day variance that
// does not carry over to the next day. Whole-number scores alone put it near 0.05 (rounding adds
// 1/12 point^2 to a typical 1.3^2); {0, 0.05, 0.1} gave the same table.
constexpr int kPhiSteps = 20;
constexpr double kPhiMax = 0.95;
constexpr double kNoiseShares[] = {0.0, 0.08};
// The prior (1 - phi^2)^-kPriorPower leans towards persistence: with 14 to 30 days the restricted
// likelihood still favours too small a phi. Over the 18 designs of docs/insights.md, power 0.5
// gave 6.1% false alarms at phi 0.8 (8.3% in the shortest gappy design); power 1.0 gave 5.3% but
// found a real 30% fall in 58% of diaries instead of 61%.
constexpr double kPriorPower = 0.7;
// The lightest components, together under this share of the posterior, change no probability
// shown by more than it (they are renormalised away), and each one kept costs a t distribution
// evaluation per probability.
constexpr double kNegligibleMass = 1e-4;

// Columns of the regression: the usual level, the shift on treatment days and, when ramp-up days
// were logged, a level of their own (a nuisance: the model stays continuous across the ramp-up,
// so a start whose first weeks are left out still links the days before to the days after).
constexpr int kMaxColumns = 3;

struct Sums
{
    double xx[kMaxColumns][kMaxColumns] = {};
    double xy[kMaxColumns] = {};
    double yy = 0;
    double logDet = 0;
};

// Whitens the columns and the values with the Kalman filter of the AR(1)-plus-noise model at unit
// variance and accumulates the cross products of the whitened columns. The filter is linear, so
// running it on each column is the Cholesky factor of the correlation matrix applied to it.
// Innovations are weighted by 1/f instead of scaled by 1/sqrt(f): the same sums, no square roots.
Sums whitenedSums(const QVector<DailyValue> &days, int columns, double phi, double noiseShare)
{
    const double carried = 1.0 - noiseShare;
    Sums s;
    double predicted[kMaxColumns] = {};
    double predictedValue = 0;
    double p = carried; // variance of the AR part's prediction
    double determinant = 1.0;
    for (int k = 0; k < days.size(); ++k) {
        const DailyValue &d = days[k];
        if (k > 0) {
            const int gap = d.day - days[k - 1].day;
            const double r = gap == 1 ? phi : std::pow(phi, gap);
            for (int c = 0; c < columns; ++c)
                predicted[c] *= r;
            predictedValue *= r;
            p = r * r * p + carried * (1.0 - r * r);
        }
        const double f = p + noiseShare;
        const double weight = 1.0 / f;
        const double x[kMaxColumns] = {1.0, d.treated ? 1.0 : 0.0, d.rampUp ? 1.0 : 0.0};
        double v[kMaxColumns];
        for (int c = 0; c < columns; ++c)
            v[c] = x[c] - predicted[c];
        const double vy = d.value - predictedValue;
        for (int i = 0; i < columns; ++i) {
            for (int j = i; j < columns; ++j)
                s.xx[i][j] += weight * v[i] * v[j];
            s.xy[i] += weight * v[i] * vy;
        }
        s.yy += weight * vy * vy;
        // log det V = sum log f, taken in batches so the product cannot underflow.
        determinant *= f;
        if (determinant < 1e-200) {
            s.logDet += std::log(determinant);
            determinant = 1.0;
        }
        const double gain = p * weight;
        for (int c = 0; c < columns; ++c)
            predicted[c] += gain * v[c];
        predictedValue += gain * vy;
        p *= noiseShare * weight;
    }
    s.logDet += std::log(determinant);
    for (int i = 0; i < columns; ++i) {
        for (int j = 0; j < i; ++j)
            s.xx[i][j] = s.xx[j][i];
    }
    return s;
}

// Inverse and log determinant of a small symmetric positive definite matrix by Cholesky; false
// when it is not positive definite (a column that the days cannot tell from the others).
bool invertSymmetric(int n, const double (&a)[kMaxColumns][kMaxColumns],
                     double (&inverse)[kMaxColumns][kMaxColumns], double *logDet)
{
    double l[kMaxColumns][kMaxColumns] = {};
    *logDet = 0;
    for (int j = 0; j < n; ++j) {
        double d = a[j][j];
        for (int k = 0; k < j; ++k)
            d -= l[j][k] * l[j][k];
        if (!(d > 1e-12 * std::max(1.0, a[j][j])))
            return false;
        l[j][j] = std::sqrt(d);
        *logDet += std::log(d);
        for (int i = j + 1; i < n; ++i) {
            double v = a[i][j];
            for (int k = 0; k < j; ++k)
                v -= l[i][k] * l[j][k];
            l[i][j] = v / l[j][j];
        }
    }
    // inverse = L^-T L^-1, column by column of the identity.
    for (int col = 0; col < n; ++col) {
        double y[kMaxColumns] = {};
        for (int i = 0; i < n; ++i) {
            double v = i == col ? 1.0 : 0.0;
            for (int k = 0; k < i; ++k)
                v -= l[i][k] * y[k];
            y[i] = v / l[i][i];
        }
        for (int i = n - 1; i >= 0; --i) {
            double v = y[i];
            for (int k = i + 1; k < n; ++k)
                v -= l[k][i] * inverse[k][col];
            inverse[i][col] = v / l[i][i];
        }
    }
    return true;
}

} // namespace

LevelShiftPosterior LevelShiftPosterior::fit(QVector<DailyValue> days)
{
    days.erase(std::remove_if(days.begin(), days.end(),
                              [](const DailyValue &d) { return !std::isfinite(d.value); }),
               days.end());
    std::sort(days.begin(), days.end(),
              [](const DailyValue &a, const DailyValue &b) { return a.day < b.day; });
    const int treated =
        int(std::count_if(days.begin(), days.end(), [](const DailyValue &d) { return d.treated; }));
    const int ramp =
        int(std::count_if(days.begin(), days.end(), [](const DailyValue &d) { return d.rampUp; }));
    LevelShiftPosterior out;
    if (treated < 2 || days.size() - treated - ramp < 2)
        return out;
    const int columns = ramp > 0 ? 3 : 2;
    // Subtracting the first value keeps the sums small; the level is added back below.
    const double origin = days.first().value;
    for (DailyValue &d : days)
        d.value -= origin;

    const int n = int(days.size());
    const int df = n - columns;
    if (df < 1)
        return out;
    QVector<Component> components;
    QVector<double> logWeights;
    for (double noise : kNoiseShares) {
        for (int i = 0; i < kPhiSteps; ++i) {
            const double phi = kPhiMax * (i + 0.5) / kPhiSteps;
            const Sums s = whitenedSums(days, columns, phi, noise);
            double inv[kMaxColumns][kMaxColumns];
            double logDetXx = 0;
            if (!invertSymmetric(columns, s.xx, inv, &logDetXx))
                continue;
            double b[kMaxColumns] = {};
            double explained = 0;
            for (int r = 0; r < columns; ++r) {
                for (int c = 0; c < columns; ++c)
                    b[r] += inv[r][c] * s.xy[c];
                explained += b[r] * s.xy[r];
            }
            // Every day the same: no spread to learn from; a tiny floor keeps the sums finite.
            const double rss = std::max(s.yy - explained, 1e-9 * (1.0 + s.yy));
            const double s2 = rss / df;
            // Restricted (REML) likelihood with sigma integrated out, times the prior on phi.
            logWeights << -kPriorPower * std::log1p(-phi * phi) - 0.5 * s.logDet - 0.5 * logDetXx -
                              0.5 * df * std::log(rss);
            components << Component{
                phi, b[0] + origin, b[1], s2 * inv[0][0], s2 * inv[1][1], s2 * inv[0][1]};
        }
    }
    if (components.isEmpty())
        return out;
    const double top = *std::max_element(logWeights.begin(), logWeights.end());
    double total = 0;
    for (int i = 0; i < components.size(); ++i)
        total += std::exp(logWeights[i] - top);
    // weight temporarily holds phi; replace it with the normalised posterior weight.
    double phiMean = 0;
    for (int i = 0; i < components.size(); ++i) {
        const double w = std::exp(logWeights[i] - top) / total;
        phiMean += w * components[i].weight;
        components[i].weight = w;
    }
    std::sort(components.begin(), components.end(),
              [](const Component &a, const Component &b) { return a.weight > b.weight; });
    double tail = 0;
    while (components.size() > 1 && tail + components.last().weight < kNegligibleMass) {
        tail += components.last().weight;
        components.removeLast();
    }
    double kept = 0;
    for (const Component &c : components)
        kept += c.weight;
    const double tVarianceFactor = df > 2 ? double(df) / (df - 2) : 3.0;
    double level = 0, shift = 0, second = 0;
    for (Component &c : components) {
        c.weight /= kept;
        level += c.weight * c.level;
        shift += c.weight * c.shift;
        second += c.weight * (c.shiftVariance * tVarianceFactor + c.shift * c.shift);
    }
    out.m_components = components;
    out.m_n = n;
    out.m_degreesOfFreedom = df;
    out.m_level = level;
    out.m_shift = shift;
    out.m_phi = phiMean;
    out.m_sd = std::sqrt(std::max(0.0, second - shift * shift));
    return out;
}

double LevelShiftPosterior::probabilityBelow(double threshold, double fractionOfLevel) const
{
    if (!valid())
        return qQNaN();
    const StudentTTable &t = StudentTTable::forDegreesOfFreedom(m_degreesOfFreedom);
    double p = 0;
    for (const Component &c : m_components) {
        const double mean = c.shift + fractionOfLevel * c.level;
        const double variance = c.shiftVariance +
                                fractionOfLevel * fractionOfLevel * c.levelVariance +
                                2 * fractionOfLevel * c.covariance;
        p += c.weight * t.cdf((threshold - mean) / std::sqrt(std::max(variance, 1e-300)));
    }
    return std::clamp(p, 0.0, 1.0);
}

double LevelShiftPosterior::pTwoSided() const
{
    const double below = probabilityBelow(0.0);
    return std::min(1.0, 2.0 * std::min(below, 1.0 - below));
}

double LevelShiftPosterior::shiftQuantile(double probability) const
{
    if (!valid() || !(probability > 0 && probability < 1))
        return qQNaN();
    // Newton's method on the mixture's distribution function from the Student t approximation,
    // usually two or three steps. Every evaluation narrows a bracket [lo, hi]; a step that
    // leaves it bisects instead (or widens by the spread while a side is still open), so it
    // cannot run away.
    const double spread = std::max(m_sd, 1e-9);
    double lo = -qInf();
    double hi = qInf();
    double x = m_shift + studentTQuantile(probability, m_degreesOfFreedom) * spread;
    const StudentTTable &t = StudentTTable::forDegreesOfFreedom(m_degreesOfFreedom);
    for (int i = 0; i < 200; ++i) {
        double cdf = 0, density = 0;
        for (const Component &c : m_components) {
            const double scale = std::sqrt(c.shiftVariance);
            const double z = (x - c.shift) / scale;
            cdf += c.weight * t.cdf(z);
            density += c.weight * t.density(z) / scale;
        }
        if (std::abs(cdf - probability) < 1e-6 || hi - lo < 1e-9 * spread)
            return x;
        (cdf < probability ? lo : hi) = x;
        double next = density > 0 ? x - (cdf - probability) / density : qQNaN();
        if (!(next > lo && next < hi)) {
            if (std::isinf(lo))
                next = hi - spread;
            else if (std::isinf(hi))
                next = lo + spread;
            else
                next = 0.5 * (lo + hi);
        }
        x = next;
    }
    return x;
}

} // namespace fc::stats
