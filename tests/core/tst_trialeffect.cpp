#include "insights/trialeffect.h"
#include "testsuites.h"

#include <QTest>
#include <cmath>

using namespace fc;

namespace {

const QDate kDay0(2025, 3, 1);

QVector<Symptom> symptoms()
{
    Symptom pain;
    pain.key = QStringLiteral("pain");
    pain.name = QStringLiteral("Pain");
    Symptom fatigue;
    fatigue.key = QStringLiteral("fatigue");
    fatigue.name = QStringLiteral("Fatigue");
    Symptom sleep;
    sleep.key = QStringLiteral("sleep");
    sleep.name = QStringLiteral("Sleep quality");
    sleep.higherIsBetter = true;
    Symptom mood;
    mood.key = QStringLiteral("mood");
    mood.name = QStringLiteral("Mood");
    mood.higherIsBetter = true;
    return {pain, fatigue, sleep, mood};
}

// values[i] is the score of day kDay0 + i for key; a negative value leaves the day unlogged.
JournalSeries seriesOf(const QString &key, const QVector<int> &values)
{
    QVector<CheckIn> checkIns;
    for (int i = 0; i < values.size(); ++i) {
        if (values[i] < 0)
            continue;
        CheckIn c;
        c.day = kDay0.addDays(i);
        c.scores.insert(key, values[i]);
        checkIns << c;
    }
    return JournalSeries::build(checkIns, symptoms(), kDay0, kDay0.addDays(values.size() + 30));
}

Trial trialOf(qint64 id, int startOffset, int stopOffset, int rampUp)
{
    Trial t;
    t.id = id;
    t.treatmentKey = QStringLiteral("low-dose-naltrexone");
    t.treatmentName = QStringLiteral("Low-dose naltrexone (LDN)");
    t.dose = 4.5;
    t.unit = QStringLiteral("mg");
    t.start = kDay0.addDays(startOffset);
    if (stopOffset >= 0)
        t.stop = kDay0.addDays(stopOffset);
    t.rampUpDays = rampUp;
    return t;
}

TrialEffectOptions options(int baselineDays, int todayOffset = 200)
{
    TrialEffectOptions o;
    o.baselineDays = baselineDays;
    o.today = kDay0.addDays(todayOffset);
    return o;
}

} // namespace

class TstTrialEffect : public QObject
{
    Q_OBJECT
private slots:
    void levelShiftOnAShortDiary();
    void titleCaseNamesAreKept();
    void sentenceWithStudy();
    void knownThirtyPercentDrop();
    void trialOnFirstLoggedDay();
    void treatmentWindowTooShort();
    void bothWindowsShort();
    void openEndedTrialRunsToToday();
    void stoppedDuringRampUp();
    void overlappingTrialsAreFlagged();
    void missingDaysAreFlagged();
    void higherIsBetterDirection();
    void immpactLabels_data();
    void immpactLabels();
    void unchangedSymptom();
};

