// Trial-effect calibration and speed. The calibration rows run computeTrialEffect over seeded
// simulated diaries (tests/simulation) and print how often an inert treatment is called
// significant (pooled over the 18 designs of calibrationDesigns(), and in the hardest one), how
// often a real 30% fall is found, and how often a start on a bad stretch is called "better"; their
// time column is the time of the whole scenario. The speed row computes every insight of 10 years x
// 12 symptoms x 30 trials.
#include "diarysimulation.h"
#include "insights/insightsengine.h"
#include "support/benchmark.h"

#include <QLocale>
#include <cmath>
#include <random>

namespace {

using fc::bench::percentText;
using fc::simulation::CalibrationCounts;
using fc::simulation::DiaryScenario;

constexpr int kDiaries = 3000;
constexpr int kDiariesPerDesign = 200; // 3600 diaries a row

void calibrationRow(fc::bench::Bench &bench, const QString &name, const DiaryScenario &s,
                    quint64 seed, bool power)
{
    CalibrationCounts c;
    // Two statements: the figures exist only after the run.
    fc::bench::Row &row = bench.measure(
        name, 1, [&] { c = fc::simulation::runScenario(s, kDiaries, seed); }, 0);
    row.memory = power ? QStringLiteral("found %1, interval covers %2")
                             .arg(percentText(c.percent(c.significantBetter)),
                                  percentText(c.percent(c.intervalHoldsTruth)))
                       : QStringLiteral("false alarms %1 (better %2)")
                             .arg(percentText(c.percent(c.significant)),
                                  percentText(c.percent(c.significantBetter)));
}

} // namespace

FC_BENCHMARK(trialEffectCalibration)
{
    for (double phi : {0.0, 0.3, 0.6, 0.8}) {
        CalibrationCounts c;
        fc::bench::Row &row = bench.measure(
            QStringLiteral("no effect, 18 designs pooled, phi %1")
                .arg(QLocale::c().toString(phi, 'f', 1)),
            1,
            [&] {
                c = fc::simulation::runDesignMix(phi, kDiariesPerDesign, 100 + quint64(phi * 10));
            },
            0);
        row.memory = QStringLiteral("false alarms %1 (better %2)")
                         .arg(percentText(c.percent(c.significant)),
                              percentText(c.percent(c.significantBetter)));
    }
    DiaryScenario corner;
    corner.autocorrelation = 0.8;
    corner.baselineDays = 14;
    corner.treatmentDays = 21;
    corner.missingShare = 1.0 / 3.0;
    calibrationRow(bench, QStringLiteral("no effect, 14+21 days, third missing, phi 0.8"), corner,
                   180, false);
    DiaryScenario bad;
    bad.startAfterWorstStretch = true;
    calibrationRow(bench, QStringLiteral("no effect, start after worst 3 of 60 days, phi 0.6"), bad,
                   300, false);
    DiaryScenario drop;
    drop.effectFraction = -0.3;
    calibrationRow(bench, QStringLiteral("30% fall, 14+35 days, phi 0.6, SD 1.3"), drop, 400, true);
    drop.rampUpDays = 7;
    calibrationRow(bench, QStringLiteral("30% fall, 14+35 days with a 7-day ramp-up, phi 0.6"),
                   drop, 500, true);
}

FC_BENCHMARK(insightsTenYears)
{
    // 10 years of 12 daily series and 30 trials of 3 to 12 weeks, spread over the decade.
    std::mt19937_64 rng(5);
    std::normal_distribution<double> normal(0.0, 1.0);
    QVector<fc::Symptom> symptoms;
    for (int k = 0; k < 12; ++k) {
        fc::Symptom s;
        s.key = QStringLiteral("s%1").arg(k);
        s.name = QStringLiteral("Symptom %1").arg(k);
        symptoms << s;
    }
    const QDate today(2026, 6, 30);
    const QDate first = today.addYears(-10);
    QVector<fc::CheckIn> checkIns;
    QVector<double> state(12, 0.0);
    for (QDate d = first; d <= today; d = d.addDays(1)) {
        fc::CheckIn c;
        c.day = d;
        for (int k = 0; k < 12; ++k) {
            state[k] = 0.6 * state[k] + 1.0 * normal(rng);
            c.scores.insert(symptoms[k].key, int(std::clamp(std::round(5 + state[k]), 0.0, 10.0)));
        }
        checkIns << c;
    }
    QVector<fc::Trial> trials;
    for (int i = 0; i < 30; ++i) {
        fc::Trial t;
        t.id = i + 1;
        t.treatmentKey = QStringLiteral("t%1").arg(i);
        t.treatmentName = QStringLiteral("Treatment %1").arg(i);
        t.start = first.addDays(90 + i * 115);
        t.stop = t.start.addDays(21 + (i * 13) % 64);
        trials << t;
    }
    const fc::JournalSeries series = fc::JournalSeries::build(checkIns, symptoms, first, today);
    fc::InsightsEngine::Options options;
    options.today = today;
    int results = 0;
    fc::bench::Row &row =
        bench.measure(QStringLiteral("insights: 10 years x 12 symptoms x 30 trials"), 5, [&] {
            const fc::InsightsEngine engine(series, trials, {}, nullptr, options);
            results = int(engine.trialEffects().size());
        });
    row.memory = QStringLiteral("%1 results").arg(results);
}
