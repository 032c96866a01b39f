// Planned n-of-1 tests: the schedule, the drawn order, the exact randomization test (hand-counted
// small plans), the analysis of simulated plans and the journal's storage.
#include "insights/plannedtrialanalysis.h"
#include "journal/journalstore.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace fc;

namespace {

const QDate kStart(2026, 1, 5);

PlannedTrial plan(int pairs, int periodDays, int washout, QVector<bool> order)
{
    PlannedTrial p;
    p.id = 1;
    p.treatmentKey = QStringLiteral("magnesium-l-threonate");
    p.treatmentName = QStringLiteral("Magnesium L-threonate");
    p.symptomKey = QStringLiteral("pain");
    p.start = kStart;
    p.pairs = pairs;
    p.periodDays = periodDays;
    p.washoutDays = washout;
    p.onFirst = order;
    return p;
}

QVector<Symptom> painOnly()
{
    Symptom pain;
    pain.key = QStringLiteral("pain");
    pain.name = QStringLiteral("Pain");
    return {pain};
}

// Pain for every day of the plan: base + AR(1) noise, minus `effect` on ON days.
JournalSeries simulate(const PlannedTrial &p, double effect, quint64 seed, double phi = 0.5)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    QVector<CheckIn> checkIns;
    double u = 0;
    for (int d = 0; d < p.totalDays(); ++d) {
        u = phi * u + std::sqrt(1 - phi * phi) * 1.2 * normal(rng);
        const QDate day = p.start.addDays(d);
        CheckIn c;
        c.day = day;
        const double level = 6 + u - (p.phase(day).on ? effect : 0.0);
        c.scores.insert(QStringLiteral("pain"), int(std::clamp(std::round(level), 0.0, 10.0)));
        checkIns << c;
    }
    return JournalSeries::build(checkIns, painOnly(), p.start, p.lastDay());
}

} // namespace

class TstPlannedTrial : public QObject
{
    Q_OBJECT
private slots:
    void scheduleAndPhases()
    {
        const PlannedTrial p = plan(2, 7, 2, {false, true});
        QCOMPARE(p.totalDays(), 28);
        QCOMPARE(p.lastDay(), kStart.addDays(27));
        QVERIFY(!p.phase(kStart.addDays(-1)).inPlan);
        QVERIFY(!p.phase(kStart.addDays(28)).inPlan);
        const PlannedTrial::Phase first = p.phase(kStart);
        QVERIFY(first.inPlan && !first.on && first.washout);
        QCOMPARE(first.pair, 1);
        QVERIFY(!p.phase(kStart.addDays(2)).washout);
        QVERIFY(p.phase(kStart.addDays(7)).on);   // pair 1, second period: ON
        QVERIFY(p.phase(kStart.addDays(14)).on);  // pair 2, first period: ON
        QVERIFY(!p.phase(kStart.addDays(21)).on); // pair 2, second period: OFF
        QCOMPARE(p.phase(kStart.addDays(20)).dayOfPeriod, 7);
        QCOMPARE(p.phaseText(kStart.addDays(15)),
                 QStringLiteral("Week 3 of 4: ON period (pair 2 of 2), washout day: not counted"));
        QCOMPARE(p.phaseText(kStart.addDays(23)),
                 QStringLiteral("Week 4 of 4: OFF period (pair 2 of 2)"));
        const PlannedTrial days = plan(1, 3, 0, {true});
        QCOMPARE(days.phaseText(kStart.addDays(4)),
                 QStringLiteral("Day 5 of 6: OFF period (pair 1 of 1)"));
    }

    void orderIsReproducibleAndRoundTrips()
    {
        QCOMPARE(PlannedTrial::drawOrder(42, 6), PlannedTrial::drawOrder(42, 6));
        // Over many seeds, both orders are drawn about equally often.
        int onFirst = 0;
        for (quint64 seed = 1; seed <= 500; ++seed)
            onFirst += PlannedTrial::drawOrder(seed, 4).count(true);
        QVERIFY2(onFirst > 900 && onFirst < 1100, qPrintable(QString::number(onFirst)));
        PlannedTrial p = plan(3, 14, 0, {true, false, false});
        QCOMPARE(p.orderText(), QStringLiteral("ON-OFF, OFF-ON, OFF-ON"));
        QVector<bool> back;
        QVERIFY(PlannedTrial::parseOrder(p.orderText(), &back));
        QCOMPARE(back, p.onFirst);
        QVERIFY(!PlannedTrial::parseOrder(QStringLiteral("ON-OFF, sideways"), &back));
        QCOMPARE(PlannedTrial::smallestP(3), 0.25);
        QCOMPARE(PlannedTrial::smallestP(6), 2.0 / 64);
    }

    void validation()
    {
        PlannedTrial p = plan(3, 14, 0, {true, false, true});
        QCOMPARE(p.validate(), QString());
        p.washoutDays = 13;
        QVERIFY(p.validate().contains(QLatin1String("washout")));
        p.washoutDays = 0;
        p.pairs = 11;
        QVERIFY(p.validate().contains(QLatin1String("1 to 10 pairs")));
        p.pairs = 2;
        QVERIFY(p.validate().contains(QLatin1String("order has 3 pairs")));
        p = plan(3, 1, 0, {true, false, true});
        QVERIFY(p.validate().contains(QLatin1String("2 to 56 days")));
    }

