#include "insights/chartbuilder.h"
#include "insights/seriescorrelation.h"
#include "testsuites.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace fc;

namespace {

const QDate kDay0(2024, 1, 1);

QVector<Symptom> symptoms()
{
    Symptom pain;
    pain.key = QStringLiteral("pain");
    pain.name = QStringLiteral("Pain");
    Symptom sleep;
    sleep.key = QStringLiteral("sleep");
    sleep.name = QStringLiteral("Sleep quality");
    sleep.higherIsBetter = true;
    return {pain, sleep};
}

// days logged from kDay0, except those in skip; pain cycles 3-8, crash every 10th day.
JournalSeries journal(int days, const QVector<int> &skip = {})
{
    QVector<CheckIn> checkIns;
    for (int i = 0; i < days; ++i) {
        if (skip.contains(i))
            continue;
        CheckIn c;
        c.day = kDay0.addDays(i);
        c.scores.insert(QStringLiteral("pain"), 3 + i % 6);
        c.scores.insert(QStringLiteral("sleep"), 8 - i % 6);
        c.hoursSlept = 5 + (i % 7) * 0.5;
        c.crash = i % 10 == 9;
        checkIns << c;
    }
    return JournalSeries::build(checkIns, symptoms(), kDay0, kDay0.addDays(days - 1));
}

Trial trial(qint64 id, int start, int stop, const QString &name)
{
    Trial t;
    t.id = id;
    t.treatmentKey = name.toLower();
    t.treatmentName = name;
    t.dose = 1.5;
    t.unit = QStringLiteral("mg");
    t.start = kDay0.addDays(start);
    if (stop >= 0)
        t.stop = kDay0.addDays(stop);
    return t;
}

QString wellFormedError(const QString &svg)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    return xml.hasError() ? QStringLiteral("%1 at %2:%3")
                                .arg(xml.errorString())
                                .arg(xml.lineNumber())
                                .arg(xml.columnNumber())
                          : QString();
}

struct Marks
{
    int points = 0;                    // circles inside an fc-pts group of a panel
    QVector<QVector<double>> subpaths; // x of each point of each fc-mean subpath
    int trialBars = 0;
    int crashMarks = 0;
    QStringList pointTitles;
};

Marks marksOf(const QString &svg)
{
    Marks m;
    QXmlStreamReader xml(svg);
    QStringList groups;
    bool inLegend = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString cls = xml.attributes().value(QLatin1String("class")).toString();
            if (xml.name() == u"g") {
                groups << cls;
                if (cls == u"fc-legend")
                    inLegend = true;
            }
            if (inLegend)
                continue;
            const QString parent = groups.isEmpty() ? QString() : groups.constLast();
            if (xml.name() == u"circle" && parent.startsWith(QLatin1String("fc-pts"))) {
                ++m.points;
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"title")
                    m.pointTitles << xml.readElementText();
            } else if (xml.name() == u"path" && cls.startsWith(QLatin1String("fc-mean"))) {
                const QString d = xml.attributes().value(QLatin1String("d")).toString();
                static const QRegularExpression cmd(QStringLiteral("([ML])([-0-9.]+) ([-0-9.]+)"));
                auto it = cmd.globalMatch(d);
                while (it.hasNext()) {
                    const auto match = it.next();
                    if (match.captured(1) == u"M")
                        m.subpaths.append(QVector<double>());
                    m.subpaths.last().append(match.captured(2).toDouble());
                }
            } else if (xml.name() == u"rect" && cls == u"fc-trial-bar") {
                ++m.trialBars;
            } else if (xml.name() == u"path" && parent == u"fc-crash") {
                ++m.crashMarks;
            }
        } else if (xml.isEndElement() && xml.name() == u"g") {
            if (groups.takeLast() == u"fc-legend")
                inLegend = false;
        }
    }
    return m;
}

} // namespace

