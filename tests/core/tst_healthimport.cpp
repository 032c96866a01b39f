#include "core/displaydate.h"
// Wearable exports with known daily values, written as Gadgetbridge and Apple Health write them:
// overlapping sources, days across a daylight-saving change, bad rows, damaged and hostile
// files, a zip bomb; then the journal: re-importing adds nothing, the CSV round trip is exact.
#include "export/csvimport.h"
#include "export/healthimport.h"
#include "export/journalcsv.h"
#include "healthfiles.h"
#include "tempjournal.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QtTest>

using namespace fc;

namespace {

using test::measuresByDay;
using test::utcSecs;

QByteArray appleExport()
{
    using test::appleRecord;
    QByteArray x = test::appleHealthHeader();
    const char *steps = "HKQuantityTypeIdentifierStepCount";
    // 30 March: the phone counts 1500, the watch 1800 of the same walks.
    x += appleRecord(steps, "Kim's iPhone", "count", "1000", "2024-03-30 10:00:00 +0100",
                     "2024-03-30 10:20:00 +0100");
    x += appleRecord(steps, "Kim's iPhone", "count", "500", "2024-03-30 18:00:00 +0100",
                     "2024-03-30 18:10:00 +0100");
    x += appleRecord(steps, "Kim's Apple Watch", "count", "1200", "2024-03-30 10:00:00 +0100",
                     "2024-03-30 10:20:00 +0100");
    x += appleRecord(steps, "Kim's Apple Watch", "count", "600", "2024-03-30 18:00:00 +0100",
                     "2024-03-30 18:10:00 +0100");
    // 31 March, the clocks go forward at 02:00: the day is the one written, in its own offset.
    x += appleRecord(steps, "Kim's iPhone", "count", "300", "2024-03-31 01:30:00 +0100",
                     "2024-03-31 01:40:00 +0100");
    x += appleRecord(steps, "Kim's iPhone", "count", "700", "2024-03-31 23:30:00 +0200",
                     "2024-03-31 23:59:00 +0200");
    x += appleRecord(steps, "Kim's iPhone", "count", "250", "2024-04-01 00:30:00 +0200",
                     "2024-04-01 00:40:00 +0200");
    x += appleRecord("HKQuantityTypeIdentifierRestingHeartRate", "Kim's Apple Watch", "count/min",
                     "60", "2024-03-30 07:00:00 +0100", "2024-03-30 07:00:00 +0100");
    x += appleRecord("HKQuantityTypeIdentifierRestingHeartRate", "Kim's Apple Watch", "count/min",
                     "62", "2024-03-30 20:00:00 +0100", "2024-03-30 20:00:00 +0100");
    x += appleRecord("HKQuantityTypeIdentifierHeartRateVariabilitySDNN", "Kim's Apple Watch", "ms",
                     "40.5", "2024-03-30 03:00:00 +0100", "2024-03-30 03:01:00 +0100");
    x += appleRecord("HKQuantityTypeIdentifierHeartRateVariabilitySDNN", "Kim's Apple Watch", "ms",
                     "45.5", "2024-03-30 04:00:00 +0100", "2024-03-30 04:01:00 +0100");
    // Heart rate itself is not a daily measure: read past, neither used nor a problem.
    x += appleRecord("HKQuantityTypeIdentifierHeartRate", "Kim's Apple Watch", "count/min", "88",
                     "2024-03-30 12:00:00 +0100", "2024-03-30 12:00:00 +0100");
    // The night into 31 March: in bed does not count; asleep from three sources overlaps.
    const char *sleep = "HKCategoryTypeIdentifierSleepAnalysis";
    x += appleRecord(sleep, "Kim's iPhone", "", "HKCategoryValueSleepAnalysisInBed",
                     "2024-03-30 23:00:00 +0100", "2024-03-31 07:30:00 +0200");
    x += appleRecord(sleep, "Kim's Apple Watch", "", "HKCategoryValueSleepAnalysisAsleepCore",
                     "2024-03-30 23:30:00 +0100", "2024-03-31 03:30:00 +0200");
    x += appleRecord(sleep, "Kim's Apple Watch", "", "HKCategoryValueSleepAnalysisAsleepDeep",
                     "2024-03-31 03:30:00 +0200", "2024-03-31 05:00:00 +0200");
    x += appleRecord(sleep, "AutoSleep", "", "HKCategoryValueSleepAnalysisAsleepUnspecified",
                     "2024-03-31 04:00:00 +0200", "2024-03-31 06:00:00 +0200");
    // Bad rows: no number, no date, a distance given as steps.
    x += appleRecord(steps, "Kim's iPhone", "count", "abc", "2024-03-30 11:00:00 +0100",
                     "2024-03-30 11:05:00 +0100");
    x += appleRecord(steps, "Kim's iPhone", "count", "10", "yesterday", "today");
    x += appleRecord(steps, "Kim's iPhone", "km", "2.5", "2024-03-30 12:00:00 +0100",
                     "2024-03-30 12:05:00 +0100");
    return x + test::appleHealthFooter();
}

void checkAppleDays(const HealthData &data)
{
    const auto days = measuresByDay(data.days);
    QCOMPARE(days.keys(), (QStringList{"2024-03-30", "2024-03-31", "2024-04-01"}));
    QCOMPARE(days["2024-03-30"]["steps"], 1800.0);
    QCOMPARE(days["2024-03-30"]["resting_heart_rate"], 61.0);
    QCOMPARE(days["2024-03-30"]["hrv"], 43.0);
    QVERIFY(!days["2024-03-30"].contains("sleep_hours"));
    QCOMPARE(days["2024-03-31"]["steps"], 1000.0);
    // 23:30+01 to 03:30+02 is 3 h, then 1.5 h deep, then 1 h more from the other source.
    QCOMPARE(days["2024-03-31"]["sleep_hours"], 5.5);
    QCOMPARE(days["2024-04-01"]["steps"], 250.0);
    QCOMPARE(data.skipped, 3);
    QCOMPARE(data.remarks.size(), 3);
    QVERIFY2(data.remarks.join(u'\n').contains(QLatin1String("line ")),
             qPrintable(data.remarks.join(u'\n')));
    // The preview names the file's first and last day before what it holds.
    QVERIFY2(data.summary().startsWith(
                 QStringLiteral("From %1 to %2: ")
                     .arg(displayDate(QDate(2024, 3, 30)), displayDate(QDate(2024, 4, 1)))),
             qPrintable(data.summary()));
}

} // namespace

class TstHealthImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTimeZone("Europe/Berlin");
        QVERIFY(test::installEnglishTranslation());
    }

    void appleHealthXmlGivesKnownDays()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("export.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(appleExport());
        file.close();
        QVector<qint64> seen;
        const Expected<HealthData> data = HealthImport::read(path, [&](qint64 done, qint64) {
            seen << done;
            return true;
        });
        FC_VERIFY_OK(data);
        QCOMPARE(data->format, QStringLiteral("Apple Health export"));
        checkAppleDays(*data);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), QFileInfo(path).size());
    }

    void appleHealthZipIsStreamed()
    {
        test::TempDataDir dir;
        const QString zip = dir.filePath(QStringLiteral("export.zip"));
        // The clinical records come first and end in "export.xml" too: not the one to read.
        QVERIFY(test::writeZip(
            zip, {{"apple_health_export/export_cda.xml", "<ClinicalDocument/>"},
                  {"apple_health_export/electrocardiograms/ecg_2024-03-30.csv", "Name,Kim\n"},
                  {"apple_health_export/export.xml", appleExport()}}));
        const Expected<HealthData> data = HealthImport::read(zip);
        FC_VERIFY_OK(data);
        checkAppleDays(*data);
        // A zip written as a stream, without sizes in its headers, reads the same.
        QVERIFY(test::writeZip(zip, {{"apple_health_export/export.xml", appleExport()}}, false));
        const Expected<HealthData> streamed = HealthImport::read(zip);
        FC_VERIFY_OK(streamed);
        checkAppleDays(*streamed);
    }

    void zipBombsAndDamagedZipsAreRefused()
    {
        test::TempDataDir dir;
        const QString bomb = dir.filePath(QStringLiteral("bomb.zip"));
        // 80 MB of spaces pack into well under a megabyte.
        const QByteArray padding(80 << 20, ' ');
        QString error;
        for (bool declared : {true, false}) {
            QVERIFY(test::writeZip(bomb, {{"apple_health_export/export.xml", padding}}, declared));
            QVERIFY(QFileInfo(bomb).size() < (1 << 20));
            QVERIFY(test::fails(HealthImport::read(bomb), &error));
            QVERIFY2(error.contains(QLatin1String("zip bomb")), qPrintable(error));
            QVERIFY(error.size() < 400);
        }
        const QString cut = dir.filePath(QStringLiteral("cut.zip"));
        QVERIFY(test::writeZip(cut, {{"apple_health_export/export.xml", appleExport()}}));
        QFile file(cut);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.resize(file.size() / 2);
        file.close();
        QVERIFY(test::fails(HealthImport::read(cut), &error));
        QVERIFY2(error.contains(QLatin1String("cut.zip")), qPrintable(error));
        const QString empty = dir.filePath(QStringLiteral("empty.zip"));
        QVERIFY(test::writeZip(empty, {{"notes.txt", "hello"}}));
        QVERIFY(test::fails(HealthImport::read(empty), &error));
        QVERIFY2(error.contains(QLatin1String("holds no export.xml")), qPrintable(error));
    }

    void brokenXmlSaysWhere()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("export.xml"));
        QString error;
        auto write = [&](const QByteArray &bytes) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        };
        write(appleExport().left(appleExport().size() - 200));
        QVERIFY(test::fails(HealthImport::read(path), &error));
        QVERIFY2(error.contains(QLatin1String("cut short")), qPrintable(error));
        write(test::appleHealthHeader() + " <Record type=\"x\" <<\n" + test::appleHealthFooter());
        QVERIFY(test::fails(HealthImport::read(path), &error));
        QVERIFY2(error.contains(QLatin1String("line")), qPrintable(error));
        write("<?xml version=\"1.0\"?><rss><channel/></rss>");
        QVERIFY(test::fails(HealthImport::read(path), &error));
        QVERIFY2(error.contains(QLatin1String("not an Apple Health export")), qPrintable(error));
        // Entity expansion ("billion laughs") is not followed.
        write("<?xml version=\"1.0\"?><!DOCTYPE HealthData [<!ENTITY a \"aaaaaaaaaa\">"
              "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;"
              "&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;"
              "&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
              "<HealthData><Record type=\"&f;\"/></HealthData>");
        const Expected<HealthData> laughs = HealthImport::read(path);
        QVERIFY(!laughs || laughs->days.isEmpty());
        write("just some text");
        QVERIFY(test::fails(HealthImport::read(path), &error));
        QVERIFY2(error.contains(QLatin1String("Gadgetbridge")), qPrintable(error));
    }

    void cancellingReadsNothingMore()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("export.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(appleExport());
        file.close();
        QString error;
        QVERIFY(
            test::fails(HealthImport::read(path, [](qint64, qint64) { return false; }), &error));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    }

    void gadgetbridgeGivesKnownDays()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("Gadgetbridge"));
        QVector<test::GadgetbridgeSample> band, other;
        // 31 March in Berlin starts at 23:00 UTC the day before and has 23 hours.
        const qint64 midnight = utcSecs("2024-03-30T23:00:00Z");
        for (int minute = 0; minute < 400; ++minute) {
            test::GadgetbridgeSample s{midnight + minute * 60, 1, minute < 100 ? 10 : 0,
                                       minute < 200 ? 60 : 90};
            band << s;
            if (minute < 100)
                other << test::GadgetbridgeSample{midnight + minute * 60, 2, 5, 0};
        }
        band << test::GadgetbridgeSample{utcSecs("2024-03-31T21:59:00Z"), 1, 7, 255}; // 23:59 CEST
        band << test::GadgetbridgeSample{utcSecs("2024-04-01T22:00:00Z") - 86400, 1, 9,
                                         0};        // 1 April
        for (int minute = 0; minute < 50; ++minute) // too few readings for a resting rate
            band << test::GadgetbridgeSample{utcSecs("2024-03-30T10:00:00Z") + minute * 60, 1,
                                             minute < 2 ? 10 : 0, 70};
        QCOMPARE(
            test::writeGadgetbridge(path, QStringLiteral("MI_BAND_ACTIVITY_SAMPLE"), band + other),
            QString());
        // A newer table counts milliseconds.
        QCOMPARE(test::writeGadgetbridge(path, QStringLiteral("GARMIN_ACTIVITY_SAMPLE"),
                                         {{utcSecs("2024-03-30T12:00:00Z") * 1000, 3, 30, 0}}),
                 QString());
        const Expected<HealthData> data = HealthImport::read(path);
        FC_VERIFY_OK(data);
        QCOMPARE(data->format, QStringLiteral("Gadgetbridge database"));
        const auto days = measuresByDay(data->days);
        QCOMPARE(days.keys(), (QStringList{"2024-03-30", "2024-03-31", "2024-04-01"}));
        QCOMPARE(days["2024-03-30"]["steps"], 30.0); // the Garmin's 30 over the band's 20
        QVERIFY(!days["2024-03-30"].contains("resting_heart_rate"));
        QCOMPARE(days["2024-03-31"]["steps"], 1007.0); // not the other device's 500 added
        QCOMPARE(days["2024-03-31"]["resting_heart_rate"], 60.0);
        QCOMPARE(days["2024-04-01"]["steps"], 9.0);

        // A band that keeps its own resting rate (Huami's, milliseconds, with the offset it was
        // written in) speaks for the day over the estimate from its minutes.
        QCOMPARE(test::writeGadgetbridgeTable(path,
                                              QStringLiteral("HUAMI_HEART_RATE_RESTING_SAMPLE"),
                                              {QStringLiteral("UTC_OFFSET INTEGER NOT NULL"),
                                               QStringLiteral("HEART_RATE INTEGER NOT NULL")},
                                              {{utcSecs("2024-03-31T05:00:00Z") * 1000, 1, 8, 57}}),
                 QString());
        const Expected<HealthData> withOwn = HealthImport::read(path);
        FC_VERIFY_OK(withOwn);
        QCOMPARE(measuresByDay(withOwn->days)["2024-03-31"]["resting_heart_rate"], 57.0);
    }

    void damagedAndHostileDatabasesAreRefusedOrSkipped()
    {
        test::TempDataDir dir;
        QString error;
        const QString none = dir.filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(test::writeGadgetbridge(none, QStringLiteral("NOTES"), {}), QString());
        QVERIFY(test::fails(HealthImport::read(none), &error));
        QVERIFY2(error.contains(QLatin1String("no Gadgetbridge activity samples")),
                 qPrintable(error));

        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVector<test::GadgetbridgeSample> many;
        for (int i = 0; i < 5000; ++i)
            many << test::GadgetbridgeSample{utcSecs("2024-03-30T00:00:00Z") + i * 60, 1, 3, 70};
        QCOMPARE(test::writeGadgetbridge(damaged, QStringLiteral("MI_BAND_ACTIVITY_SAMPLE"), many),
                 QString());
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096 + 100));
        file.write(QByteArray(4096 * 4, '\x5a'));
        file.close();
        const Expected<HealthData> read = HealthImport::read(damaged);
        QVERIFY2(!read, "a damaged file must not read as if it were whole");
        QVERIFY2(read.message().contains(QLatin1String("damaged.sqlite is damaged (SQLite: ")),
                 qPrintable(read.message()));

        // Cut short, as a copy that stopped part way: the table is there, its pages are not.
        const QString truncated = dir.filePath(QStringLiteral("Gadgetbridge.db"));
        QCOMPARE(
            test::writeGadgetbridge(truncated, QStringLiteral("MI_BAND_ACTIVITY_SAMPLE"), many),
            QString());
        QFile cut(truncated);
        QVERIFY(cut.resize(cut.size() * 6 / 10));
        const Expected<HealthData> partial = HealthImport::read(truncated);
        QVERIFY(!partial);
        QVERIFY2(partial.message().contains(QLatin1String("Gadgetbridge.db is damaged (SQLite: ")),
                 qPrintable(partial.message()));
        QVERIFY2(partial.message().contains(QLatin1String("Export the database from "
                                                          "Gadgetbridge again")),
                 qPrintable(partial.message()));
        QVERIFY(!partial.message().contains(QLatin1String("no Gadgetbridge activity samples")));
        QVERIFY(partial.message().size() < 700);

        // A view or an oddly named table is never read; a real table beside them is.
        const QString hostile = dir.filePath(QStringLiteral("hostile.sqlite"));
        QCOMPARE(test::writeGadgetbridge(hostile, QStringLiteral("XIAOMI_ACTIVITY_SAMPLE"),
                                         {{utcSecs("2024-03-30T12:00:00Z"), 1, 42, 0}}),
                 QString());
        QCOMPARE(test::writeGadgetbridge(hostile, QStringLiteral("x\"\"; DROP_ACTIVITY_SAMPLE"),
                                         {{utcSecs("2024-03-30T12:00:00Z"), 1, 9999, 0}}),
                 QString());
        const Expected<HealthData> safe = HealthImport::read(hostile);
        FC_VERIFY_OK(safe);
        QCOMPARE(measuresByDay(safe->days)["2024-03-30"]["steps"], 42.0);
        // Nothing was written beside the file it read.
        QVERIFY(!QFile::exists(hostile + QStringLiteral("-wal")));
    }

    void importingTwiceAddsNothingAndTheCsvRoundTrips()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("export.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(appleExport());
        file.close();
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        const Expected<HealthData> data = HealthImport::read(path);
        FC_VERIFY_OK(data);
        const Expected<MeasureWrite> first = HealthImport::apply(*data, journal.store());
        FC_VERIFY_OK(first);
        QCOMPARE(first->added, 6);
        const Expected<MeasureWrite> again = HealthImport::apply(*data, journal.store());
        FC_VERIFY_OK(again);
        QCOMPARE(again->added + again->changed, 0);
        QCOMPARE(again->unchanged, 6);
        QCOMPARE(journal.store().measures().value(QDate(2024, 3, 31), "sleep_hours"), 5.5);
        // The check-in's own measures travel the same way.
        FC_VERIFY_OK(journal.store().measures().save(
            {{QDate(2024, 3, 31), QStringLiteral("upright_hours"), 6.5, QStringLiteral("check-in")},
             {QDate(2024, 3, 31), QStringLiteral("exertion_physical"), 7,
              QStringLiteral("check-in")}}));

        // Export, import into a new journal, export again: the same file.
        const QString a = dir.filePath(QStringLiteral("a.csv"));
        FC_VERIFY_OK(journalcsv::exportToFile(journal.store(), journalcsv::Layout::Long, a));
        QFile exported(a);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QVERIFY2(bytes.contains("2024-03-31,,measure,sleep_hours,5.5,h,apple-health"),
                 bytes.constData());
        QVERIFY2(bytes.contains("2024-03-31,,measure,upright_hours,6.5,h,check-in"),
                 bytes.constData());
        test::TempJournal copy;
        const CsvImportPlan plan = CsvImport::plan(bytes, copy.store());
        QVERIFY2(plan.canImport(), qPrintable(plan.summary()));
        QCOMPARE(plan.measures.size(), 8);
        FC_VERIFY_OK(CsvImport::apply(plan, copy.store()));
        QCOMPARE(copy.store().measures().all(), journal.store().measures().all());
        // The same file again: every day's value is already there, listed, nothing added.
        const CsvImportPlan twice = CsvImport::plan(bytes, copy.store());
        QCOMPARE(twice.measures.size(), 0);
    }

    void csvMeasureRowsAreChecked()
    {
        test::TempJournal journal;
        const QByteArray csv = "date,time,kind,name,value,unit,note\r\n"
                               "2024-03-30,,measure,steps,4500,steps,\r\n"
                               "2024-03-30,,measure,steps,4600,steps,\r\n"
                               "2024-03-30,,measure,heart,60,bpm,\r\n"
                               "2024-03-30,,measure,resting_heart_rate,600,bpm,\r\n"
                               "2024-03-30,,measure,sleep_hours,7,min,\r\n"
                               "2024-03-30,,measure,exertion_mental,6.5,,\r\n";
        const CsvImportPlan plan = CsvImport::plan(csv, journal.store());
        QStringList lines;
        for (const CsvIssue &issue : plan.errors)
            lines << issue.toString();
        const QString text = lines.join(u'\n');
        QCOMPARE(plan.errors.size(), 5);
        QVERIFY2(text.contains(QLatin1String("line 3: steps on 2024-03-30 is already given on "
                                             "line 2")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("line 4: unknown measure \"heart\"")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("line 5:")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("line 6: sleep_hours is in h")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("line 7: exertion_mental must be a whole number")),
                 qPrintable(text));
    }
};

FC_CORE_TEST_MAIN(TstHealthImport)
#include "tst_healthimport.moc"