    // Two pairs, differences (first - second) 2 and 1.
    // Orders ON-OFF, OFF-ON: statistic (2 - 1) / 2 = 0.5; the four sign patterns give 1.5, 0.5,
    // -0.5, -1.5, all at least 0.5 away from 0: p = 4/4.
    // Orders ON-OFF, ON-OFF: statistic 1.5; only +-1.5 reach it: p = 2/4.
    void randomizationTestByHand()
    {
        RandomizationTest t = pairedRandomizationTest({2, 1}, {true, false});
        QCOMPARE(t.statistic, 0.5);
        QCOMPARE(t.orders, 4);
        QCOMPARE(t.p, 1.0);
        t = pairedRandomizationTest({2, 1}, {true, true});
        QCOMPARE(t.statistic, 1.5);
        QCOMPARE(t.p, 0.5);
        // Three pairs, differences 3, -1, 2, orders OFF-ON, ON-OFF, OFF-ON: ON - OFF per pair is
        // -3, -1, -2, mean -2. Of the 8 sign patterns only the all-same ones reach |2|: p = 2/8.
        t = pairedRandomizationTest({3, -1, 2}, {false, true, false});
        QCOMPARE(t.statistic, -2.0);
        QCOMPARE(t.p, 0.25);
        // Differences 1, 1, 4, all ON first: statistic 6 / 3 = 2. The other sign patterns give
        // |sums| of 2, 4, 4, 4, 4, 2 (/ 3), all below 2; with (-,-,-) two of eight reach it.
        t = pairedRandomizationTest({1, 1, 4}, {true, true, true});
        QCOMPARE(t.statistic, 2.0);
        QCOMPARE(t.p, 0.25);
        QVERIFY(std::isnan(pairedRandomizationTest({}, {}).p));
    }

    void strongEffectIsFoundAndNoEffectIsNot()
    {
        const PlannedTrial p = plan(6, 7, 1, PlannedTrial::drawOrder(7, 6));
        const PlannedTrialResult helped =
            analysePlannedTrial(p, simulate(p, 3.0, 1), p.lastDay().addDays(1));
        QCOMPARE(helped.status, PlannedTrialResult::Status::Complete);
        QCOMPARE(helped.pairsAnalysed, 6);
        QCOMPARE(helped.orders, 64);
        QCOMPARE(helped.p, 2.0 / 64);
        QVERIFY(helped.difference < -2);
        QVERIFY(helped.ciLow < helped.difference && helped.ciHigh < 0);
        QCOMPARE(helped.verdict, TrialEffect::Verdict::Helped);
        QVERIFY2(helped.sentence.startsWith(QLatin1String("Probably helped: pain was ")),
                 qPrintable(helped.sentence));
        // No effect: over 200 simulated plans, p < 0.05 at most about 5% of the time.
        int significant = 0;
        for (quint64 seed = 0; seed < 200; ++seed) {
            const PlannedTrial q = plan(6, 7, 1, PlannedTrial::drawOrder(seed + 100, 6));
            significant +=
                analysePlannedTrial(q, simulate(q, 0.0, seed, 0.7), q.lastDay()).p < 0.05;
        }
        QVERIFY2(significant <= 16, qPrintable(QString::number(significant)));
    }

    void runningPlanWaitsForTheEnd()
    {
        const PlannedTrial p = plan(3, 14, 0, {true, false, true});
        const PlannedTrialResult r =
            analysePlannedTrial(p, simulate(p, 3.0, 2), kStart.addDays(20));
        QCOMPARE(r.status, PlannedTrialResult::Status::Running);
        QVERIFY(std::isnan(r.p));
        QCOMPARE(r.verdict, TrialEffect::Verdict::NotEnoughData);
        QVERIFY(r.sentence.contains(QLatin1String("runs until")));
        const PlannedTrialResult before =
            analysePlannedTrial(p, simulate(p, 3.0, 2), kStart.addDays(-3));
        QCOMPARE(before.status, PlannedTrialResult::Status::NotStarted);
        // Three pairs can never reach p < 0.05, and the sentence says so.
        const PlannedTrialResult done = analysePlannedTrial(p, simulate(p, 3.0, 2), p.lastDay());
        QCOMPARE(done.p, 0.25);
        QVERIFY(done.verdict != TrialEffect::Verdict::Helped);
        QVERIFY(done.sentence.contains(QLatin1String("smallest p this test can give is 0.250")));
    }

    void storeRoundTrip()
    {
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const auto mag = store.trials().treatment(QStringLiteral("magnesium-l-threonate"));
        QVERIFY(mag);
        PlannedTrial p = plan(4, 14, 2, {});
        p.id = 0;
        p.treatmentId = mag->id;
        p.seed = 18446744073709551557ULL; // above SQLite's signed range
        p.onFirst = PlannedTrial::drawOrder(p.seed, p.pairs);
        FC_VERIFY_OK(store.plans().savePlan(p));
        QVERIFY(p.id > 0);
        const auto back = store.plans().plan(p.id);
        QVERIFY(back);
        QCOMPARE(back->seed, p.seed);
        QCOMPARE(back->onFirst, p.onFirst);
        QCOMPARE(back->treatmentName, mag->name);
        QCOMPARE(back->washoutDays, 2);
        PlannedTrial stopped = *back;
        stopped.stopped = kStart.addDays(30);
        FC_VERIFY_OK(store.plans().savePlan(stopped));
        QCOMPARE(store.plans().plans().size(), 1);
        QCOMPARE(store.plans().plans().first().stopped, kStart.addDays(30));
        PlannedTrial bad = stopped;
        bad.id = 0;
        bad.pairs = 0;
        QVERIFY(test::fails(store.plans().savePlan(bad), &error));
        QVERIFY(error.contains(QLatin1String("pairs")));
        QVERIFY(store.plans().deletePlan(p.id));
        QVERIFY(store.plans().plans().isEmpty());
    }
};

FC_CORE_TEST_MAIN(TstPlannedTrial)
#include "tst_plannedtrial.moc"
