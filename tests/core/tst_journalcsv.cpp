#include "export/csvimport.h"
#include "export/journalcsv.h"
#include "journal/journalstore.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace fc;

namespace {

void openStore(JournalStore &store, const test::TempDataDir &dir, const QString &name)
{
    FC_VERIFY_OK(store.open(dir.filePath(name)));
}

int count(JournalStore &store, const QString &table)
{
    QSqlQuery q(store.database().db());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}

QStringList errorLines(const CsvImportPlan &plan)
{
    QStringList out;
    for (const CsvIssue &e : plan.errors)
        out << e.toString();
    return out;
}

// A journal with one of everything the long layout carries.
void fill(JournalStore &store)
{
    const QByteArray defs =
        "date,time,kind,name,value,unit,note\r\n"
        ",,symptom,jaw_pain,\"Jaw pain, left\",higher-is-better;hidden,a|b|c\r\n"
        ",,treatment,my-tea,Ginger tea,cups,supplement\r\n";
    const CsvImportPlan plan = CsvImport::plan(defs, store);
    QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
    FC_VERIFY_OK(CsvImport::apply(plan, store));
    const QDate today = QDate::currentDate();
    for (int d = 0; d < 20; ++d) {
        CheckIn c;
        c.day = today.addDays(-d);
        if (d % 2)
            c.time = QTime(7, d);
        c.scores = {{QStringLiteral("pain"), d % 11}, {QStringLiteral("jaw_pain"), 3}};
        if (d % 3 == 0)
            c.hoursSlept = 6.25;
        c.crash = d == 4;
        c.note = d == 2 ? QStringLiteral("Line one\nline \"two\", with comma") : QString();
        FC_VERIFY_OK(store.saveCheckIn(c));
    }
    const auto tea = store.trials().treatment(QStringLiteral("my-tea"));
    QVERIFY(tea);
    Trial t;
    t.treatmentId = tea->id;
    t.dose = 2;
    t.unit = QStringLiteral("cups");
    t.schedule = QStringLiteral("morning, evening");
    t.start = today.addDays(-15);
    t.stop = today.addDays(-3);
    t.stopReason = QStringLiteral("No effect");
    t.rampUpDays = 3;
    t.doseChanges = {{0, today.addDays(-10), 0.5, QStringLiteral("cups"), QStringLiteral("less")}};
    t.sideEffects = {{0, today.addDays(-9), QStringLiteral("Heartburn"), 6}};
    FC_VERIFY_OK(store.trials().saveTrial(t));
    QVERIFY(store.trials().setDoseTaken(t.id, today.addDays(-12), false));
    QVERIFY(store.trials().setDoseTaken(t.id, today.addDays(-11), true));
    Trial again = t;
    again.id = 0;
    again.start = today.addDays(-2);
    again.stop = QDate();
    again.doseChanges.clear();
    again.sideEffects = {{0, today.addDays(-1), QStringLiteral("Heartburn again"), std::nullopt}};
    FC_VERIFY_OK(store.trials().saveTrial(again));
    Note n;
    n.title = QStringLiteral("Ask about sleep");
    n.body = QStringLiteral("Is **6 h** enough?\n\n- yes\n- no");
    n.day = today.addDays(-4);
    n.articleSlug = QStringLiteral("sleep-hygiene");
    n.quote = QStringLiteral("Keep a regular bedtime.");
    FC_VERIFY_OK(store.notesStore().save(n));
    // A planned test that started a month ago and was ended early, and one that starts tomorrow.
    for (int i = 0; i < 2; ++i) {
        PlannedTrial p;
        p.treatmentId = store.trials().treatment(QStringLiteral("magnesium-l-threonate"))->id;
        p.symptomKey = i == 0 ? QStringLiteral("pain") : QStringLiteral("jaw_pain");
        p.start = i == 0 ? today.addDays(-30) : today.addDays(1);
        p.periodDays = 7;
        p.pairs = 4;
        p.washoutDays = 1;
        p.seed = i == 0 ? 18446744073709551557ULL : 12;
        p.onFirst = PlannedTrial::drawOrder(p.seed, p.pairs);
        if (i == 0)
            p.stopped = today.addDays(-3);
        FC_VERIFY_OK(store.plans().savePlan(p));
    }
    // A FIQR with one item unanswered and two ACR 2016 sets, one without the duration answer.
    FiqrAnswers fiqr;
    fiqr.day = today.addDays(-7);
    for (int i = 0; i < FiqrAnswers::kItems; ++i)
        if (i != 4)
            fiqr.items.at(size_t(i)) = (i * 3) % 11;
    FC_VERIFY_OK(store.questionnaires().saveFiqr(fiqr));
    Acr2016Answers acr;
    acr.day = today.addDays(-7);
    acr.painfulAreas = {QStringLiteral("neck"), QStringLiteral("left_hip"),
                        QStringLiteral("right_jaw")};
    acr.sss = {2, 3, 1, 1, 0, 1};
    acr.lastedThreeMonths = true;
    FC_VERIFY_OK(store.questionnaires().saveAcr2016(acr));
    acr.day = today.addDays(-37);
    acr.painfulAreas.clear();
    acr.lastedThreeMonths.reset();
    FC_VERIFY_OK(store.questionnaires().saveAcr2016(acr));
}

} // namespace

