// FIQR and ACR 2016 scoring, checked against hand-computed cases, and the answers' way through
// the journal, the CSV long layout and --insights-json.
#include "export/csvimport.h"
#include "export/journalcsv.h"
#include "insights/questionnairescores.h"
#include "insights/questionnairetrends.h"
#include "journal/journalstore.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace fc;

namespace {

FiqrAnswers fiqrAll(double value)
{
    FiqrAnswers a;
    a.day = QDate(2026, 5, 4);
    for (auto &item : a.items)
        item = value;
    return a;
}

// Marks the first n areas of the given keys painful.
Acr2016Answers acr(const QStringList &areas, std::array<std::optional<int>, 6> sss,
                   std::optional<bool> lasted = true)
{
    Acr2016Answers a;
    a.day = QDate(2026, 5, 1);
    for (const QString &key : areas)
        a.painfulAreas.insert(key);
    a.sss = sss;
    a.lastedThreeMonths = lasted;
    return a;
}

// SSS items adding up to total: severities first (3 each), then the 0/1 symptoms.
std::array<std::optional<int>, 6> sssOf(int total)
{
    std::array<std::optional<int>, 6> out;
    for (int i = 0; i < 6; ++i) {
        const int maximum = i < 3 ? 3 : 1;
        const int v = std::min(maximum, total);
        out.at(size_t(i)) = v;
        total -= v;
    }
    return out;
}

// Areas in four regions (generalised pain), wpi of them: shoulder, hip, hip, neck first.
QStringList generalised(int wpi)
{
    const QStringList order{"left_shoulder_girdle",
                            "right_shoulder_girdle",
                            "left_hip",
                            "right_hip",
                            "neck",
                            "left_upper_arm",
                            "right_upper_arm",
                            "left_upper_leg",
                            "right_upper_leg",
                            "left_lower_arm",
                            "right_lower_arm",
                            "left_lower_leg",
                            "right_lower_leg",
                            "upper_back",
                            "lower_back",
                            "left_jaw",
                            "right_jaw",
                            "chest",
                            "abdomen"};
    return order.mid(0, wpi);
}

void openStore(JournalStore &store, const test::TempDataDir &dir, const QString &name)
{
    FC_VERIFY_OK(store.open(dir.filePath(name)));
}

} // namespace

class TstQuestionnaires : public QObject
{
    Q_OBJECT
private slots:
    void fiqrCompleteSets();
    void fiqrMissingItemsAreWeighted();
    void fiqrTooManyMissing();
    void wpiCountsAreasAndRegions();
    void criteriaBoundaries_data();
    void criteriaBoundaries();
    void unansweredPartsGiveNull();
    void definitions();
    void storeReplacesADaysSet();
    void csvImportChecksEveryRow();
    void csvDuplicatesAgainstTheJournal();
    void insightsJsonOneObjectPerDate();
    void trendsNeedThreeAnswerSets();
    void aTrialsPageDescribesItsFiqrs();
};

void TstQuestionnaires::aTrialsPageDescribesItsFiqrs()
{
    Trial t;
    t.treatmentKey = QStringLiteral("low-dose-naltrexone");
    t.treatmentName = QStringLiteral("LDN");
    t.start = QDate(2026, 3, 1);
    t.stop = QDate(2026, 4, 30);
    QVector<FiqrAnswers> fiqr;
    // Weekly: 60 (all items 6 -> 18 + 12 + 30) three times before, 30 three times on it.
    for (int week = -3; week < 3; ++week) {
        fiqr << fiqrAll(week < 0 ? 6 : 3);
        fiqr.last().day = t.start.addDays(7 * week);
    }
    QString html = trialQuestionnaireHtml(t, fiqr, 60, QDate(2026, 6, 1));
    QVERIFY2(html.contains(QLatin1String("3 before the trial (mean 60.0")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("3 on it (mean 30.0")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("a description, not a test")));
    html = trialQuestionnaireHtml(t, fiqr.mid(2, 2), 60, QDate(2026, 6, 1));
    QVERIFY2(html.contains(QLatin1String("Too few answers on each side")), qPrintable(html));
    QVERIFY(trialQuestionnaireHtml(t, {}, 60, QDate(2026, 6, 1)).isEmpty());
    // The trial runs under the FIQR chart on the same dates.
    html = questionnaireTrendsHtml(fiqr, {}, {t});
    QVERIFY(html.contains(QLatin1String("fc-trial-bar")));
    QVERIFY(html.contains(QLatin1String("LDN")));
}

