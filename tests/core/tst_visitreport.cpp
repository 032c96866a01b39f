#include "export/visitreport.h"

#include <QLocale>
#include <QTest>

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
    const QVector<std::pair<QDate, QMap<QString, int>>> days{
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
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

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
        QVERIFY2(t.contains(QStringLiteral("1 Apr 4.0 7.0 – 1 8 Apr 6.0 – – 0")), qPrintable(t));
        // The dose in effect on 1 Apr is the 15 March change; the 4 April change is listed.
        QVERIFY(t.contains(QStringLiteral("3 mg since 15 Mar 2024")));
        QVERIFY(t.contains(QStringLiteral("4 Apr 2024: 4.5 mg")));
        QVERIFY(t.contains(QStringLiteral("1 / 1"))); // the March miss is outside the range
        QVERIFY(t.contains(QStringLiteral("3 Apr 2024 Low-dose naltrexone (LDN) Vivid dreams 3")));
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

QTEST_GUILESS_MAIN(TstVisitReport)
#include "tst_visitreport.moc"
