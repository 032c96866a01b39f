#include "core/translations.h"
#include "export/visitreport.h"
#include "journal/dayburden.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTest>
#include <algorithm>

using namespace fc;

namespace {

Symptom symptom(const QString &key, const QString &name, bool higherIsBetter = false)
{
    Symptom s;
    s.key = key;
    s.name = name;
    s.higherIsBetter = higherIsBetter;
    return s;
}

// Text of the HTML with tags and runs of white space collapsed, for readable asserts.
QString text(const QString &html)
{
    QString t = html;
    t.remove(QRegularExpression(QStringLiteral("<style[^>]*>.*</style>"),
                                QRegularExpression::DotMatchesEverythingOption));
    t.replace(QRegularExpression(QStringLiteral("<[^>]+>")), QStringLiteral(" "));
    return t.simplified();
}

VisitReportInput input()
{
    VisitReportInput in;
    in.from = QDate(2024, 4, 1);
    in.to = QDate(2024, 4, 10);
    in.patientName = QStringLiteral("Sam <Lee>");
    in.symptoms = {symptom(QStringLiteral("pain"), QStringLiteral("Pain")),
                   symptom(QStringLiteral("sleep"), QStringLiteral("Sleep quality"), true),
                   symptom(QStringLiteral("mood"), QStringLiteral("Mood"), true)};
    // Before: pain 8 on 3 days; sleep 4 on 3 days. In range: pain 2, 4, 6, 6; sleep 7 on 2 days.
    const QVector<std::pair<QDate, QMap<QString, double>>> days{
        {QDate(2024, 3, 25), {{QStringLiteral("pain"), 8}, {QStringLiteral("sleep"), 4}}},
        {QDate(2024, 3, 26), {{QStringLiteral("pain"), 8}, {QStringLiteral("sleep"), 4}}},
        {QDate(2024, 3, 27), {{QStringLiteral("pain"), 8}, {QStringLiteral("sleep"), 4}}},
        {QDate(2024, 4, 1), {{QStringLiteral("pain"), 2}, {QStringLiteral("sleep"), 7}}},
        {QDate(2024, 4, 2), {{QStringLiteral("pain"), 4}}},
        {QDate(2024, 4, 5), {{QStringLiteral("pain"), 6}, {QStringLiteral("sleep"), 7}}},
        {QDate(2024, 4, 9), {{QStringLiteral("pain"), 6}}},
    };
    for (const auto &d : days) {
        CheckIn c;
        c.day = d.first;
        c.scores = d.second;
        c.crash = c.day == QDate(2024, 4, 5);
        c.note = c.crash ? QStringLiteral("Overdid it") : QString();
        in.checkIns << c;
    }
    Trial t;
    t.treatmentName = QStringLiteral("Low-dose naltrexone (LDN)");
    t.dose = 1.5;
    t.unit = QStringLiteral("mg");
    t.start = QDate(2024, 3, 1);
    t.doseChanges = {{0, QDate(2024, 3, 15), 3, QStringLiteral("mg"), QString()},
                     {0, QDate(2024, 4, 4), 4.5, QStringLiteral("mg"), QString()}};
    t.sideEffects = {{0, QDate(2024, 4, 3), QStringLiteral("Vivid dreams"), 3},
                     {0, QDate(2024, 3, 3), QStringLiteral("Earlier headache"), 2}};
    in.trials << t;
    in.doseLogs << QMap<QDate, bool>{
        {QDate(2024, 4, 1), true}, {QDate(2024, 4, 2), false}, {QDate(2024, 3, 2), false}};
    Note n;
    n.title = QStringLiteral("Ask about the dose");
    n.body = QStringLiteral("Is **4.5 mg** the target?");
    in.notes << n;
    return in;
}

} // namespace

class TstVisitReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The English plural forms ("1 crash day"), as the app installs them.
        QVERIFY2(test::installEnglishTranslation(), "fibro-companion_en.qm not found");
    }

    void summaryNumbers()
    {
        const QString t = text(VisitReport::build(input()));
        QVERIFY2(t.contains(QStringLiteral("Sam &lt;Lee&gt; · 1 Apr 2024 – 10 Apr 2024 (10 days) "
                                           "· 4 days with a check-in")),
                 qPrintable(t.left(400)));
        // Pain: mean 4.5, min 2, max 6, 4 days; before 8.0; 3.5 lower = better.
        QVERIFY2(t.contains(QStringLiteral("Pain lower is better 4.5 2 6 4 8.0 -3.5 (better)")),
                 qPrintable(t));
        // Sleep is higher-is-better: 7.0 after 4.0 is better.
        QVERIFY(t.contains(
            QStringLiteral("Sleep quality higher is better 7.0 7 7 2 4.0 +3.0 (better)")));
        QVERIFY(t.contains(QStringLiteral("Not logged in this period: Mood.")));
        QVERIFY(t.contains(QStringLiteral("the 10 days before (22 Mar 2024 – 31 Mar 2024)")));
    }

    void weeksTreatmentsAndEvents()
    {
        const QString t = text(VisitReport::build(input()));
        // Week of 1 Apr: pain 2, 4, 6 -> 4.0; sleep 7, 7 -> 7.0; one crash. Week of 8 Apr: 6.0.
        // One column per week, one row per measure.
        QVERIFY2(t.contains(QStringLiteral("Week from 1 Apr 8 Apr Pain 4.0 6.0 Sleep quality 7.0 – "
                                           "Sleep (h) – – Crash days 1 0 Hard days 1 0")),
                 qPrintable(t));
        // The dose in effect on 1 Apr is the 15 March change; the 4 April change is listed.
        QVERIFY2(
            t.contains(QStringLiteral("dose 3 mg (since 15 Mar 2024), 4.5 mg from 4 Apr 2024")),
            qPrintable(t));
        // The March miss is outside the range.
        QVERIFY(t.contains(QStringLiteral("taken on 1 of 2 days logged")));
        // Side effects sit with their treatment; the one before the range is left out.
        QVERIFY(
            t.contains(QStringLiteral("Side effects noted: Vivid dreams (3 Apr 2024, severity 3 "
                                      "of 10).")));
        QVERIFY(!t.contains(QStringLiteral("Earlier headache")));
        QVERIFY(t.contains(QStringLiteral("1 crash day in this period. 5 Apr 2024 — Overdid it")));
        QVERIFY(t.contains(QStringLiteral("Ask about the dose Is 4.5 mg the target?")));
    }

    void emptyJournal()
    {
        VisitReportInput in;
        in.from = QDate(2024, 1, 1);
        in.to = QDate(2024, 3, 30);
        in.symptoms = {symptom(QStringLiteral("pain"), QStringLiteral("Pain"))};
        const QString t = text(VisitReport::build(in));
        QVERIFY(t.contains(QStringLiteral("0 days with a check-in")));
        QVERIFY(t.contains(QStringLiteral("No treatment trials in this period.")));
        QVERIFY(t.contains(QStringLiteral("No crash days in this period.")));
        QVERIFY(t.contains(QStringLiteral("No notes for this visit.")));
        QVERIFY(t.contains(QStringLiteral("Week by week No check-ins in this period.")));
    }

    void oneDayJournalIsSaidInWords()
    {
        VisitReportInput in;
        in.from = QDate(2024, 1, 1);
        in.to = QDate(2024, 3, 30);
        in.symptoms = {symptom(QStringLiteral("pain"), QStringLiteral("Pain"))};
        CheckIn c;
        c.day = QDate(2024, 3, 30);
        c.scores.insert(QStringLiteral("pain"), 5);
        in.checkIns << c;
        const QString t = text(VisitReport::build(in));
        QVERIFY2(t.contains(QStringLiteral("(90 days) · 1 day with a check-in")), qPrintable(t));
        // No table of 13 weeks of dashes: one sentence instead.
        QVERIFY(t.contains(QStringLiteral("Week by week All check-ins of this period fall in one "
                                          "week; the table above has their means.")));
        QVERIFY(!t.contains(QStringLiteral("Week from")));
    }

    void weeksRunFromTheFirstToTheLastCheckIn()
    {
        VisitReportInput in = input();
        // Weeks counted from 1 Feb; the first check-in is on 25 Mar, in the week from 21 Mar.
        in.from = QDate(2024, 2, 1);
        const QString t = text(VisitReport::build(in));
        // 28 Mar - 3 Apr holds 1 and 2 Apr: pain 2 and 4, sleep 7.
        QVERIFY2(t.contains(QStringLiteral("Week from 21 Mar 28 Mar 4 Apr Pain 8.0 3.0 6.0 "
                                           "Sleep quality 4.0 7.0 7.0")),
                 qPrintable(t));
        QVERIFY(!t.contains(QStringLiteral("1 Feb –")));
        QVERIFY(!t.contains(QStringLiteral("14 Mar")));
    }

    void firstPageComesFirst()
    {
        // Levels, what was tried, crash days and the patient's questions before the details.
        VisitReportInput in = input();
        in.verdictsHtml = QStringLiteral("<h2>What was tried</h2>");
        in.chartsHtml = QStringLiteral("<h2>History</h2>");
        const QString t = text(VisitReport::build(in));
        const QStringList order{
            QStringLiteral("Symptoms"),     QStringLiteral("What was tried"),
            QStringLiteral("Crash days"),   QStringLiteral("Notes for the doctor"),
            QStringLiteral("Week by week"), QStringLiteral("History"),
            QStringLiteral("Treatments")};
        qsizetype at = -1;
        for (const QString &heading : order) {
            const qsizetype next = t.indexOf(heading, at + 1);
            QVERIFY2(next > at, qPrintable(heading));
            at = next;
        }
    }

    // The report is printed in full first; while it takes more than two pages, again with the
    // weekly symptom means left to the History chart, then without the weekly table.
    void brieferReportsLeaveToTheChartWhatItShows()
    {
        VisitReportInput in = input();
        // Without a chart the table is the only view of the weeks: only the spacing tightens.
        const QStringList withoutChart = VisitReport::buildAtEachDetail(in);
        QCOMPARE(withoutChart.size(), 2);
        QCOMPARE(text(withoutChart[1]), text(withoutChart[0]));
        QVERIFY(!withoutChart[0].contains(QStringLiteral("tight")));
        QVERIFY(withoutChart[1].contains(QStringLiteral("class=\"print report tight\"")));
        in.chartsHtml = QStringLiteral("<section><h2>History</h2></section>");
        const QStringList levels = VisitReport::buildAtEachDetail(in);
        QCOMPARE(levels.size(), 4);
        for (int level = 0; level < 2; ++level)
            QVERIFY(text(levels[level])
                        .contains(QStringLiteral("Week from 1 Apr 8 Apr Pain 4.0 6.0 Sleep quality "
                                                 "7.0 – Sleep (h) – – Crash days 1 0 Hard days "
                                                 "1 0")));
        QVERIFY(levels[2].contains(QStringLiteral("class=\"print report tight\"")));
        QVERIFY(levels[3].contains(QStringLiteral("class=\"print report tight\"")));
        const QString weeks = text(levels[2]);
        QVERIFY2(weeks.contains(QStringLiteral("Hours slept (mean), crash days and hard days in "
                                               "each week; the History chart shows the symptoms. "
                                               "Week from 1 Apr 8 Apr Sleep (h) – – Crash days 1 0 "
                                               "Hard days 1 0")),
                 qPrintable(weeks));
        const QString none = text(levels[3]);
        QVERIFY(!none.contains(QStringLiteral("Week from")));
        QVERIFY2(none.contains(QStringLiteral("The week-by-week means are left out so the report "
                                              "keeps to 2 pages; the History chart shows each "
                                              "week's course.")),
                 qPrintable(none));
        // Everything else is the same at every level.
        for (const QString &level : levels) {
            const QString t = text(level);
            QVERIFY(t.contains(QStringLiteral("Pain lower is better 4.5 2 6 4 8.0 -3.5 (better)")));
            QVERIFY(t.contains(QStringLiteral("1 crash day in this period.")));
            QVERIFY(t.contains(QStringLiteral("Ask about the dose")));
        }
    }

    void hardDaysAreCountedAsTheJournalMarksThem()
    {
        // The Journal colours a day red when its scores average 6.5 or worse: the report counts
        // those beside the crash days the patient marked, so the two never seem to disagree.
        VisitReportInput in = input();
        for (CheckIn &c : in.checkIns) {
            c.crash = false;
            if (c.day == QDate(2024, 4, 9))
                c.scores = {{QStringLiteral("pain"), 8}, {QStringLiteral("sleep"), 3}};
        }
        const QString t = text(VisitReport::build(in));
        QVERIFY2(t.contains(QStringLiteral("No crash days in this period. 1 hard day: a crash day "
                                           "or a day whose scores average 6.5 or worse out of 10, "
                                           "as the Journal marks it.")),
                 qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("Crash days 0 0 Hard days 0 1")));
    }

    // A day the patient marked as a crash is a hard day whatever its scores: the Journal labels
    // it so and the report counts it, never "fair" beside "crash".
    void aCrashDayIsAHardDay()
    {
        CheckIn crash;
        crash.day = QDate(2024, 4, 5);
        crash.crash = true;
        crash.scores = {{QStringLiteral("pain"), 4}, {QStringLiteral("sleep"), 6}};
        const QVector<Symptom> symptoms = input().symptoms;
        QCOMPARE(DayBurden::of(crash, symptoms).level, DayBurden::Level::Hard);
        crash.crash = false;
        QCOMPARE(DayBurden::of(crash, symptoms).level, DayBurden::Level::Fair);
        CheckIn unscored;
        unscored.crash = true;
        QCOMPARE(DayBurden::of(unscored, symptoms).level, DayBurden::Level::Hard);
        // The report of a period whose only crash day scored "fair" counts one hard day.
        VisitReportInput in = input();
        for (CheckIn &c : in.checkIns)
            c.crash = c.day == QDate(2024, 4, 2);
        const QString t = text(VisitReport::build(in));
        QVERIFY2(t.contains(QStringLiteral("Crash days 1 0 Hard days 1 0")), qPrintable(t));
    }

    void comparisonNeedsEarlierData()
    {
        // Two columns of dashes become one sentence when nothing was logged before the period.
        VisitReportInput in = input();
        in.checkIns.erase(std::remove_if(in.checkIns.begin(), in.checkIns.end(),
                                         [&](const CheckIn &c) { return c.day < in.from; }),
                          in.checkIns.end());
        const QString t = text(VisitReport::build(in));
        QVERIFY(!t.contains(QStringLiteral("Mean before")));
        QVERIFY(!t.contains(QStringLiteral("no earlier data")));
        QVERIFY2(
            t.contains(QStringLiteral("Nothing was logged in the 10 days before (22 Mar 2024 – "
                                      "31 Mar 2024) to compare with.")),
            qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("Pain lower is better 4.5 2 6 4 ")));
    }

    void defaultRangeEndsWithTheData()
    {
        const QDate today(2026, 12, 2);
        QCOMPARE(VisitReport::defaultTo({}, today), today);                 // nothing logged
        QCOMPARE(VisitReport::defaultTo(today.addDays(-89), today), today); // data in range
        // An imported journal whose last day is a year ago: its last 90 days, not 90 empty ones.
        QCOMPARE(VisitReport::defaultTo(QDate(2025, 11, 30), today), QDate(2025, 11, 30));
        QCOMPARE(VisitReport::defaultTo(today.addDays(3), today), today); // a clock set back
    }

    void paperSizeFromLocale()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale mx(QLocale::Spanish, QLocale::Mexico);
        QCOMPARE(reportPageSize(QString(), us), QPageSize::Letter);
        QCOMPARE(reportPageSize(QString(), mx), QPageSize::Letter);
        QCOMPARE(reportPageSize(QString(), de), QPageSize::A4);
        QCOMPARE(reportPageSize(QStringLiteral("A4"), us), QPageSize::A4);
        QCOMPARE(reportPageSize(QStringLiteral("letter"), de), QPageSize::Letter);
    }
};

FC_CORE_TEST_MAIN(TstVisitReport)
#include "tst_visitreport.moc"