void TstQuestionnaires::trendsNeedThreeAnswerSets()
{
    QVERIFY(questionnaireTrendsHtml({}, {}).contains(QLatin1String("Journal")));
    QVector<FiqrAnswers> fiqr;
    for (int i = 0; i < 2; ++i) {
        fiqr << fiqrAll(6 - i);
        fiqr.last().day = QDate(2026, 5, 1).addDays(7 * i);
    }
    QString html = questionnaireTrendsHtml(fiqr, {});
    QVERIFY2(html.contains(QLatin1String("2 answer sets so far; a trend needs at least 3")),
             qPrintable(html));
    QVERIFY(
        questionnaireTrendsHtml(fiqr.mid(0, 1), {})
            .contains(QLatin1String("FIQR total: 1 answer set so far; a trend needs at least 3.")));
    QVERIFY(!html.contains(QLatin1String("<svg")));
    fiqr << fiqrAll(3);
    fiqr.last().day = QDate(2026, 5, 15);
    html = questionnaireTrendsHtml(fiqr, {acr(generalised(7), sssOf(5))});
    // 6 * 21 = 126 -> 18 + 12 + 30 = 60; 3 everywhere -> 30.
    QVERIFY2(
        html.contains(QStringLiteral("FIQR total (0–100, lower is better) was 60.0 on "
                                     "1 May 2026 and 30.0 on 15 May 2026, over 3 answer sets")),
        qPrintable(html));
    QCOMPARE(html.count(QLatin1String("<svg")), 1);
    QVERIFY(html.contains(QLatin1String("1 answer set so far")));
    QVERIFY(html.contains(QLatin1String("<td class=\"num\">12</td>"))); // FS 7 + 5
}

void TstQuestionnaires::fiqrCompleteSets()
{
    FiqrScore s = scoreFiqr(fiqrAll(0));
    QCOMPARE(*s.total, 0.0);
    s = scoreFiqr(fiqrAll(10));
    QCOMPARE(*s.function, 30.0);
    QCOMPARE(*s.overall, 20.0);
    QCOMPARE(*s.symptoms, 50.0);
    QCOMPARE(*s.total, 100.0);
    s = scoreFiqr(fiqrAll(5));
    QCOMPARE(*s.function, 15.0);
    QCOMPARE(*s.overall, 10.0);
    QCOMPARE(*s.symptoms, 25.0);
    QCOMPARE(*s.total, 50.0);

    // Items 1..21 answered with their number mod 11: function 1+...+9 = 45 -> 15; overall
    // 10 + 0 = 10; symptoms 1+2+...+10 = 55 -> 27.5; total 52.5.
    FiqrAnswers a;
    for (int n = 1; n <= 21; ++n)
        a.items.at(size_t(n - 1)) = n % 11;
    s = scoreFiqr(a);
    QCOMPARE(*s.function, 15.0);
    QCOMPARE(*s.overall, 10.0);
    QCOMPARE(*s.symptoms, 27.5);
    QCOMPARE(*s.total, 52.5);
    QCOMPARE(s.missing, 0);
}

void TstQuestionnaires::fiqrMissingItemsAreWeighted()
{
    FiqrAnswers a = fiqrAll(6);
    a.items.at(8).reset();  // item 9: 8 answered, 48 * 9 / 8 = 54 -> 18
    a.items.at(10).reset(); // item 11: item 10 alone, 6 * 2 / 1 = 12
    a.items.at(11) = 0;     // item 12
    a.items.at(20).reset(); // item 21: 0 + 8 * 6 = 48, * 10 / 9 = 53.33 -> 26.67
    const FiqrScore s = scoreFiqr(a);
    QCOMPARE(*s.function, 18.0);
    QCOMPARE(*s.overall, 12.0);
    QVERIFY(qFuzzyCompare(*s.symptoms, 48.0 * 10 / 9 / 2));
    QVERIFY(qFuzzyCompare(*s.total, 18.0 + 12.0 + 48.0 * 10 / 9 / 2));
    QCOMPARE(s.missing, 3);

    // The smallest sets still scored: 5 of 9, 1 of 2, 5 of 10.
    FiqrAnswers least;
    for (int n : {1, 2, 3, 4, 5})
        least.items.at(size_t(n - 1)) = 3; // 15 * 9 / 5 = 27 -> 9
    least.items.at(9) = 4;                 // 8
    for (int n : {12, 14, 16, 18, 20})
        least.items.at(size_t(n - 1)) = 2; // 10 * 10 / 5 = 20 -> 10
    const FiqrScore l = scoreFiqr(least);
    QCOMPARE(*l.function, 9.0);
    QCOMPARE(*l.overall, 8.0);
    QCOMPARE(*l.symptoms, 10.0);
    QCOMPARE(*l.total, 27.0);
}