// Baseline 4,6,5,5,5 (mean 5), treatment 3,3,4,2,3 (mean 3): the level-shift model's estimate
// stays near the plain difference of -2, and every figure agrees with every other.
void TstTrialEffect::levelShiftOnAShortDiary()
{
    // Days 0-6 baseline (two unlogged), trial from day 7 to day 11 without ramp-up.
    const JournalSeries s =
        seriesOf(QStringLiteral("pain"), {4, -1, 6, 5, -1, 5, 5, 3, 3, 4, 2, 3});
    const Trial t = trialOf(1, 7, 11, 0);
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(7));
    QVERIFY(e.enoughData);
    QCOMPARE(e.baselineFrom, kDay0);
    QCOMPARE(e.baselineTo, kDay0.addDays(6));
    QCOMPARE(e.treatmentFrom, kDay0.addDays(7));
    QCOMPARE(e.treatmentTo, kDay0.addDays(11));
    QCOMPARE(e.baselineN, 5);
    QCOMPARE(e.treatmentN, 5);
    QVERIFY2(std::abs(e.baselineMean - 5.0) < 0.3, qPrintable(QString::number(e.baselineMean)));
    QVERIFY2(std::abs(e.difference + 2.0) < 0.4, qPrintable(QString::number(e.difference)));
    QVERIFY(std::abs(e.treatmentMean - (e.baselineMean + e.difference)) < 1e-9);
    QVERIFY(std::abs(e.percentChange - 100 * e.difference / e.baselineMean) < 1e-9);
    QVERIFY(e.ciLow < e.difference && e.difference < e.ciHigh);
    QVERIFY(e.p > 0 && e.p < 0.05);
    QVERIFY(e.ciHigh < 0); // p < 0.05 and the interval leaves 0 out, together
    QCOMPARE(e.direction, TrialEffect::Direction::Better);
    QCOMPARE(e.verdict, TrialEffect::Verdict::Helped);
    QCOMPARE(e.verdictText(), QStringLiteral("probably helped"));
    QVERIFY(e.probabilityImportant > 0.5 && e.probabilityImportant < 1);
    QVERIFY(e.autocorrelation >= 0 && e.autocorrelation < 1);
    QCOMPARE(e.clinicalLabel, QStringLiteral("moderately important"));
    QVERIFY(e.confounders.isEmpty()); // 2 of 7 missing is not above a third
    QCOMPARE(e.flags(), QStringList());
}

void TstTrialEffect::sentenceWithStudy()
{
    const JournalSeries s =
        seriesOf(QStringLiteral("pain"), {4, -1, 6, 5, -1, 5, 5, 3, 3, 4, 2, 3});
    const Trial t = trialOf(1, 7, 11, 0);
    Article article;
    article.slug = QStringLiteral("low-dose-naltrexone");
    article.title = QStringLiteral("Low Dose Naltrexone");
    StudyResult mood;
    mood.symptom = QStringLiteral("mood");
    mood.p = 0.039;
    StudyResult pain;
    pain.symptom = QStringLiteral("pain");
    pain.measure = QStringLiteral("Reduction in pain scores");
    pain.treatmentChangePercent = -28.8;
    pain.placeboChangePercent = -18;
    article.study.results = {mood, pain};
    QVERIFY(!studyFor(article, QStringLiteral("mood"))); // no percent reported
    QVERIFY(!studyFor(article, QStringLiteral("fatigue")));
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(7),
                                             studyFor(article, QStringLiteral("pain")));
    const QString sentence = e.sentence;
    QVERIFY2(sentence.startsWith(QLatin1String("Probably helped: pain was 1.9 points (40%) lower "
                                               "in the 5 days on low-dose naltrexone (LDN) than "
                                               "your usual level (")),
             qPrintable(sentence));
    QVERIFY(sentence.contains(QLatin1String(") in the 7 days before (95% interval: between ")));
    QVERIFY(sentence.contains(QLatin1String(" points lower; p = ")));
    QVERIFY(sentence.contains(QLatin1String("Lower is better for pain.")));
    QVERIFY(sentence.contains(QLatin1String("Chance that pain fell by at least 30%, the change "
                                            "the IMMPACT thresholds count as moderately "
                                            "important: ")));
    QVERIFY(sentence.endsWith(QLatin1String("In the study in the article, pain fell 28.8% on "
                                            "low-dose naltrexone (LDN) and 18% on placebo.")));
    QVERIFY(trialEffectLimits().contains(QLatin1String("placebo")));
    QVERIFY(trialEffectLimits().contains(QLatin1String("other changes in life")));
}

void TstTrialEffect::knownThirtyPercentDrop()
{
    // 14 baseline days with mean 6.5 (sum 91), a week of ramp-up, then six weeks whose mean is
    // 191 / 42 = 4.548, i.e. 30.0% lower, with day-to-day scatter as a real diary has.
    QVector<int> pain{6, 7, 8, 5, 7, 6, 6, 7, 5, 8, 7, 6, 7, 6};
    pain += QVector<int>{5, 6, 5, 6, 5, 5, 6};
    for (int week = 0; week < 6; ++week)
        pain += QVector<int>{4, 5, 3, 6, 5, 4, 5};
    pain.last() = 4;
    const JournalSeries s = seriesOf(QStringLiteral("pain"), pain);
    const Trial t = trialOf(3, 14, 14 + 7 + 41, 7);
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(14));
    QVERIFY(e.enoughData);
    QCOMPARE(e.baselineN, 14);
    QCOMPARE(e.treatmentN, 42);
    QVERIFY2(std::abs(e.percentChange + 30) <= 2, qPrintable(QString::number(e.percentChange)));
    QVERIFY(e.ciHigh < 0);
    QCOMPARE(e.verdict, TrialEffect::Verdict::Helped);
    QVERIFY(e.sentence.startsWith(QLatin1String("Probably helped: pain was ")));
    QVERIFY(e.sentence.contains(QLatin1String("lower in the 6 weeks on")));
}

