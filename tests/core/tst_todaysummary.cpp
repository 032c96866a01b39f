#include "journal/journalstore.h"
#include "journal/todaysummary.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QtTest>

using namespace fc;

namespace {

Trial ldnTrial(JournalStore &store, const QDate &start, const QDate &stop = {})
{
    Trial t;
    t.treatmentId = store.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
    t.dose = 4.5;
    t.unit = QStringLiteral("mg");
    t.schedule = QStringLiteral("4.5 mg at bedtime");
    t.start = start;
    t.stop = stop;
    return t;
}

} // namespace

class TstTodaySummary : public QObject
{
    Q_OBJECT
private slots:
    void emptyJournalHasNothingToday()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const TodaySummary s = TodaySummary::build(store, QDate(2026, 3, 10));
        QCOMPARE(s.day, QDate(2026, 3, 10));
        QVERIFY(!s.checkedIn);
        QVERIFY(s.scores.isEmpty());
        QVERIFY(s.trials.isEmpty());
    }

    void closedJournalGivesAnEmptySummary()
    {
        JournalStore store;
        const TodaySummary s = TodaySummary::build(store, QDate(2026, 3, 10));
        QVERIFY(!s.checkedIn);
        QVERIFY(s.trials.isEmpty());
    }

    void checkInScoresComeInSymptomOrder()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        CheckIn c;
        c.day = QDate(2026, 3, 10);
        c.scores = {{QStringLiteral("mood"), 6}, {QStringLiteral("pain"), 7}};
        FC_VERIFY_OK(store.saveCheckIn(c));
        const TodaySummary s = TodaySummary::build(store, QDate(2026, 3, 10));
        QVERIFY(s.checkedIn);
        QCOMPARE(s.scores.size(), 2);
        QCOMPARE(s.scores[0].name, QStringLiteral("Pain"));
        QCOMPARE(s.scores[0].score, 7);
        QCOMPARE(s.scores[1].name, QStringLiteral("Mood"));
        QCOMPARE(s.scores[1].score, 6);
        QVERIFY(!TodaySummary::build(store, QDate(2026, 3, 11)).checkedIn);
    }

    void runningTrialsCountDaysFromOne()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QDate today(2026, 3, 10);
        Trial running = ldnTrial(store, QDate(2026, 2, 27)); // 11 days before: day 12
        Trial startsToday = ldnTrial(store, today);
        Trial stopped = ldnTrial(store, QDate(2026, 1, 1), QDate(2026, 3, 9));
        Trial stopsToday = ldnTrial(store, QDate(2026, 3, 1), today);
        Trial planned = ldnTrial(store, QDate(2026, 3, 11));
        for (Trial *t : {&running, &startsToday, &stopped, &stopsToday, &planned})
            FC_VERIFY_OK(store.trials().saveTrial(*t));

        const TodaySummary s = TodaySummary::build(store, today);
        QCOMPARE(s.trials.size(), 3);
        QMap<qint64, int> days;
        for (const TodaySummary::ActiveTrial &t : s.trials) {
            days.insert(t.id, t.day);
            QVERIFY(t.treatmentName.contains(QLatin1String("naltrexone"), Qt::CaseInsensitive));
            QCOMPARE(t.schedule, QStringLiteral("4.5 mg at bedtime"));
        }
        QCOMPARE(days.value(running.id), 12);
        QCOMPARE(days.value(startsToday.id), 1);
        QCOMPARE(days.value(stopsToday.id), 10); // its last day still counts
        QVERIFY(!days.contains(stopped.id));
        QVERIFY(!days.contains(planned.id));
    }

    // A trial whose dose log went quiet more than two weeks ago is asked about; one never
    // logged, or logged lately, is not.
    void quietTrialsAreAskedAbout()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QDate today(2026, 3, 10);
        Trial quiet = ldnTrial(store, QDate(2025, 4, 1));
        Trial lately = ldnTrial(store, QDate(2025, 4, 1));
        Trial boundary = ldnTrial(store, QDate(2025, 4, 1));
        Trial neverLogged = ldnTrial(store, QDate(2025, 4, 1));
        for (Trial *t : {&quiet, &lately, &boundary, &neverLogged})
            FC_VERIFY_OK(store.trials().saveTrial(*t));
        QVERIFY(store.trials().setDoseTaken(quiet.id, QDate(2025, 5, 20), true));
        QVERIFY(store.trials().setDoseTaken(quiet.id, QDate(2025, 5, 21), false));
        QVERIFY(store.trials().setDoseTaken(lately.id, today.addDays(-3), true));
        const int limit = TodaySummary::quietAfterDays;
        QVERIFY(store.trials().setDoseTaken(boundary.id, today.addDays(-limit), true));

        QMap<qint64, TodaySummary::ActiveTrial> trials;
        for (const TodaySummary::ActiveTrial &t : TodaySummary::build(store, today).trials)
            trials.insert(t.id, t);
        QVERIFY(trials.value(quiet.id).quiet);
        QCOMPARE(trials.value(quiet.id).lastLogged, QDate(2025, 5, 21)); // a missed dose counts
        QVERIFY(!trials.value(lately.id).quiet);
        QVERIFY(!trials.value(boundary.id).quiet);
        QVERIFY(TodaySummary::build(store, today.addDays(1)).trials.size() == 4);
        for (const TodaySummary::ActiveTrial &t :
             TodaySummary::build(store, today.addDays(1)).trials)
            if (t.id == boundary.id)
                QVERIFY(t.quiet);
        QVERIFY(!trials.value(neverLogged.id).quiet);
        QVERIFY(!trials.value(neverLogged.id).lastLogged.isValid());
    }
};

FC_CORE_TEST_MAIN(TstTodaySummary)
#include "tst_todaysummary.moc"