class TstJournalCsv : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsIdentical();
    void wideLayout();
    void badRowsImportNothing();
    void handPreparedFile();
    void duplicatesAreSkipped();
    void flaredownPerUser();
    void flaredownLong();
    void flaredownSeveralPeopleRefused();
    void unknownHeader();
    void failedWriteLeavesNothing();
    void badTestPlanRows();
};

void TstJournalCsv::badTestPlanRows()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("a.sqlite"));
    const QByteArray csv =
        "date,time,kind,name,value,unit,note\r\n"
        "2024-01-01,,test_plan,magnesium-l-threonate,pain,pairs=2;period_days=7;washout_days=0;"
        "seed=5,\"ON-OFF, OFF-ON\"\r\n"
        "2024-01-01,,test_plan,nothing-known,pain,pairs=2;period_days=7;washout_days=0;seed=5,"
        "ON-OFF\r\n"
        "2024-01-01,,test_plan,magnesium-l-threonate,knee,pairs=2;period_days=7;washout_days=0;"
        "seed=5,ON-OFF\r\n"
        "2024-01-01,,test_plan,magnesium-l-threonate,pain,pairs=2;period=7,ON-OFF\r\n"
        "2024-01-01,,test_plan,magnesium-l-threonate,pain,pairs=2;period_days=7;washout_days=0;"
        "seed=5,\"ON-OFF, sideways\"\r\n"
        "2024-01-01,,test_plan,magnesium-l-threonate,pain,pairs=3;period_days=7;washout_days=0;"
        "seed=5,\"ON-OFF, OFF-ON\"\r\n"
        "2024-05-01,,test_stop,magnesium-l-threonate,,,\r\n";
    const CsvImportPlan plan = CsvImport::plan(csv, store);
    const QStringList errors = errorLines(plan);
    QCOMPARE(errors.size(), 6);
    QVERIFY2(errors[0].contains("unknown treatment \"nothing-known\""), qPrintable(errors[0]));
    QVERIFY2(errors[1].contains("unknown symptom \"knee\""), qPrintable(errors[1]));
    QVERIFY2(errors[2].contains("pairs=N;period_days=N;washout_days=N;seed=N"),
             qPrintable(errors[2]));
    QVERIFY2(errors[3].contains("must be the order"), qPrintable(errors[3]));
    QVERIFY2(errors[4].contains("order has 2 pairs but the plan has 3"), qPrintable(errors[4]));
    QVERIFY2(errors[5].contains("no test_plan of magnesium-l-threonate runs on 2024-05-01"),
             qPrintable(errors[5]));
    QVERIFY(!CsvImport::apply(plan, store));
    QVERIFY(store.plans().plans().isEmpty());
}

