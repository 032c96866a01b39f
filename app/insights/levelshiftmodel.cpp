#include "insights/levelshiftmodel.h"

#include "insights/statistics.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace fc::stats {

namespace {

// The grid the posterior is summed over. phi: midpoints of 40 equal steps on [0, 0.995];
// negative day-to-day correlation is not seen in symptom diaries, and a prior mass there only
// narrows the interval. Noise share: the part of the day-to-day variance that does not carry over
// to the next day. Whole-number scores alone put it near 0.05 (rounding adds 1/12 point^2 to a
// typical 1.3^2), hence the small values.
constexpr int kPhiSteps = 40;
constexpr double kPhiMax = 0.995;
constexpr std::array<double, 3> kNoiseShares = {0.0, 0.05, 0.1};
// The prior (1 - phi^2)^-kPriorPower leans towards persistence: with 14 to 30 days the restricted
// likelihood still favours too small a phi, and leaning the other way costs little power.
constexpr double kPriorPower = 0.75;
// Components this far below the heaviest one change no probability shown (they are renormalised
// away), and each one kept costs a t distribution evaluation per probability.
constexpr double kNegligibleWeight = 1e-3;

struct Sums
{
    double xx00 = 0, xx01 = 0, xx11 = 0, xy0 = 0, xy1 = 0, yy = 0, logDet = 0;
};

// Whitens the columns (1, treated, value) with the Kalman filter of the AR(1)-plus-noise model at
// unit variance and accumulates the cross products of the whitened columns. The filter is linear,
// so running it on each column is the Cholesky factor of the correlation matrix applied to it.
Sums whitenedSums(const QVector<DailyValue> &days, double phi, double noiseShare)
{
    const double carried = 1.0 - noiseShare;
    Sums s;
    double a0 = 0, a1 = 0, ay = 0; // predicted column values
    double p = carried;            // variance of the AR part's prediction
    for (int k = 0; k < days.size(); ++k) {
        const DailyValue &d = days[k];
        if (k > 0) {
            const int gap = d.day - days[k - 1].day;
            const double r = gap == 1 ? phi : std::pow(phi, gap);
            a0 *= r;
            a1 *= r;
            ay *= r;
            p = r * r * p + carried * (1.0 - r * r);
        }
        const double f = p + noiseShare;
        const double scale = 1.0 / std::sqrt(f);
        const double t = d.treated ? 1.0 : 0.0;
        const double v0 = (1.0 - a0) * scale;
        const double v1 = (t - a1) * scale;
        const double vy = (d.value - ay) * scale;
        s.logDet += std::log(f);
        s.xx00 += v0 * v0;
        s.xx01 += v0 * v1;
        s.xx11 += v1 * v1;
        s.xy0 += v0 * vy;
        s.xy1 += v1 * vy;
        s.yy += vy * vy;
        const double gain = p / f;
        a0 += gain * (1.0 - a0);
        a1 += gain * (t - a1);
        ay += gain * (d.value - ay);
        p *= noiseShare / f;
    }
    return s;
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
    LevelShiftPosterior out;
    if (treated < 2 || days.size() - treated < 2)
        return out;
    // Subtracting the first value keeps the sums small; the level is added back below.
    const double origin = days.first().value;
    for (DailyValue &d : days)
        d.value -= origin;

    const int n = int(days.size());
    const int df = n - 2;
    QVector<Component> components;
    QVector<double> logWeights;
    for (double noise : kNoiseShares) {
        for (int i = 0; i < kPhiSteps; ++i) {
            const double phi = kPhiMax * (i + 0.5) / kPhiSteps;
            const Sums s = whitenedSums(days, phi, noise);
            const double det = s.xx00 * s.xx11 - s.xx01 * s.xx01;
            if (!(det > 0))
                continue;
            const double i00 = s.xx11 / det, i01 = -s.xx01 / det, i11 = s.xx00 / det;
            const double b0 = i00 * s.xy0 + i01 * s.xy1;
            const double b1 = i01 * s.xy0 + i11 * s.xy1;
            // Every day the same: no spread to learn from; a tiny floor keeps the sums finite.
            const double rss = std::max(s.yy - b0 * s.xy0 - b1 * s.xy1, 1e-9 * (1.0 + s.yy));
            const double s2 = rss / df;
            // Restricted (REML) likelihood with sigma integrated out, times the prior on phi.
            logWeights << -kPriorPower * std::log1p(-phi * phi) - 0.5 * s.logDet -
                              0.5 * std::log(det) - 0.5 * df * std::log(rss);
            components << Component{phi, b0 + origin, b1, s2 * i00, s2 * i11, s2 * i01};
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
    components.erase(std::remove_if(components.begin(), components.end(),
                                    [heaviest = 1.0 / total](const Component &c) {
                                        return c.weight < kNegligibleWeight * heaviest;
                                    }),
                     components.end());
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
    double p = 0;
    for (const Component &c : m_components) {
        const double mean = c.shift + fractionOfLevel * c.level;
        const double variance = c.shiftVariance +
                                fractionOfLevel * fractionOfLevel * c.levelVariance +
                                2 * fractionOfLevel * c.covariance;
        p += c.weight * studentTCdf((threshold - mean) / std::sqrt(std::max(variance, 1e-300)),
                                    m_degreesOfFreedom);
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
    // Newton's method on the mixture's distribution function, kept inside a bracket that every
    // step narrows, so it cannot run away; it needs a handful of steps where bisection needs 40.
    const double spread = std::max(m_sd, 1e-9);
    double lo = m_shift - 6 * spread;
    double hi = m_shift + 6 * spread;
    while (probabilityBelow(lo) > probability)
        lo -= hi - lo;
    while (probabilityBelow(hi) < probability)
        hi += hi - lo;
    // Start from the normal approximation's quantile.
    const double normalQuantile = studentTQuantile(probability, qInf());
    double x = std::clamp(m_shift + normalQuantile * spread, lo, hi);
    for (int i = 0; i < 100 && hi - lo > 1e-6 * spread; ++i) {
        double cdf = 0, density = 0;
        for (const Component &c : m_components) {
            const double scale = std::sqrt(c.shiftVariance);
            const double z = (x - c.shift) / scale;
            cdf += c.weight * studentTCdf(z, m_degreesOfFreedom);
            density += c.weight * studentTDensity(z, m_degreesOfFreedom) / scale;
        }
        if (std::abs(cdf - probability) < 1e-7)
            return x;
        (cdf < probability ? lo : hi) = x;
        const double next = density > 0 ? x - (cdf - probability) / density : 0.5 * (lo + hi);
        x = next > lo && next < hi ? next : 0.5 * (lo + hi);
    }
    return x;
}

} // namespace fc::stats