void TstTrialEffect::trialOnFirstLoggedDay()
{
    QVector<int> pain(20, 5);
    const JournalSeries s = seriesOf(QStringLiteral("pain"), pain);
    const Trial t = trialOf(1, 0, -1, 7);
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(14, 19));
    QVERIFY(!e.enoughData);
    QCOMPARE(e.baselineN, 0);
    QCOMPARE(e.treatmentN, 13);
    QCOMPARE(e.daysStillNeeded, 5);
    QVERIFY2(e.message.startsWith(QLatin1String("Not enough data yet: log 5 more days in the 14 "
                                                "days before the start")),
             qPrintable(e.message));
    QVERIFY(std::isnan(e.baselineMean));
    QVERIFY(std::isnan(e.difference));
    QVERIFY(std::isnan(e.p));
    QCOMPARE(e.sentence, e.message); // never a number
    QVERIFY(e.flags().contains(QStringLiteral("not-enough-data")));
    QVERIFY(e.flags().contains(QStringLiteral("missing-baseline-days")));
}

void TstTrialEffect::treatmentWindowTooShort()
{
    // Baseline full; ramp-up of 7 then only 3 days so far.
    QVector<int> pain(14 + 10, 6);
    const JournalSeries s = seriesOf(QStringLiteral("pain"), pain);
    const Trial t = trialOf(1, 14, -1, 7);
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(14, 23));
    QVERIFY(!e.enoughData);
    QCOMPARE(e.treatmentN, 3);
    QCOMPARE(e.daysStillNeeded, 2);
    QCOMPARE(e.message, QStringLiteral("Not enough data yet: log 2 more days on the treatment "
                                       "(counted from 22 Mar 2025, after the 7-day ramp-up)."));
}

void TstTrialEffect::bothWindowsShort()
{
    QVector<int> pain(30, -1);
    pain[2] = 5; // the journal's first day: the baseline starts there
    pain[20] = 4;
    const JournalSeries s = seriesOf(QStringLiteral("pain"), pain);
    const Trial t = trialOf(1, 14, 29, 0);
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(14));
    QVERIFY(!e.enoughData);
    QCOMPARE(e.daysStillNeeded, 8);
    QVERIFY2(e.message.startsWith(QLatin1String("Not enough data yet: log 8 more days (4 in the "
                                                "12 days before the start, 4 on the treatment")),
             qPrintable(e.message));
}

void TstTrialEffect::openEndedTrialRunsToToday()
{
    QVector<int> pain(60, 5);
    const JournalSeries s = seriesOf(QStringLiteral("pain"), pain);
    const Trial t = trialOf(1, 20, -1, 5);
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(14, 44));
    QCOMPARE(e.treatmentFrom, kDay0.addDays(25));
    QCOMPARE(e.treatmentTo, kDay0.addDays(44));
    QCOMPARE(e.treatmentLength, 20);
    QCOMPARE(e.treatmentN, 20); // logged days after today are not counted
    // A stop date in the future is still capped at today.
    Trial future = trialOf(2, 20, 90, 5);
    const TrialEffect f =
        computeTrialEffect(future, QStringLiteral("pain"), s, {future}, options(14, 44));
    QCOMPARE(f.treatmentTo, kDay0.addDays(44));
}