void TstJournalCsv::roundTripIsIdentical()
{
    test::TempDataDir dir;
    JournalStore source, target;
    openStore(source, dir, QStringLiteral("a.sqlite"));
    fill(source);
    const QByteArray first = journalcsv::exportLong(source);
    QVERIFY(first.contains("\"Line one\nline \"\"two\"\", with comma\""));
    QVERIFY(
        first.contains(",,symptom,jaw_pain,\"Jaw pain, left\",higher-is-better;hidden,a|b|c\r\n"));
    QVERIFY(first.contains(",trial_stop,my-tea,,,No effect\r\n"));
    QVERIFY(first.contains(",dose_taken,my-tea,0,,\r\n"));
    QVERIFY(first.contains(",hours_slept,,6.25,h,\r\n"));

    openStore(target, dir, QStringLiteral("b.sqlite"));
    const CsvImportPlan plan = CsvImport::plan(first, target);
    QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
    QCOMPARE(plan.checkIns.size(), 20);
    QCOMPARE(plan.trials.size(), 2);
    QCOMPARE(plan.notes.size(), 1);
    QCOMPARE(plan.plans.size(), 2);
    QCOMPARE(plan.fiqr.size(), 1);
    QCOMPARE(plan.acr2016.size(), 2);
    QVERIFY(first.contains(",,fiqr,4,9,,\r\n"));
    QVERIFY(!first.contains(",,fiqr,5,"));
    QVERIFY(first.contains(",,wpi,right_jaw,1,,\r\n"));
    QVERIFY(first.contains(",,sss,waking_unrefreshed,3,,\r\n"));
    QVERIFY(first.contains(",,sss_duration,,1,,\r\n"));
    QVERIFY(first.contains(",test_plan,magnesium-l-threonate,pain,"
                           "pairs=4;period_days=7;washout_days=1;seed=18446744073709551557,"));
    QVERIFY(first.contains(",test_stop,magnesium-l-threonate,,,\r\n"));
    FC_VERIFY_OK(CsvImport::apply(plan, target));
    QCOMPARE(journalcsv::exportLong(target), first);
    QCOMPARE(target.plans().plans()[0].onFirst, source.plans().plans()[0].onFirst);
    QCOMPARE(target.plans().plans()[0].stopped, source.plans().plans()[0].stopped);
    QCOMPARE(target.questionnaires().fiqrAnswers(), source.questionnaires().fiqrAnswers());
    QCOMPARE(target.questionnaires().acr2016Answers(), source.questionnaires().acr2016Answers());
    QCOMPARE(journalcsv::exportWide(target), journalcsv::exportWide(source));
}

void TstJournalCsv::wideLayout()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("a.sqlite"));
    CheckIn c;
    c.day = QDate(2024, 5, 1);
    c.scores = {{QStringLiteral("pain"), 7}, {QStringLiteral("mood"), 3}};
    c.hoursSlept = 5.5;
    c.crash = true;
    c.note = QStringLiteral("bad, day");
    QVERIFY(store.saveCheckIn(c));
    const QByteArray wide = journalcsv::exportWide(store);
    QCOMPARE(wide, QByteArray("date,pain,fatigue,sleep,brain_fog,mood,hours_slept,crash,note\r\n"
                              "2024-05-01,7,,,,3,5.5,1,\"bad, day\"\r\n"));
    JournalStore other;
    openStore(other, dir, QStringLiteral("b.sqlite"));
    const CsvImportPlan plan = CsvImport::plan(wide + "2024-05-02,,,,,,,0,\r\n", other);
    QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
    QVERIFY(CsvImport::apply(plan, other));
    QCOMPARE(journalcsv::exportWide(other), wide + "2024-05-02,,,,,,,0,\r\n");
    // Wide columns that are not symptoms yet become the user's own symptoms.
    const CsvImportPlan custom =
        CsvImport::plan("date,Knee pain,note\n2024-05-03,4,\n2024-05-04,12,x\n", other);
    QCOMPARE(custom.symptoms.size(), 1);
    QCOMPARE(custom.symptoms[0].value.key, QStringLiteral("knee_pain"));
    QCOMPARE(errorLines(custom),
             QStringList{
                 QStringLiteral("line 3: Knee pain must be a number from 0 to 10 (got \"12\")")});
}