void TstQuestionnaires::fiqrTooManyMissing()
{
    FiqrAnswers a = fiqrAll(4);
    for (int n : {1, 2, 3, 4, 5}) // 4 of 9 left
        a.items.at(size_t(n - 1)).reset();
    FiqrScore s = scoreFiqr(a);
    QVERIFY(!s.function);
    QVERIFY(s.overall && s.symptoms);
    QVERIFY(!s.total);

    a = fiqrAll(4);
    a.items.at(9).reset();
    a.items.at(10).reset();
    s = scoreFiqr(a);
    QVERIFY(!s.overall);
    QVERIFY(!s.total);

    a = fiqrAll(4);
    for (int n : {12, 13, 14, 15, 16, 17}) // 4 of 10 left
        a.items.at(size_t(n - 1)).reset();
    s = scoreFiqr(a);
    QVERIFY(!s.symptoms);
    QVERIFY(!s.total);
    QVERIFY(!scoreFiqr(FiqrAnswers()).total);
}

void TstQuestionnaires::wpiCountsAreasAndRegions()
{
    // Jaws, chest and abdomen are painful areas but do not make pain generalised.
    Acr2016Score s = scoreAcr2016(acr({"left_jaw", "right_jaw", "chest", "abdomen"}, sssOf(12)));
    QCOMPARE(s.wpi, 4);
    QCOMPARE(s.regionsWithPain, 0);
    QVERIFY(!s.generalisedPain);
    QCOMPARE(*s.met, false);

    // Eight areas in the two upper regions: severe enough, but not generalised.
    s = scoreAcr2016(
        acr({"left_shoulder_girdle", "left_upper_arm", "left_lower_arm", "left_jaw",
             "right_shoulder_girdle", "right_upper_arm", "right_lower_arm", "right_jaw"},
            sssOf(6)));
    QCOMPARE(s.wpi, 8);
    QCOMPARE(s.regionsWithPain, 2);
    QVERIFY(s.severityMet);
    QCOMPARE(*s.met, false);

    // Each of the five regions.
    s = scoreAcr2016(
        acr({"left_lower_arm", "right_upper_arm", "left_lower_leg", "right_hip", "lower_back"},
            sssOf(9)));
    QCOMPARE(s.regionsWithPain, 5);
    QVERIFY(s.generalisedPain);
    QCOMPARE(*s.sss, 9);
    QCOMPARE(*s.fs, 14);

    const Acr2016Score all = scoreAcr2016(acr(generalised(19), sssOf(12)));
    QCOMPARE(all.wpi, 19);
    QCOMPARE(*all.fs, 31);
    QCOMPARE(*all.met, true);
    // The map with nothing marked is a WPI of 0.
    QCOMPARE(scoreAcr2016(acr({}, sssOf(3))).wpi, 0);
}

void TstQuestionnaires::criteriaBoundaries_data()
{
    QTest::addColumn<int>("wpi");
    QTest::addColumn<int>("sss");
    QTest::addColumn<bool>("severity");
    QTest::newRow("7/5") << 7 << 5 << true;
    QTest::newRow("7/4") << 7 << 4 << false;
    QTest::newRow("19/5") << 19 << 5 << true;
    QTest::newRow("6/9") << 6 << 9 << true;
    QTest::newRow("6/8") << 6 << 8 << false;
    QTest::newRow("4/9") << 4 << 9 << true;
    QTest::newRow("4/12") << 4 << 12 << true;
    QTest::newRow("4/8") << 4 << 8 << false;
    QTest::newRow("3/12") << 3 << 12 << false;
    QTest::newRow("0/12") << 0 << 12 << false;
    QTest::newRow("19/4") << 19 << 4 << false;
}

