#include "export/csvimport.h"
#include "export/journalcsv.h"
#include "tempjournal.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QtTest>

// Imports of other trackers' exports, from files written as each app writes them:
//  - Flaredown: rubyforgood/Flaredown backend/app/jobs/data_export_job.rb (Ruby's CSV, a
//    DateTime in Date, "Taken"/"Not Taken" treatment cells, six weather columns since 10/2021)
//    and its spec/jobs/data_export_job_spec.rb;
//  - Bearable: "Export data" (date,date formatted,weekday,time of day,category,rating/amount,
//    detail,notes; no "date formatted" before 2021), CRLF line ends;
//  - Daylio: "Export entries" (full_date,date,weekday,time,mood,activities,note_title,note; the
//    older year,date,weekday,time,mood,activities,note), newest entry first.

using namespace fc;

namespace {

CheckIn dayOf(JournalStore &store, const QDate &day)
{
    const QVector<CheckIn> days = store.checkIns(day, day);
    return days.isEmpty() ? CheckIn() : days.first();
}

Trial trialOf(JournalStore &store, const QString &key)
{
    for (const Trial &t : store.trials().trials())
        if (t.treatmentKey == key)
            return t;
    return {};
}

} // namespace

class TstTrackerImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The English plural forms ("1 day", "5 days"), as the app installs them.
        QVERIFY2(test::installEnglishTranslation(), "fibro-companion_en.qm not found");
    }

    void flaredownWithWeatherAndMissedDoses()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        const CsvImportPlan plan = CsvImport::plan(
            test::readTestData(QStringLiteral("csv/flaredown-user-weather.csv")), store);
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        QVERIFY(plan.format.contains(QStringLiteral("weather")));
        // "Low dose naltrexone" is the catalogue's LDN, not a new treatment.
        for (const auto &t : plan.treatments)
            QVERIFY2(!t.value.name.contains(QStringLiteral("naltrexone"), Qt::CaseInsensitive),
                     qPrintable(t.value.key));
        FC_VERIFY_OK(CsvImport::apply(plan, store));

        const CheckIn first = dayOf(store, QDate(2025, 5, 1));
        QCOMPARE(first.scores.value(QStringLiteral("fibromyalgia")), 7.5); // 3 of 4, exactly
        QCOMPARE(first.scores.value(QStringLiteral("pain")), 2.5);
        QCOMPARE(first.note, QStringLiteral("Tags: stress; poor sleep\nFoods: Coffee\n"
                                            "Weather: Light rain; max temperature 61.3; min "
                                            "temperature 48.2; pressure 1012.4; precipitation "
                                            "intensity 0.02; humidity 0.81"));
        QCOMPARE(dayOf(store, QDate(2025, 5, 2)).note, QString());
        QCOMPARE(dayOf(store, QDate(2025, 5, 4)).note,
                 QStringLiteral("Tags: walked\nFoods: Oatmeal; Green tea"));

        const Trial ldn = trialOf(store, QStringLiteral("low-dose-naltrexone"));
        QVERIFY(ldn.id > 0);
        QCOMPARE(ldn.start, QDate(2025, 5, 1));
        // The export ends long ago: the trial ends on its last day taken.
        QCOMPARE(ldn.stop, QDate(2025, 5, 4));
        QVERIFY2(ldn.stopReason.contains(QStringLiteral("2025-05-04")), qPrintable(ldn.stopReason));
        QCOMPARE(*ldn.dose, 4.5);
        QCOMPARE(ldn.doseChanges.size(), 1); // 3 mg on the 4th; "Not Taken" is no dose
        QCOMPARE(ldn.doseChanges[0].dose, 3.0);
        const QMap<QDate, bool> log = store.trials().doseLog(ldn.id);
        QCOMPARE(log.value(QDate(2025, 5, 3), true), false);
        QCOMPARE(log.value(QDate(2025, 5, 2)), true);

        const Trial magnesium = trialOf(store, QStringLiteral("magnesium"));
        QVERIFY(magnesium.id > 0);
        QVERIFY(!magnesium.dose);
        QCOMPARE(magnesium.start, QDate(2025, 5, 1));
        QCOMPARE(magnesium.stop, QDate(2025, 5, 3));
        QVERIFY(magnesium.doseChanges.isEmpty());
        const QMap<QDate, bool> taken = store.trials().doseLog(magnesium.id);
        QCOMPARE(taken.size(), 3);
        QCOMPARE(taken.value(QDate(2025, 5, 2), true), false);
    }

    // The person kept logging "Not Taken" after the last day they took it (and once before the
    // first): the trial runs from the first to the last day the treatment was logged, and every
    // non-empty cell is a dose log entry, counted in the summary.
    void flaredownMissesAfterTheLastDayTakenAreKept()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        const QByteArray file = test::readTestData(QStringLiteral("csv/flaredown-user-missed.csv"));
        const CsvImportPlan plan = CsvImport::plan(file, store);
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        // Duloxetine: 8 cells; Magnesium: 6 non-empty cells.
        QCOMPARE(plan.doseLogCount(), 14);
        QVERIFY2(plan.summary().contains(QStringLiteral("14 taken/missed entries")),
                 qPrintable(plan.summary()));
        FC_VERIFY_OK(CsvImport::apply(plan, store));

        const Trial duloxetine = trialOf(store, QStringLiteral("duloxetine"));
        QVERIFY(duloxetine.id > 0);
        QCOMPARE(duloxetine.start, QDate(2024, 3, 1));
        QCOMPARE(duloxetine.stop, QDate(2024, 3, 8));
        QCOMPARE(*duloxetine.dose, 30.0); // the dose of the first day taken
        const QMap<QDate, bool> log = store.trials().doseLog(duloxetine.id);
        QCOMPARE(log.size(), 8);
        QCOMPARE(std::count(log.cbegin(), log.cend(), true), 3);
        QCOMPARE(log.value(QDate(2024, 3, 1), true), false);
        QCOMPARE(log.value(QDate(2024, 3, 8), true), false);

        const Trial magnesium = trialOf(store, QStringLiteral("magnesium"));
        QCOMPARE(magnesium.start, QDate(2024, 3, 1));
        QCOMPARE(magnesium.stop, QDate(2024, 3, 8));
        QCOMPARE(store.trials().doseLog(magnesium.id).size(), 6);

        // Our own CSV of that journal reads back with every entry.
        test::TempJournal again;
        QVERIFY2(again.isOpen(), qPrintable(again.error()));
        const CsvImportPlan back = CsvImport::plan(journalcsv::exportLong(store), again.store());
        QVERIFY2(back.canImport(), qPrintable(back.summary()));
        QCOMPARE(back.doseLogCount(), 14);
    }

    // "Magnesium, threonate" in a Flaredown export is the catalogue's Magnesium L-threonate, and
    // the preview says so; a choice made in the preview (or with --map) still wins.
    void namesMeetTheCatalogueByTheirWords()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        const QByteArray file = "Date,Fatigue,\"Magnesium, threonate\",Duloxetine HCl,Tags,Foods\n"
                                "2024-03-01T00:00:00+00:00,2,2 g,30 mg,,\n"
                                "2024-03-02T00:00:00+00:00,3,2 g,30 mg,,\n";
        const CsvImportPlan plan = CsvImport::plan(file, journal.store());
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        QCOMPARE(plan.treatments.size(), 1); // only duloxetine is new
        QCOMPARE(plan.treatments[0].value.name, QStringLiteral("Duloxetine HCl"));
        const QString summary = plan.summary();
        QVERIFY2(summary.contains(QStringLiteral("Magnesium, threonate -> the journal's treatment "
                                                 "magnesium-l-threonate")),
                 qPrintable(summary));

        CsvNameChoices choices;
        choices.treatments.insert(QStringLiteral("Magnesium, threonate"),
                                  QStringLiteral("transdermal-magnesium-chloride"));
        const CsvImportPlan chosen = CsvImport::plan(file, journal.store(), choices);
        QVERIFY2(chosen.canImport(), qPrintable(chosen.summary()));
        for (const CsvImportPlan::TrialItem &t : chosen.trials)
            QVERIFY(t.trial.treatmentKey != QLatin1String("magnesium-l-threonate"));
    }

    void flaredownRecentHistoryKeepsTrialsGoing()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        const QDate today = QDate::currentDate();
        QByteArray csv = "Date,Fatigue,Duloxetine,Tags,Foods\n";
        for (int back = 4; back >= 1; --back)
            csv += today.addDays(-back).toString(Qt::ISODate).toLatin1() +
                   "T00:00:00+00:00,2,30 mg,,\n";
        const CsvImportPlan plan = CsvImport::plan(csv, journal.store());
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        QCOMPARE(plan.trials.size(), 1);
        QVERIFY(plan.trials[0].trial.isOngoing());
        QCOMPARE(plan.trials[0].trial.start, today.addDays(-4));
    }

    void bearable()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        const CsvImportPlan plan =
            CsvImport::plan(test::readTestData(QStringLiteral("csv/bearable.csv")), store);
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        QVERIFY(plan.format.startsWith(QStringLiteral("Bearable")));
        QCOMPARE(plan.checkIns.size(), 2);
        FC_VERIFY_OK(CsvImport::apply(plan, store));

        const CheckIn first = dayOf(store, QDate(2024, 3, 5));
        QCOMPARE(first.scores.value(QStringLiteral("mood")), 6); // (4 + 2) / 2, doubled
        QCOMPARE(first.scores.value(QStringLiteral("energy")), 6);
        QCOMPARE(first.scores.value(QStringLiteral("sleep")), 8);     // Sleep quality 4 of 5
        QCOMPARE(first.scores.value(QStringLiteral("fatigue")), 7.5); // worst of the day: severe 3
        QCOMPARE(first.scores.value(QStringLiteral("headache")), 2.5);
        QCOMPARE(*first.hoursSlept, 7.5);
        QCOMPARE(first.note, QStringLiteral("Rough night, \"flare\" starting\n"
                                            "Factors: Caffeine, Walk, Rain"));
        const CheckIn second = dayOf(store, QDate(2024, 3, 6));
        QCOMPARE(*second.hoursSlept, 9.75); // night and nap
        QCOMPARE(second.scores.value(QStringLiteral("pain")), 7.5);
        QCOMPARE(second.scores.value(QStringLiteral("brain_fog")), 2.5);
        QCOMPARE(second.scores.value(QStringLiteral("mood")), 10);
        QCOMPARE(second.note, QStringLiteral("Health measurements: Step count (5012)"));
        bool energyIsBetterHigh = false;
        for (const Symptom &s : store.symptoms(true))
            if (s.key == QLatin1String("energy"))
                energyIsBetterHigh = s.higherIsBetter;
        QVERIFY(energyIsBetterHigh);
    }

    // Three moods in a day average to a repeating decimal: the journal keeps the file's mean,
    // not two decimals of it, and our own CSV carries it back exactly.
    void bearableMeansAreKeptExactly()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        const QByteArray file =
            "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\r\n"
            "7th Mar 2024,2024-03-07,Thursday,am,Mood,4,,\r\n"
            "7th Mar 2024,2024-03-07,Thursday,mid,Mood,3,,\r\n"
            "7th Mar 2024,2024-03-07,Thursday,pm,Mood,3,,\r\n"
            "7th Mar 2024,2024-03-07,Thursday,all day,Sleep,7:20,Asleep 23:30 - 06:50,\r\n"
            "8th Mar 2024,2024-03-08,Friday,am,Mood,5,,\r\n";
        const CsvImportPlan plan = CsvImport::plan(file, store);
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        FC_VERIFY_OK(CsvImport::apply(plan, store));
        const double mood = (4.0 + 3.0 + 3.0) / 3.0 * 2.0; // 6.666...
        const CheckIn day = dayOf(store, QDate(2024, 3, 7));
        QVERIFY2(std::fabs(day.scores.value(QStringLiteral("mood")) - mood) < 1e-9,
                 qPrintable(QString::number(day.scores.value(QStringLiteral("mood")), 'g', 17)));
        QVERIFY(std::fabs(*day.hoursSlept - 22.0 / 3.0) < 1e-9); // 7 h 20 min

        for (const auto layout : {journalcsv::Layout::Long, journalcsv::Layout::Wide}) {
            const QByteArray csv = layout == journalcsv::Layout::Long
                                       ? journalcsv::exportLong(store)
                                       : journalcsv::exportWide(store);
            test::TempJournal copy;
            QVERIFY2(copy.isOpen(), qPrintable(copy.error()));
            const CsvImportPlan back = CsvImport::plan(csv, copy.store());
            QVERIFY2(back.canImport(), qPrintable(back.summary()));
            FC_VERIFY_OK(CsvImport::apply(back, copy.store()));
            const CheckIn read = dayOf(copy.store(), QDate(2024, 3, 7));
            QVERIFY2(std::fabs(read.scores.value(QStringLiteral("mood")) - mood) < 1e-9,
                     csv.constData());
            QVERIFY(std::fabs(*read.hoursSlept - 22.0 / 3.0) < 1e-9);
        }
    }

    void bearableBefore2021()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        const CsvImportPlan plan = CsvImport::plan(
            test::readTestData(QStringLiteral("csv/bearable-2020.csv")), journal.store());
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        QCOMPARE(plan.checkIns.size(), 2);
        QCOMPARE(plan.checkIns[0].value.day, QDate(2020, 9, 22));
        QCOMPARE(plan.checkIns[0].value.scores.value(QStringLiteral("joint_pain")), 10);
        QCOMPARE(plan.checkIns[1].value.note, QStringLiteral("Stayed in bed"));
        QCOMPARE(plan.checkIns[1].value.scores.value(QStringLiteral("energy")), 2);
    }

    void daylio()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        const CsvImportPlan plan =
            CsvImport::plan(test::readTestData(QStringLiteral("csv/daylio.csv")), journal.store());
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        QCOMPARE(plan.checkIns.size(), 3);
        const CheckIn &sixth = plan.checkIns[2].value;
        QCOMPARE(sixth.day, QDate(2024, 3, 6));
        QCOMPARE(sixth.scores.value(QStringLiteral("mood")), 7); // meh 6 and good 8
        QCOMPARE(sixth.note, QStringLiteral("08:10 Morning\nStiff\n21:40 Felt ok\nWalked to the "
                                            "shop\nActivities: family, reading"));
        QCOMPARE(plan.checkIns[1].value.scores.value(QStringLiteral("mood")), 2);
        QCOMPARE(plan.checkIns[1].value.note, QStringLiteral("Activities: bad sleep, pain"));
        // A mood the person named themselves has no place on the scale: kept in the note.
        QVERIFY(!plan.checkIns[0].value.scores.contains(QStringLiteral("mood")));
        QCOMPARE(plan.checkIns[0].value.note, QStringLiteral("Mood: ecstatic"));
        QVERIFY(plan.summary().contains(QStringLiteral("ecstatic")));
    }

    // A newer Daylio export's scales: a score "N/M points" becomes the symptom of that name on
    // 0-10, exactly; the sleep time becomes hours slept; what has no place stays in the note.
    void daylioScalesAreKept()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        const CsvImportPlan plan =
            CsvImport::plan(test::readTestData(QStringLiteral("csv/daylio-scales.csv")), store);
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        QVERIFY(plan.format.contains(QStringLiteral("scales")));
        const QString summary = plan.summary();
        QVERIFY2(summary.contains(QStringLiteral("Sleep Quality became Sleep quality (out of 10, "
                                                 "rescaled exactly to 0-10)")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Sleep Time became hours slept")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("(Water) are kept as lines of the day's note")),
                 qPrintable(summary));
        FC_VERIFY_OK(CsvImport::apply(plan, store));

        const CheckIn second = dayOf(store, QDate(2024, 5, 2));
        QCOMPARE(second.scores.value(QStringLiteral("sleep")), 7.5); // (8 + 7) / 2 of 10
        QCOMPARE(second.scores.value(QStringLiteral("pain")), 6.0);  // 3 of 5
        QCOMPARE(*second.hoursSlept, 7.5);
        QVERIFY2(second.note.contains(QStringLiteral("Water: 6 glasses")), qPrintable(second.note));
        const CheckIn first = dayOf(store, QDate(2024, 5, 1));
        QCOMPARE(first.scores.value(QStringLiteral("sleep")), 4.0);
        QCOMPARE(first.scores.value(QStringLiteral("pain")), 8.0);
        QCOMPARE(*first.hoursSlept, 5.75);
        // An entry without scales adds none.
        const CheckIn flare = dayOf(store, QDate(2024, 4, 30));
        QVERIFY(!flare.hoursSlept);
        QVERIFY(!flare.scores.contains(QStringLiteral("pain")));
    }

    // A column no importer knows is named, not dropped in silence.
    void unreadColumnsAreNamed()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        const QByteArray daylio = "full_date,date,weekday,time,mood,activities,note_title,note,"
                                  "goals\n2024-05-02,May 2,Thursday,21:15,good,,,,Walk 20 min\n";
        const CsvImportPlan plan = CsvImport::plan(daylio, journal.store());
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        QVERIFY2(plan.summary().contains(QStringLiteral("not imported: column \"goals\"")),
                 qPrintable(plan.summary()));
        const QByteArray bearable =
            "date,date formatted,weekday,time of day,category,rating/amount,detail,notes,"
            "location\r\n5th Mar 2024,2024-03-05,Tuesday,am,Mood,4,,,Home\r\n";
        const CsvImportPlan other = CsvImport::plan(bearable, journal.store());
        QVERIFY2(other.summary().contains(QStringLiteral("not imported: column \"location\"")),
                 qPrintable(other.summary()));
        // Every column read: nothing said.
        const CsvImportPlan whole =
            CsvImport::plan(test::readTestData(QStringLiteral("csv/daylio.csv")), journal.store());
        QVERIFY(!whole.summary().contains(QStringLiteral("not imported")));
    }

    void daylioBefore2019()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        const CsvImportPlan plan = CsvImport::plan(
            test::readTestData(QStringLiteral("csv/daylio-2018.csv")), journal.store());
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        QCOMPARE(plan.checkIns.size(), 2);
        QCOMPARE(plan.checkIns[0].value.day, QDate(2018, 5, 17));
        QCOMPARE(plan.checkIns[1].value.scores.value(QStringLiteral("mood")), 10);
        QCOMPARE(plan.checkIns[1].value.note,
                 QStringLiteral("23:54 Went to a party\nActivities: clean, cook, music"));
        QCOMPARE(plan.checkIns[0].value.note, QStringLiteral("Activities: cook, stressed"));
    }

    // A file bad on every line: the problems listed stop at a bound, the rest are counted.
    void problemsAreBounded()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        QByteArray csv = "date,Pain\n";
        const int lines = 20000;
        for (int i = 0; i < lines; ++i)
            csv += "someday,x\n";
        const CsvImportPlan plan = CsvImport::plan(csv, journal.store());
        QVERIFY(!plan.canImport());
        QCOMPARE(plan.errors.size(), kMaxListedCsvIssues);
        QCOMPARE(plan.errorCount(), qint64(lines));
        const QString summary = plan.summary();
        QVERIFY2(summary.contains(QStringLiteral("and 19,800 more like these")),
                 qPrintable(summary.right(200)));
        QVERIFY(summary.size() < 40000);
    }

    void unknownHeaderIsNamedBriefly()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        QByteArray header = "Datum,Schmerz";
        for (int i = 0; i < 200; ++i)
            header += ",Symptom mit einem sehr langen Namen Nummer " + QByteArray::number(i);
        const CsvImportPlan plan = CsvImport::plan(header + "\n", journal.store());
        QCOMPARE(plan.errors.size(), 1);
        const QString message = plan.errors[0].message;
        QVERIFY2(message.contains(QStringLiteral("\"Datum\", \"Schmerz\"")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("202 columns in all")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Flaredown, Bearable or Daylio")));
        QVERIFY(message.size() < 600);
    }
};

FC_CORE_TEST_MAIN(TstTrackerImport)
#include "tst_trackerimport.moc"
