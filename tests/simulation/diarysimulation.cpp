#include "diarysimulation.h"

#include "insights/journalseries.h"
#include "insights/trialeffect.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace fc::simulation {

namespace {

const QDate kFirstDay(2024, 1, 1);
constexpr int kWorstStretchHistory = 60;

// The underlying score: AR(1) with the scenario's lag-1 correlation and marginal spread,
// started from its stationary distribution.
std::vector<double> arSeries(int days, const DiaryScenario &s, std::mt19937_64 &rng)
{
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> u(std::size_t(std::max(days, 1)));
    const double innovationSd = s.dailySd * std::sqrt(1.0 - s.autocorrelation * s.autocorrelation);
    u[0] = s.dailySd * normal(rng);
    for (std::size_t t = 1; t < u.size(); ++t)
        u[t] = s.autocorrelation * u[t - 1] + innovationSd * normal(rng);
    return u;
}

// First day t >= from whose three days before are the worst 3-day stretch of the 60 before it.
int dayAfterWorstStretch(const std::vector<double> &u, int from, int until)
{
    for (int t = from; t < until; ++t) {
        const double recent = u[t - 1] + u[t - 2] + u[t - 3];
        bool worst = true;
        for (int k = t - kWorstStretchHistory; k <= t - 4 && worst; ++k)
            worst = u[k] + u[k + 1] + u[k + 2] <= recent;
        if (worst)
            return t;
    }
    return -1;
}

QVector<Symptom> painOnly()
{
    Symptom pain;
    pain.key = QStringLiteral("pain");
    pain.name = QStringLiteral("Pain");
    return {pain};
}

} // namespace

CalibrationCounts runScenario(const DiaryScenario &s, int diaries, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const QString pain = QStringLiteral("pain");
    const double trueChange = s.effectFraction * s.usualLevel;
    CalibrationCounts counts;
    while (counts.diaries < diaries) {
        const int history = s.startAfterWorstStretch ? kWorstStretchHistory : s.baselineDays;
        // With a worst-stretch start, look for one in the 120 days after the history.
        const int search = s.startAfterWorstStretch ? 120 : 0;
        const std::vector<double> u = arSeries(history + search + s.treatmentDays, s, rng);
        int start = history;
        if (s.startAfterWorstStretch) {
            start = dayAfterWorstStretch(u, history, history + search);
            if (start < 0)
                continue;
        }
        QVector<CheckIn> checkIns;
        for (int t = start - history; t < start + s.treatmentDays; ++t) {
            if (uniform(rng) < s.missingShare)
                continue;
            const double level = s.usualLevel + (t >= start ? trueChange : 0.0);
            CheckIn c;
            c.day = kFirstDay.addDays(t);
            c.scores.insert(pain,
                            int(std::clamp(std::round(level + u[std::size_t(t)]), 0.0, 10.0)));
            checkIns << c;
        }
        const QDate first = kFirstDay.addDays(start - history);
        const QDate last = kFirstDay.addDays(start + s.treatmentDays - 1);
        const JournalSeries series = JournalSeries::build(checkIns, painOnly(), first, last);
        Trial trial;
        trial.id = 1;
        trial.treatmentKey = QStringLiteral("inert");
        trial.treatmentName = QStringLiteral("Inert pill");
        trial.start = kFirstDay.addDays(start);
        trial.stop = last;
        trial.rampUpDays = s.rampUpDays;
        TrialEffectOptions options;
        options.baselineDays = kWorstStretchHistory;
        options.today = last;
        const TrialEffect e = computeTrialEffect(trial, pain, series, {trial}, options);
        if (!e.enoughData)
            continue; // a diary with fewer than 5 logged days on a side gets no number at all
        ++counts.diaries;
        if (e.p < 0.05) {
            ++counts.significant;
            if (e.difference < 0)
                ++counts.significantBetter;
        }
        counts.helped += e.verdict == TrialEffect::Verdict::Helped;
        counts.worse += e.verdict == TrialEffect::Verdict::Worse;
        counts.noClearChange += e.verdict == TrialEffect::Verdict::NoClearChange;
        counts.intervalHoldsTruth += e.ciLow <= trueChange && trueChange <= e.ciHigh;
    }
    return counts;
}

} // namespace fc::simulation

namespace fc::simulation {

CalibrationCounts &CalibrationCounts::operator+=(const CalibrationCounts &other)
{
    diaries += other.diaries;
    significant += other.significant;
    significantBetter += other.significantBetter;
    helped += other.helped;
    worse += other.worse;
    noClearChange += other.noClearChange;
    intervalHoldsTruth += other.intervalHoldsTruth;
    return *this;
}

QVector<DiaryScenario> calibrationDesigns(double autocorrelation)
{
    QVector<DiaryScenario> designs;
    for (int baseline : {14, 30, 60}) {
        for (int treatment : {21, 42, 84}) {
            for (double missing : {0.0, 1.0 / 3.0}) {
                DiaryScenario s;
                s.autocorrelation = autocorrelation;
                s.baselineDays = baseline;
                s.treatmentDays = treatment;
                s.missingShare = missing;
                designs << s;
            }
        }
    }
    return designs;
}

CalibrationCounts runDesignMix(double autocorrelation, int diariesPerDesign, quint64 seed)
{
    CalibrationCounts pooled;
    const QVector<DiaryScenario> designs = calibrationDesigns(autocorrelation);
    for (int k = 0; k < designs.size(); ++k)
        pooled += runScenario(designs[k], diariesPerDesign, seed + quint64(k));
    return pooled;
}

} // namespace fc::simulation
