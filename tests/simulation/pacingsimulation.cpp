#include "pacingsimulation.h"

#include "insights/lagscan.h"
#include "insights/pacingenvelope.h"
#include "insights/pacinglags.h"
#include "insights/statistics.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace fc::simulation {

QVector<double> ar1(std::mt19937_64 &rng, int days, double phi)
{
    std::normal_distribution<double> noise(0.0, 1.0);
    QVector<double> out(days);
    double v = noise(rng) / std::sqrt(1 - phi * phi);
    for (int i = 0; i < days; ++i) {
        v = phi * v + noise(rng);
        out[i] = v;
    }
    return out;
}

namespace {

PacingDiary simulate(std::mt19937_64 &rng, int days, double effect, int delay)
{
    PacingDiary d;
    d.loads << ar1(rng, days, 0.5) << ar1(rng, days, 0.5);
    QVector<double> fatigue = ar1(rng, days, 0.7);
    QVector<double> pain = ar1(rng, days, 0.7);
    for (int i = delay; i < days; ++i) {
        fatigue[i] += effect * d.loads[0][i - delay];
        pain[i] += 0.5 * effect * d.loads[0][i - delay];
    }
    QVector<double> crash(days);
    for (int i = 0; i < days; ++i)
        crash[i] = fatigue[i] > 1.5 ? 1 : 0;
    d.outcomes << fatigue << pain << crash;
    std::bernoulli_distribution missing(0.2);
    for (auto *list : {&d.loads, &d.outcomes})
        for (QVector<double> &s : *list)
            for (double &v : s)
                if (missing(rng))
                    v = qQNaN();
    return d;
}

bool clear(const stats::LagPair &p)
{
    return p.bestLag >= 0 && p.pAdjusted <= PacingLags::clearP && p.statistic > 0;
}

} // namespace

PacingDiary pacingDiary(quint64 seed, int days, double effect, int delay)
{
    std::mt19937_64 rng(seed);
    return simulate(rng, days, effect, delay);
}

PacingCalibration calibratePacing(quint64 seed, int diaries, int days, double effect, int delay)
{
    std::mt19937_64 rng(seed);
    PacingCalibration c;
    for (int n = 0; n < diaries; ++n) {
        const PacingDiary d = simulate(rng, days, effect, delay);
        const stats::LagScan scan = stats::lagScan(d.loads, d.outcomes, PacingLags::maximumLag);
        if (!scan.valid)
            continue;
        ++c.diaries;
        c.reported += std::any_of(scan.pairs.cbegin(), scan.pairs.cend(), clear);
        // Pairs are load by load: [0] is the first load with fatigue, [3] the second.
        if (clear(scan.pairs[0])) {
            ++c.found;
            c.atDelay += scan.pairs[0].bestLag == delay;
        }
        c.blamed += clear(scan.pairs[3]);
        bool naive = false;
        for (const QVector<double> &x : d.loads)
            for (const QVector<double> &y : d.outcomes)
                for (int lag = 0; lag <= PacingLags::maximumLag; ++lag) {
                    QVector<double> earlier(x.size(), qQNaN());
                    for (int i = lag; i < x.size(); ++i)
                        earlier[i] = x[i - lag];
                    const stats::Correlation r = stats::spearman(earlier, y);
                    naive = naive || (r.valid && r.pTwoSided < 0.05 && r.rho > 0);
                }
        c.naiveReported += naive;
    }
    return c;
}

EnvelopeCalibration calibrateEnvelope(quint64 seed, int diaries, int days, bool linked,
                                      double limit)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    EnvelopeCalibration c;
    for (int n = 0; n < diaries; ++n) {
        const QVector<double> level = ar1(rng, days, 0.4);
        QVector<double> load(days), bad(days);
        for (int i = 0; i < days; ++i)
            load[i] = std::clamp(std::round(5 + 2.2 * level[i]), 0.0, 10.0);
        for (int i = 0; i < days; ++i) {
            const bool strained = linked && i >= 2 && load[i - 2] > limit;
            bad[i] = u(rng) < (strained ? 0.7 : 0.2) ? 1 : 0;
            if (u(rng) < 0.1)
                bad[i] = qQNaN();
        }
        const PacingEnvelope e = PacingEnvelope::search(load, bad);
        ++c.diaries;
        if (e.found) {
            ++c.found;
            c.near += std::abs(e.limit - limit) <= 1;
        }
    }
    return c;
}

} // namespace fc::simulation