void TstQuestionnaires::criteriaBoundaries()
{
    QFETCH(int, wpi);
    QFETCH(int, sss);
    QFETCH(bool, severity);
    const Acr2016Answers answers = acr(generalised(wpi), sssOf(sss));
    const Acr2016Score s = scoreAcr2016(answers);
    QCOMPARE(s.wpi, wpi);
    QCOMPARE(*s.sss, sss);
    QCOMPARE(*s.fs, wpi + sss);
    QCOMPARE(s.severityMet, severity);
    QCOMPARE(*s.met, severity && s.regionsWithPain >= 4);
    if (wpi >= 4)
        QCOMPARE(s.regionsWithPain, 4 + (wpi >= 5 ? 1 : 0));
    // Symptoms shorter than 3 months: never met.
    Acr2016Answers brief = answers;
    brief.lastedThreeMonths = false;
    QCOMPARE(*scoreAcr2016(brief).met, false);
}

void TstQuestionnaires::unansweredPartsGiveNull()
{
    auto partial = sssOf(8);
    partial.at(4).reset();
    Acr2016Score s = scoreAcr2016(acr(generalised(9), partial));
    QCOMPARE(s.wpi, 9);
    QVERIFY(!s.sss && !s.fs && !s.met);
    s = scoreAcr2016(acr(generalised(9), sssOf(8), std::nullopt));
    QCOMPARE(*s.sss, 8);
    QVERIFY(!s.met);
}

void TstQuestionnaires::definitions()
{
    QCOMPARE(fiqr::items().size(), 21);
    QCOMPARE(acr2016::areas().size(), 19);
    int perRegion[acr2016::kRegions] = {};
    QSet<QString> keys;
    for (const acr2016::Area &a : acr2016::areas()) {
        ++perRegion[int(a.region)];
        keys.insert(QLatin1String(a.key));
    }
    QCOMPARE(keys.size(), 19);
    QCOMPARE(perRegion[int(acr2016::Region::LeftUpper)], 4);
    QCOMPARE(perRegion[int(acr2016::Region::RightUpper)], 4);
    QCOMPARE(perRegion[int(acr2016::Region::LeftLower)], 3);
    QCOMPARE(perRegion[int(acr2016::Region::RightLower)], 3);
    QCOMPARE(perRegion[int(acr2016::Region::Axial)], 5);
    QVERIFY(fiqr::citation().contains(QLatin1String("2009;11:R120")));
    QVERIFY(acr2016::citation().contains(QLatin1String("2016;46:319-329")));
}

void TstQuestionnaires::storeReplacesADaysSet()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("j.sqlite"));
    FiqrAnswers a = fiqrAll(3);
    a.items.at(2).reset();
    FC_VERIFY_OK(store.questionnaires().saveFiqr(a));
    a.items.at(0) = 9;
    FC_VERIFY_OK(store.questionnaires().saveFiqr(a));
    QCOMPARE(store.questionnaires().fiqrAnswers(), QVector<FiqrAnswers>{a});

    Acr2016Answers b = acr({"neck", "chest"}, sssOf(4));
    FC_VERIFY_OK(store.questionnaires().saveAcr2016(b));
    b.painfulAreas = {QStringLiteral("lower_back")};
    b.lastedThreeMonths = false;
    FC_VERIFY_OK(store.questionnaires().saveAcr2016(b));
    QCOMPARE(store.questionnaires().acr2016Answers(), QVector<Acr2016Answers>{b});

    QVERIFY(store.questionnaires().removeFiqr(a.day));
    QVERIFY(store.questionnaires().fiqrAnswers().isEmpty());
    QCOMPARE(store.questionnaires().acr2016Answers().size(), 1);
}