class TstInsightsCharts : public QObject
{
    Q_OBJECT
private slots:
    void historyIsWellFormed();
    void gapsAreNotBridged();
    void oneBarPerTrial();
    void weeklyMeansOverAYear();
    void tenYearsStaysSmall();
    void smallMultiplesShareOneAxis();
    void emptyRangeSaysSo();
    void bandsShadeTrialWindows();
    void scatterAndCorrelation();
    void correlationNeedsFourteenPairs();
    void correlationLag();
};

void TstInsightsCharts::historyIsWellFormed()
{
    const JournalSeries s = journal(90);
    QVector<Trial> trials{trial(1, 10, 40, QStringLiteral("Low-dose <naltrexone> & co"))};
    const QString svg = ChartBuilder(s, trials).historySvg(
        {QStringLiteral("pain"), JournalSeries::hoursSleptKey()}, kDay0, kDay0.addDays(89));
    QCOMPARE(wellFormedError(svg), QString());
    QVERIFY(svg.startsWith(QLatin1String("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
    QVERIFY(svg.contains(QLatin1String("Low-dose &lt;naltrexone&gt; &amp; co")));
    const Marks m = marksOf(svg);
    QCOMPARE(m.points, 180);
    QCOMPARE(m.crashMarks, 2 * 9); // days 9, 19, ..., 89 in both panels
    QVERIFY(m.pointTitles.contains(QStringLiteral("Pain: 3 on 1 Jan 2024")));
    QVERIFY(m.pointTitles.contains(QStringLiteral("Hours slept: 5.5 on 2 Jan 2024")));
    // Readable without hovering: the panel caption states the average and latest value.
    QVERIFY(svg.contains(QStringLiteral("0-10, lower is better · average 5.5 · latest 8.0 (30 Mar "
                                        "2024)")));
}

void TstInsightsCharts::gapsAreNotBridged()
{
    const QVector<int> skip{30, 31, 32, 33, 34, 35, 36, 37, 38, 39};
    const JournalSeries s = journal(60, skip);
    const QDate from = kDay0;
    const QDate to = kDay0.addDays(59);
    const QString svg = ChartBuilder(s, {}).symptomHistorySvg(QStringLiteral("pain"), from, to);
    QCOMPARE(wellFormedError(svg), QString());
    const Marks m = marksOf(svg);
    QCOMPARE(m.points, 50); // no point, and certainly no 0, for the unlogged days
    // x of day i is 44 + (i + 0.5) / 60 * 740; the gap covers days 30-39.
    const double gapStart = 44 + 29.5 / 60 * 740;
    const double gapEnd = 44 + 40.5 / 60 * 740;
    QVERIFY(m.subpaths.size() >= 2);
    for (const QVector<double> &sub : m.subpaths) {
        bool before = false;
        bool after = false;
        for (double x : sub) {
            QVERIFY2(x <= gapStart + 0.1 || x >= gapEnd - 0.1, "line drawn inside the gap");
            before |= x <= gapStart + 0.1;
            after |= x >= gapEnd - 0.1;
        }
        QVERIFY2(!(before && after), "line bridges the gap");
    }
}

void TstInsightsCharts::oneBarPerTrial()
{
    const JournalSeries s = journal(120);
    Trial withDose = trial(2, 20, -1, QStringLiteral("Magnesium"));
    DoseChange c1;
    c1.day = kDay0.addDays(40);
    c1.dose = 2;
    DoseChange c2;
    c2.day = kDay0.addDays(60);
    c2.dose = 3;
    withDose.doseChanges = {c1, c2};
    const QVector<Trial> trials{trial(1, 5, 50, QStringLiteral("LDN")), withDose,
                                trial(3, 70, 100, QStringLiteral("Exercise")),
                                trial(4, 300, -1, QStringLiteral("Later"))}; // outside the range
    const QString svg =
        ChartBuilder(s, trials).historySvg({QStringLiteral("pain")}, kDay0, kDay0.addDays(119));
    QCOMPARE(wellFormedError(svg), QString());
    QCOMPARE(marksOf(svg).trialBars, 3);
    QCOMPARE(svg.count(QLatin1String("class=\"fc-dose\"")), 2);
    QVERIFY(svg.contains(QLatin1String("Dose changed to 2 mg on 10 Feb 2024")));
    QVERIFY(svg.contains(QStringLiteral(">Magnesium, 1.5 mg → 3 mg (ongoing)</text>")));
    QVERIFY(svg.contains(QLatin1String(">LDN, 1.5 mg</text>")));
}

void TstInsightsCharts::weeklyMeansOverAYear()
{
    const JournalSeries s = journal(800);
    const QDate from = kDay0;
    const QDate to = kDay0.addDays(699);
    const QString svg = ChartBuilder(s, {}).symptomHistorySvg(QStringLiteral("pain"), from, to);
    QCOMPARE(wellFormedError(svg), QString());
    const Marks m = marksOf(svg);
    QCOMPARE(m.points, 100); // 700 days in 100 weeks
    // Week 1 (days 0-6): pain 3,4,5,6,7,8,3 -> mean 36 / 7 = 5.14.
    QCOMPARE(m.pointTitles.first(), QStringLiteral("Pain: weekly mean 5.14, week of 1 Jan 2024"));
    QVERIFY(svg.contains(QLatin1String("4-week average")));
    // A year or less stays daily.
    const QString year =
        ChartBuilder(s, {}).symptomHistorySvg(QStringLiteral("pain"), from, from.addDays(365));
    QCOMPARE(marksOf(year).points, 366);
}

void TstInsightsCharts::tenYearsStaysSmall()
{
    const JournalSeries s = journal(3653);
    QVector<Trial> trials;
    for (int i = 0; i < 30; ++i)
        trials << trial(i + 1, i * 120, i * 120 + 90, QStringLiteral("Treatment %1").arg(i + 1));
    const QString svg = ChartBuilder(s, trials).symptomHistorySvg(QStringLiteral("pain"), kDay0,
                                                                  kDay0.addDays(3652));
    QCOMPARE(wellFormedError(svg), QString());
    QVERIFY2(svg.toUtf8().size() < 300 * 1024, qPrintable(QString::number(svg.toUtf8().size())));
    QCOMPARE(marksOf(svg).trialBars, 30);
}

void TstInsightsCharts::smallMultiplesShareOneAxis()
{
    const JournalSeries s = journal(40);
    const QString svg = ChartBuilder(s, {}).historySvg(
        {QStringLiteral("pain"), QStringLiteral("sleep"), JournalSeries::hoursSleptKey()}, kDay0,
        kDay0.addDays(29));
    QCOMPARE(wellFormedError(svg), QString());
    QCOMPARE(svg.count(QLatin1String("<g class=\"fc-panel\"")), 3);
    QCOMPARE(svg.count(QLatin1String("<g class=\"fc-axis\"")), 1);
    QVERIFY(svg.contains(QLatin1String("0-10, higher is better")));
    QVERIFY(svg.contains(QLatin1String("hours, 0-12")));
    // Each panel has its own colour class, so dark mode can recolour them.
    QVERIFY(svg.contains(QLatin1String("fc-pts fc-c0")));
    QVERIFY(svg.contains(QLatin1String("fc-pts fc-c2")));
}

void TstInsightsCharts::emptyRangeSaysSo()
{
    const JournalSeries s = journal(10);
    const QString svg = ChartBuilder(s, {}).symptomHistorySvg(
        QStringLiteral("pain"), kDay0.addDays(100), kDay0.addDays(129));
    QCOMPARE(wellFormedError(svg), QString());
    QVERIFY(svg.contains(QLatin1String("Nothing logged in this range")));
    QCOMPARE(ChartBuilder(s, {}).historySvg({}, kDay0, kDay0), QString());
    QCOMPARE(ChartBuilder(s, {}).historySvg({QStringLiteral("pain")}, kDay0.addDays(5), kDay0),
             QString());
}

void TstInsightsCharts::bandsShadeTrialWindows()
{
    const JournalSeries s = journal(60);
    const QVector<ChartBand> bands{
        {kDay0.addDays(5), kDay0.addDays(18), QStringLiteral("baseline"), false},
        {kDay0.addDays(26), kDay0.addDays(80), QStringLiteral("compared"), true}};
    const QString svg = ChartBuilder(s, {}).historySvg(
        {QStringLiteral("pain"), QStringLiteral("sleep")}, kDay0, kDay0.addDays(59), bands);
    QCOMPARE(wellFormedError(svg), QString());
    QCOMPARE(svg.count(QLatin1String("class=\"fc-band\"")), 4); // two bands in two panels
    QVERIFY(svg.contains(QLatin1String("<title>baseline: 6 Jan 2024 to 19 Jan 2024</title>")));
    // Clipped to the range: day 26 to day 59 is 34 days of 60 over 740 px.
    QVERIFY(svg.contains(QStringLiteral("x=\"%1\" y=\"30\" width=\"%2\"")
                             .arg(44 + 26 * 740.0 / 60, 0, 'f', 1)
                             .arg(34 * 740.0 / 60, 0, 'f', 1)));
}

void TstInsightsCharts::scatterAndCorrelation()
{
    const JournalSeries s = journal(60);
    const SeriesCorrelation c =
        correlateSeries(s, QStringLiteral("sleep"), QStringLiteral("pain"), 0);
    QVERIFY(c.enoughData);
    QCOMPARE(c.pairs.size(), 60);
    QCOMPARE(c.result.rho, -1.0); // sleep = 11 - pain every day
    QVERIFY(c.sentence.startsWith(QLatin1String("Spearman's rho = -1.00 over 60 days: a strong "
                                                "relation (days with higher sleep quality tended "
                                                "to have lower pain on the same day).")));
    // The person reads everyday words; rho and the shift test are for the doctor.
    QVERIFY2(c.summary.startsWith(QLatin1String("On days with more sleep quality, pain tended to "
                                                "be lower on the same day")),
             qPrintable(c.summary));
    QVERIFY(!c.summary.contains(QLatin1String("rho")) && !c.summary.contains(QLatin1String("p =")));
    const QString svg = ChartBuilder::scatterSvg(c);
    QCOMPARE(wellFormedError(svg), QString());
    QCOMPARE(svg.count(QLatin1String("<circle")), 6); // six distinct pairs, 10 days each
    QVERIFY(svg.contains(QLatin1String("Sleep quality 8, Pain 3: 10 day(s)")));
}

void TstInsightsCharts::correlationNeedsFourteenPairs()
{
    const JournalSeries s = journal(13);
    const SeriesCorrelation c =
        correlateSeries(s, QStringLiteral("sleep"), QStringLiteral("pain"), 0);
    QVERIFY(!c.enoughData);
    QVERIFY(std::isnan(c.result.rho));
    QCOMPARE(c.message, QStringLiteral("Not enough data yet: a relation needs at least 14 days "
                                       "with both logged; there are 13, so log 1 more."));
}

void TstInsightsCharts::correlationLag()
{
    // Hours slept on day d - 1 paired with pain on day d: 29 pairs out of 30 days.
    const JournalSeries s = journal(30);
    const SeriesCorrelation c =
        correlateSeries(s, JournalSeries::hoursSleptKey(), QStringLiteral("pain"), 1);
    QCOMPARE(c.lag, 1);
    QCOMPARE(c.pairs.size(), 29);
    QCOMPARE(c.pairs.first(), QPointF(5.0, 4.0)); // hours on 1 Jan, pain on 2 Jan
    QCOMPARE(correlateSeries(s, QStringLiteral("pain"), QStringLiteral("sleep"), 9).lag, 3);
    QCOMPARE(correlateSeries(s, QStringLiteral("nope"), QStringLiteral("sleep"), 0).pairs.size(),
             0);
}

FC_CORE_TEST_MAIN(TstInsightsCharts)
#include "tst_insightscharts.moc"