void TstJournalCsv::badRowsImportNothing()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("a.sqlite"));
    const CsvImportPlan plan =
        CsvImport::plan(test::readTestData(QStringLiteral("csv/bad-long.csv")), store);
    const QStringList errors = errorLines(plan);
    QVector<int> lines;
    for (const CsvIssue &e : plan.errors)
        lines << e.line;
    QCOMPARE(lines, (QVector<int>{3, 4, 5, 8, 9, 10, 11, 12, 13}));
    QVERIFY2(errors[0].contains("\"2024-02-30\" is not a valid date"), qPrintable(errors[0]));
    QVERIFY2(errors[1].contains("from 0 to 10 (got \"11\")"), qPrintable(errors[1]));
    QVERIFY2(errors[2].contains("6 fields, expected 7") || errors[2].contains("5 fields"),
             qPrintable(errors[2]));
    QVERIFY2(errors[3].contains("UTF-8"), qPrintable(errors[3]));
    QVERIFY2(errors[4].contains("hours slept must be a number from 0 to 24"),
             qPrintable(errors[4]));
    QVERIFY2(errors[5].contains("unknown kind \"feeling\""), qPrintable(errors[5]));
    QVERIFY2(errors[6].contains("time \"25:00\""), qPrintable(errors[6]));
    QVERIFY2(errors[7].contains("unknown symptom \"knee_pain\""), qPrintable(errors[7]));
    QVERIFY2(errors[8].contains("no trial of low-dose-naltrexone covers 2024-03-10"),
             qPrintable(errors[8]));
    // The quoted line break (lines 6-7) and the BOM and CRLF are fine.
    QVERIFY(!plan.canImport());
    QString error;
    QVERIFY(test::fails(CsvImport::apply(plan, store), &error));
    QVERIFY(error.contains("nothing was imported"));
    QCOMPARE(count(store, QStringLiteral("checkin")), 0);
    QCOMPARE(count(store, QStringLiteral("score")), 0);
}

void TstJournalCsv::handPreparedFile()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("a.sqlite"));
    const CsvImportPlan plan =
        CsvImport::plan(test::readTestData(QStringLiteral("csv/hand-long.csv")), store);
    QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
    FC_VERIFY_OK(CsvImport::apply(plan, store));
    const auto first = store.checkIn(QDate(2024, 3, 1));
    QVERIFY(first);
    QCOMPARE(first->scores.value(QStringLiteral("knee_pain")), 2);
    QCOMPARE(first->scores.value(QStringLiteral("pain")), 5);
    QCOMPARE(first->time, QTime(8, 0));
    QVERIFY(first->crash);
    const auto second = store.checkIn(QDate(2024, 3, 2));
    QVERIFY(second);
    QCOMPARE(second->note, QStringLiteral("first line\nsecond line, with a comma"));
    QCOMPARE(*second->hoursSlept, 7.5);
    const QVector<Trial> trials = store.trials().trials();
    QCOMPARE(trials.size(), 1);
    QCOMPARE(*trials[0].dose, 1.5);
    QCOMPARE(trials[0].stop, QDate(2024, 3, 3));
    QCOMPARE(trials[0].stopReason, QStringLiteral("No change"));
    QCOMPARE(trials[0].doseChanges.size(), 1);
    QCOMPARE(trials[0].doseChanges[0].dose, 3.0);
    QCOMPARE(trials[0].sideEffects[0].description, QStringLiteral("Vivid dreams"));
    QCOMPARE(*trials[0].sideEffects[0].severity, 4);
    QCOMPARE(store.trials().doseLog(trials[0].id), (QMap<QDate, bool>{{QDate(2024, 3, 2), false}}));
}