void TstQuestionnaires::csvImportChecksEveryRow()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("j.sqlite"));
    const QByteArray csv = "date,time,kind,name,value,unit,note\r\n"
                           "2026-03-02,,fiqr,22,5,,\r\n"
                           "2026-03-02,,fiqr,3,11,,\r\n"
                           "2026-03-02,,fiqr,4,7,,\r\n"
                           "2026-03-02,,fiqr,4,6,,\r\n"
                           "2026-03-02,,wpi,left_knee,1,,\r\n"
                           "2026-03-02,,wpi,neck,2,,\r\n"
                           "2026-03-02,,sss,fatigue,4,,\r\n"
                           "2026-03-02,,sss,headaches,2,,\r\n"
                           "2026-03-02,,sss,mood,1,,\r\n"
                           "2026-03-02,,sss_duration,,yes,,\r\n";
    const CsvImportPlan plan = CsvImport::plan(csv, store);
    QStringList lines;
    for (const CsvIssue &e : plan.errors)
        lines << e.toString();
    QCOMPARE(plan.errors.size(), 9);
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("line 2")) && all.contains(QLatin1String("1 to 21")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("on line 4")), qPrintable(all)); // the second item 4
    QVERIFY2(all.contains(QLatin1String("left_knee")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("0 to 3")), qPrintable(all));
    QVERIFY(!plan.canImport());
    QVERIFY(!CsvImport::apply(plan, store));
    QVERIFY(store.questionnaires().fiqrAnswers().isEmpty());
}

void TstQuestionnaires::csvDuplicatesAgainstTheJournal()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("j.sqlite"));
    const QByteArray csv = "date,time,kind,name,value,unit,note\r\n"
                           "2026-03-02,,fiqr,1,5,,\r\n"
                           "2026-03-02,,wpi,neck,1,,\r\n"
                           "2026-03-02,,wpi,chest,0,,\r\n"
                           "2026-03-09,,fiqr,1,4,,\r\n";
    CsvImportPlan plan = CsvImport::plan(csv, store);
    QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
    QCOMPARE(plan.fiqr.size(), 2);
    QCOMPARE(plan.acr2016.size(), 1);
    QVERIFY(plan.summary().contains(QLatin1String("2 FIQRs")));
    FC_VERIFY_OK(CsvImport::apply(plan, store));
    QCOMPARE(store.questionnaires().acr2016Answers().constFirst().painfulAreas,
             QSet<QString>{QStringLiteral("neck")});
    plan = CsvImport::plan(csv, store);
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.duplicates.size(), 3);
}

void TstQuestionnaires::insightsJsonOneObjectPerDate()
{
    FiqrAnswers f = fiqrAll(5);
    f.day = QDate(2026, 5, 1);
    FiqrAnswers g = fiqrAll(2);
    g.day = QDate(2026, 4, 1);
    g.items.at(9).reset();
    g.items.at(10).reset();
    const Acr2016Answers a = acr(generalised(8), sssOf(6)); // 2026-05-01
    Acr2016Answers b = acr({"neck"}, sssOf(2), std::nullopt);
    b.day = QDate(2026, 6, 1);
    const QJsonArray out = questionnairesJson({f, g}, {a, b});
    QCOMPARE(out.size(), 3);
    const QJsonObject april = out[0].toObject();
    QCOMPARE(april.value("date").toString(), QStringLiteral("2026-04-01"));
    QVERIFY(april.value("fiqr_overall").isNull());
    QVERIFY(april.value("fiqr_total").isNull());
    QCOMPARE(april.value("fiqr_function").toDouble(), 6.0);
    QVERIFY(april.value("wpi").isNull());
    QVERIFY(april.value("acr2016_met").isNull());
    const QJsonObject may = out[1].toObject();
    QCOMPARE(may.value("fiqr_total").toDouble(), 50.0);
    QCOMPARE(may.value("wpi").toInt(), 8);
    QCOMPARE(may.value("sss").toInt(), 6);
    QCOMPARE(may.value("fs").toInt(), 14);
    QCOMPARE(may.value("regions_with_pain").toInt(), 5);
    QCOMPARE(may.value("acr2016_met").toBool(), true);
    const QJsonObject june = out[2].toObject();
    QVERIFY(june.value("fiqr_total").isNull());
    QCOMPARE(june.value("wpi").toInt(), 1);
    QVERIFY(june.value("acr2016_met").isNull());
    QCOMPARE(june.keys().size(), 10);
}

FC_CORE_TEST_MAIN(TstQuestionnaires)
#include "tst_questionnaires.moc"