void TstTrialEffect::stoppedDuringRampUp()
{
    QVector<int> pain(40, 5);
    const JournalSeries s = seriesOf(QStringLiteral("pain"), pain);
    const Trial t = trialOf(1, 20, 23, 7);
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(14));
    QVERIFY(!e.enoughData);
    QCOMPARE(e.treatmentLength, 0);
    QVERIFY(e.message.contains(QLatin1String("stopped before its 7-day ramp-up")));
}

void TstTrialEffect::overlappingTrialsAreFlagged()
{
    QVector<int> pain(100, 5);
    const JournalSeries s = seriesOf(QStringLiteral("pain"), pain);
    Trial a = trialOf(1, 20, 80, 7); // baseline 6-19, treatment 27-80
    Trial b = trialOf(2, 40, -1, 7); // starts inside a's treatment window
    b.treatmentKey = QStringLiteral("magnesium-l-threonate");
    b.treatmentName = QStringLiteral("Magnesium L-threonate");
    DoseChange change;
    change.day = kDay0.addDays(10); // inside a's baseline
    change.dose = 2;
    change.unit = QStringLiteral("g");
    Trial c = trialOf(3, 0, 12, 0); // stops inside a's baseline, with a dose change
    c.treatmentName = QStringLiteral("Exercise programme");
    c.dose.reset();
    c.doseChanges = {change};
    DoseChange own;
    own.day = kDay0.addDays(50);
    own.dose = 3;
    a.doseChanges = {own};
    const QVector<Trial> all{c, a, b};
    const TrialEffect e = computeTrialEffect(a, QStringLiteral("pain"), s, all, options(14, 99));
    QStringList codes;
    for (const Confounder &x : e.confounders)
        codes << x.code;
    QCOMPARE(codes,
             QStringList({QStringLiteral("other-trial-stopped"),
                          QStringLiteral("other-trial-dose-changed"),
                          QStringLiteral("other-trial-started"), QStringLiteral("dose-changed")}));
    QCOMPARE(e.confounders[0].text,
             QStringLiteral("Exercise programme was stopped on 13 Mar 2025, inside the baseline "
                            "window."));
    QCOMPARE(e.confounders[2].text,
             QStringLiteral("Magnesium L-threonate was started on 10 Apr 2025, inside the "
                            "treatment window."));
    QCOMPARE(e.confounders[3].text,
             QStringLiteral("The dose changed to 3 mg on 20 Apr 2025, inside the treatment "
                            "window."));
    // b (baseline 26-39, treatment 47-99) sees a stop and a's dose change.
    const TrialEffect eb = computeTrialEffect(b, QStringLiteral("pain"), s, all, options(14, 99));
    QStringList bCodes;
    for (const Confounder &x : eb.confounders)
        bCodes << x.code;
    QCOMPARE(bCodes, QStringList({QStringLiteral("other-trial-stopped"),
                                  QStringLiteral("other-trial-dose-changed")}));
}

void TstTrialEffect::missingDaysAreFlagged()
{
    QVector<int> pain(50, 5);
    for (int i = 1; i < 14; i += 2)
        pain[i] = -1; // 7 of 14 baseline days missing
    for (int i = 14; i < 50; i += 3)
        pain[i] = -1; // 12 of 36 treatment days missing: exactly a third, not above
    const JournalSeries s = seriesOf(QStringLiteral("pain"), pain);
    const Trial t = trialOf(1, 14, 49, 0);
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(14));
    QCOMPARE(e.flags(), QStringList({QStringLiteral("missing-baseline-days")}));
    QCOMPARE(e.confounders[0].text,
             QStringLiteral("7 of the 14 baseline days have no pain logged."));
}