void TstJournalCsv::duplicatesAreSkipped()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("a.sqlite"));
    const QByteArray data = test::readTestData(QStringLiteral("csv/hand-long.csv"));
    QVERIFY(CsvImport::apply(CsvImport::plan(data, store), store));
    const CsvImportPlan again = CsvImport::plan(data, store);
    QVERIFY(again.errors.isEmpty());
    QVERIFY(again.isEmpty());
    QCOMPARE(again.duplicates.size(), 4); // symptom, two check-ins, the trial
    QVERIFY2(again.duplicates[1].contains("already has a check-in for 2024-03-01"),
             qPrintable(again.duplicates.join('\n')));
}

void TstJournalCsv::flaredownPerUser()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("a.sqlite"));
    const CsvImportPlan plan =
        CsvImport::plan(test::readTestData(QStringLiteral("csv/flaredown-user.csv")), store);
    QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
    QVERIFY(plan.summary().contains("multiplied by 2.5"));
    QVERIFY(plan.summary().contains("Read as treatments (doses): Amitriptyline, Magnesium"));
    FC_VERIFY_OK(CsvImport::apply(plan, store));
    const QVector<CheckIn> days = store.checkIns(QDate(2024, 1, 1), QDate(2024, 1, 4));
    QCOMPARE(days.size(), 4);
    // 0-4 -> 0-10 exactly: 3 -> 7.5, 4 -> 10, 2 -> 5, 1 -> 2.5 (no rounding shifts a mean).
    QCOMPARE(days[0].scores.value(QStringLiteral("fibromyalgia")), 7.5);
    QCOMPARE(days[1].scores.value(QStringLiteral("fibromyalgia")), 10.0);
    QCOMPARE(days[2].scores.value(QStringLiteral("fibromyalgia")), 5.0);
    QCOMPARE(days[3].scores.value(QStringLiteral("fibromyalgia")), 2.5);
    QCOMPARE(days[0].scores.value(QStringLiteral("fatigue")), 5);
    QCOMPARE(days[1].scores.value(QStringLiteral("headache")), 0);
    QVERIFY(!days[2].scores.contains(QStringLiteral("fatigue")));
    QCOMPARE(days[0].note, QStringLiteral("Tags: stress\nFoods: Coffee"));
    QCOMPARE(days[2].note, QStringLiteral("Tags: rain; poor sleep"));
    const QVector<Trial> trials = store.trials().trials();
    QCOMPARE(trials.size(), 2);
    QCOMPARE(trials[0].treatmentName, QStringLiteral("Amitriptyline"));
    QCOMPARE(trials[0].start, QDate(2024, 1, 1));
    QCOMPARE(trials[0].stop, QDate(2024, 1, 3));
    QCOMPARE(*trials[0].dose, 10.0);
    QCOMPARE(trials[0].unit, QStringLiteral("mg"));
    QCOMPARE(trials[0].doseChanges.size(), 1);
    QCOMPARE(trials[0].doseChanges[0].day, QDate(2024, 1, 3));
    QCOMPARE(trials[0].doseChanges[0].dose, 25.0);
    QCOMPARE(store.trials().doseLog(trials[0].id).size(), 3);
    QCOMPARE(trials[1].treatmentName, QStringLiteral("Magnesium"));
    QCOMPARE(trials[1].stop, QDate(2024, 1, 2));
}

