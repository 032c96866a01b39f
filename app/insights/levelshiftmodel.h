#pragma once

#include <QVector>
#include <QtNumeric>

// "Did the level of a daily score change when the treatment started?", answered with a model that
// knows days in a row are alike. The score is a level plus a shift on treatment days plus an
// AR(1) process (each day pulls towards the day before) plus a little white noise (the rounding
// of whole-number scores, and the wobble of rating one's own day):
//
//     y_t = level + shift * onTreatment_t + x_t + e_t,   x_t = phi * x_{t-1} + u_t
//
// The posterior of shift is computed with flat priors on level and shift, 1/sigma on the scale,
// a prior on phi that leans towards persistence ((1 - phi^2)^-0.7 on [0, 0.95]) and a small
// grid of noise shares. Given phi and the noise share the posterior of (level, shift) is a
// Student t (exact, by a Kalman filter over the days, gaps included); over them it is a mixture
// weighted by the restricted likelihood, which is what keeps the interval honest when phi is
// underestimated from a short series. See docs/insights.md for the reasoning, the references
// and the calibration table.
namespace fc::stats {

struct DailyValue
{
    int day = 0;            // any increasing day number; gaps are missing days
    double value = qQNaN(); // non-finite values are skipped
    bool treated = false;
    bool rampUp = false; // on the treatment but before its full effect: a level of its own
};

class LevelShiftPosterior
{
public:
    // Needs at least two finite values before and two on the treatment; valid() is false
    // otherwise.
    static LevelShiftPosterior fit(QVector<DailyValue> days);

    bool valid() const { return !m_components.isEmpty(); }
    int observations() const { return m_n; }
    double level() const { return m_level; }         // posterior mean, untreated days
    double shift() const { return m_shift; }         // posterior mean of the change
    double autocorrelation() const { return m_phi; } // posterior mean of phi
    double shiftStandardDeviation() const { return m_sd; }

    // P(shift + fraction * level < threshold); with fraction = 0.3 and threshold = 0 this is the
    // chance of a fall of more than 30% of the level.
    double probabilityBelow(double threshold, double fractionOfLevel = 0.0) const;
    // The value q with P(shift <= q) = probability (0 < probability < 1).
    double shiftQuantile(double probability) const;
    // Two-sided tail probability of no change: 2 * min(P(shift < 0), P(shift > 0)).
    double pTwoSided() const;

private:
    struct Component
    {
        double weight;
        double level;
        double shift;
        double levelVariance;
        double shiftVariance;
        double covariance; // of level and shift
    };
    QVector<Component> m_components;
    int m_n = 0;
    int m_degreesOfFreedom = 0;
    double m_level = qQNaN();
    double m_shift = qQNaN();
    double m_phi = qQNaN();
    double m_sd = qQNaN();
};

} // namespace fc::stats