void TstTrialEffect::higherIsBetterDirection()
{
    QVector<int> values;
    for (int i = 0; i < 14; ++i)
        values << 4 + i % 2;
    for (int i = 0; i < 20; ++i)
        values << 6 + i % 2;
    for (const QString &key : {QStringLiteral("sleep"), QStringLiteral("mood")}) {
        const JournalSeries s = seriesOf(key, values);
        const Trial t = trialOf(1, 14, 33, 0);
        const TrialEffect e = computeTrialEffect(t, key, s, {t}, options(14));
        QVERIFY(e.higherIsBetter);
        QVERIFY(e.difference > 0);
        QCOMPARE(e.direction, TrialEffect::Direction::Better);
        QVERIFY(e.clinicalLabel.isEmpty());
        QVERIFY(e.sentence.contains(QLatin1String("higher in the 20 days on")));
        QVERIFY(e.sentence.contains(QLatin1String("Higher is better")));
    }
    // The same rise in fatigue is worse.
    const JournalSeries s = seriesOf(QStringLiteral("fatigue"), values);
    const Trial t = trialOf(1, 14, 33, 0);
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("fatigue"), s, {t}, options(14));
    QCOMPARE(e.direction, TrialEffect::Direction::Worse);
    QCOMPARE(e.verdict, TrialEffect::Verdict::Worse);
    QVERIFY(e.sentence.startsWith(QLatin1String("Probably made it worse: fatigue was ")));
    QVERIFY(e.sentence.contains(QLatin1String("Lower is better for fatigue.")));
}

void TstTrialEffect::immpactLabels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("after"); // baseline is always 10
    QTest::addColumn<QString>("label");
    QTest::newRow("pain -50%") << "pain" << 5 << "substantial";
    QTest::newRow("pain -60%") << "pain" << 4 << "substantial";
    QTest::newRow("pain -30%") << "pain" << 7 << "moderately important";
    QTest::newRow("pain -20%") << "pain" << 8 << "less than moderately important";
    QTest::newRow("pain same") << "pain" << 10 << "";
    QTest::newRow("fatigue -50%") << "fatigue" << 5 << "";
}

void TstTrialEffect::immpactLabels()
{
    QFETCH(QString, key);
    QFETCH(int, after);
    QFETCH(QString, label);
    QVector<int> values(14, 10);
    values += QVector<int>(10, after);
    const JournalSeries s = seriesOf(key, values);
    const Trial t = trialOf(1, 14, 23, 0);
    const TrialEffect e = computeTrialEffect(t, key, s, {t}, options(14));
    QVERIFY(e.enoughData);
    QCOMPARE(e.clinicalLabel, label);
    if (label == u"moderately important")
        QVERIFY(e.sentence.contains(QLatin1String("the change the IMMPACT thresholds count as "
                                                  "moderately important")));
}

void TstTrialEffect::unchangedSymptom()
{
    QVector<int> values(30, 6);
    const JournalSeries s = seriesOf(QStringLiteral("fatigue"), values);
    const Trial t = trialOf(1, 14, 29, 0);
    const TrialEffect e = computeTrialEffect(t, QStringLiteral("fatigue"), s, {t}, options(14));
    QCOMPARE(e.direction, TrialEffect::Direction::Same);
    QCOMPARE(e.p, 1.0);
    QCOMPARE(e.verdict, TrialEffect::Verdict::NoClearChange);
    QVERIFY2(e.sentence.startsWith(QStringLiteral(
                 "No clear change: fatigue was the same in the 16 days on low-dose naltrexone "
                 "(LDN) as your usual level (6.0) in the 14 days before (every day logged had the "
                 "same score; p = 1.000). That rules out a change of 1.8 points either way.")),
             qPrintable(e.sentence));
}

void TstTrialEffect::titleCaseNamesAreKept()
{
    QVector<int> values(14, 7);
    values += QVector<int>(14, 4);
    const JournalSeries s = seriesOf(QStringLiteral("pain"), values);
    Trial t = trialOf(1, 14, 27, 0);
    t.treatmentName = QStringLiteral("Low Dose Naltrexone");
    QVERIFY(computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(14))
                .sentence.contains(QLatin1String(" on Low Dose Naltrexone than")));
    t.treatmentName = QStringLiteral("Vitamin D");
    QVERIFY(computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(14))
                .sentence.contains(QLatin1String(" on Vitamin D than")));
    t.treatmentName = QStringLiteral("Magnesium threonate");
    QVERIFY(computeTrialEffect(t, QStringLiteral("pain"), s, {t}, options(14))
                .sentence.contains(QLatin1String(" on magnesium threonate than")));
}

FC_CORE_TEST_MAIN(TstTrialEffect)
#include "tst_trialeffect.moc"