void TstJournalCsv::flaredownLong()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("a.sqlite"));
    const CsvImportPlan plan =
        CsvImport::plan(test::readTestData(QStringLiteral("csv/flaredown-long.csv")), store);
    QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
    const QString summary = plan.summary();
    QVERIFY(summary.contains("1 weather rows are kept"));
    QVERIFY(summary.contains("1 Harvey-Bradshaw index rows are skipped"));
    FC_VERIFY_OK(CsvImport::apply(plan, store));
    const QVector<CheckIn> days = store.checkIns(QDate(2024, 2, 1), QDate(2024, 2, 2));
    QCOMPARE(days.size(), 2);
    QCOMPARE(days[0].scores.value(QStringLiteral("fibromyalgia")), 7.5);
    QCOMPARE(days[0].scores.value(QStringLiteral("fatigue")), 10.0);
    QCOMPARE(days[1].scores.value(QStringLiteral("fatigue")), 5);
    QCOMPARE(days[0].note, QStringLiteral("Weather temperature_max: 41.0\nTag: walked"));
    const QVector<Trial> trials = store.trials().trials();
    QCOMPARE(trials.size(), 1);
    QCOMPARE(trials[0].treatmentName, QStringLiteral("Duloxetine"));
    // Still taken on the file's last day, but that day is long past: the history stopped.
    QCOMPARE(trials[0].stop, QDate(2024, 2, 2));
    QCOMPARE(*trials[0].dose, 30.0);
    QCOMPARE(trials[0].doseChanges[0].dose, 60.0);
    QCOMPARE(trials[0].doseChanges[0].day, QDate(2024, 2, 2));
}

void TstJournalCsv::flaredownSeveralPeopleRefused()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("a.sqlite"));
    const QByteArray data = "user_id,checkin_date,trackable_type,trackable_name,trackable_value\n"
                            "a,2024-01-01,Symptom,Fatigue,2\n"
                            "b,2024-01-01,Symptom,Fatigue,3\n"
                            "a,2024-01-02,Symptom,Fatigue,9\n";
    const CsvImportPlan plan = CsvImport::plan(data, store);
    QCOMPARE(errorLines(plan).size(), 2);
    QVERIFY(plan.errors[0].toString().startsWith("line 3: user_id b differs"));
    QVERIFY(plan.errors[1].toString().startsWith("line 4: Fatigue (Flaredown's 0-4 scale)"));
}

void TstJournalCsv::unknownHeader()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("a.sqlite"));
    const CsvImportPlan plan = CsvImport::plan("when,what\n1,2\n", store);
    QCOMPARE(plan.errors.size(), 1);
    QVERIFY(plan.errors[0].toString().contains("is not a header Fibro Companion knows"));
}

void TstJournalCsv::failedWriteLeavesNothing()
{
    test::TempDataDir dir;
    JournalStore store;
    openStore(store, dir, QStringLiteral("a.sqlite"));
    // The last insert of the import fails, as on a full disk: everything before it is rolled back.
    QSqlQuery q(store.database().db());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_note BEFORE INSERT ON note"
                                  " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    const QByteArray data = test::readTestData(QStringLiteral("csv/hand-long.csv")) +
                            "2024-03-04,10:00,note,Question,,,Ask about sleep\r\n";
    const CsvImportPlan plan = CsvImport::plan(data, store);
    QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
    QString error;
    QVERIFY(test::fails(CsvImport::apply(plan, store), &error));
    QVERIFY2(error.contains(QStringLiteral("note on line 14")), qPrintable(error));
    for (const QString &table :
         {QStringLiteral("symptom WHERE builtin = 0"), QStringLiteral("checkin"),
          QStringLiteral("score"), QStringLiteral("trial"), QStringLiteral("dose_log"),
          QStringLiteral("note")})
        QCOMPARE(count(store, table), 0);
}

FC_CORE_TEST_MAIN(TstJournalCsv)
#include "tst_journalcsv.moc"
