// Gadgetbridge's sleep, HRV and resting heart-rate tables, written in greenDAO's layout as the
// app writes them, with known nights: stages that cross midnight and a daylight-saving change,
// stages that are changes and stages that last a duration, nights with only minutes asleep, two
// devices on one night, and rows no device could have written.
#include "export/healthdays.h"
#include "export/healthimport.h"
#include "healthfiles.h"
#include "tempjournal.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace fc;
using test::utcSecs;

namespace {

qint64 ms(const char *iso)
{
    return utcSecs(iso) * 1000;
}

// Runs SQL statements on the export at `path` (tables Gadgetbridge writes outside the time-sample
// layout): an empty string, or what failed.
QString runSql(const QString &path, const QStringList &statements)
{
    QString failure;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gb-sql"));
        db.setDatabaseName(path);
        if (!db.open())
            failure = db.lastError().text();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            if (failure.isEmpty() && !q.exec(statement))
                failure = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gb-sql"));
    return failure;
}

const QStringList kStage{QStringLiteral("STAGE INTEGER NOT NULL")};
const QStringList kStageWithDuration{QStringLiteral("DURATION INTEGER NOT NULL"),
                                     QStringLiteral("STAGE INTEGER NOT NULL")};
const QStringList kHeartRate{QStringLiteral("HEART_RATE INTEGER NOT NULL")};

// Garmin, device 1: the night into 31 March (clocks go forward at 02:00 CET), as changes of
// stage ended by Garmin's sleep event; its nightly HRV, its readings and its resting rate.
QString writeGarmin(const QString &path)
{
    QString failure = test::writeGadgetbridgeTable(
        path, QStringLiteral("GARMIN_SLEEP_STAGE_SAMPLE"), kStage,
        {
            {ms("2024-03-30T21:30:00Z"), 1, 2}, // light, 22:30 CET on the 30th
            {ms("2024-03-30T22:45:00Z"), 1, 3}, // deep
            {ms("2024-03-31T00:00:00Z"), 1, 1}, // awake
            {ms("2024-03-31T00:15:00Z"), 1, 2}, // light until the wake event at 04:00
            {ms("2024-04-01T20:00:00Z"), 1, 2}, // light, and nothing says when it ended
            {ms("2024-04-02T20:00:00Z"), 1, 2}, // light for six hours: the band stopped
            {ms("2024-04-03T02:00:00Z"), 1, 1},
            {QStringLiteral("yesterday"), 1, 2},
        });
    failure += test::writeGadgetbridgeTable(
        path, QStringLiteral("GARMIN_EVENT_SAMPLE"),
        {QStringLiteral("EVENT INTEGER NOT NULL"), QStringLiteral("EVENT_TYPE INTEGER"),
         QStringLiteral("DATA INTEGER")},
        {{ms("2024-03-30T21:25:00Z"), 1, 74, 0, 1},
         {ms("2024-03-31T04:00:00Z"), 1, 74, 1, 2},
         {ms("2024-04-02T06:00:00Z"), 1, 22, 1, 0}}, // another event's end says nothing
        QStringLiteral("EVENT"));
    const QStringList summary{QStringLiteral("WEEKLY_AVERAGE INTEGER"),
                              QStringLiteral("LAST_NIGHT_AVERAGE INTEGER"),
                              QStringLiteral("LAST_NIGHT5_MIN_HIGH INTEGER"),
                              QStringLiteral("BASELINE_LOW_UPPER INTEGER"),
                              QStringLiteral("BASELINE_BALANCED_LOWER INTEGER"),
                              QStringLiteral("BASELINE_BALANCED_UPPER INTEGER"),
                              QStringLiteral("STATUS_NUM INTEGER")};
    failure += test::writeGadgetbridgeTable(
        path, QStringLiteral("GARMIN_HRV_SUMMARY_SAMPLE"), summary,
        {{ms("2024-03-31T04:00:00Z"), 1, 41, 38, 60, 30, 35, 50, 1},
         {ms("2024-04-05T04:00:00Z"), 1, 41, QVariant(), 60, 30, 35, 50, 0}});
    failure += test::writeGadgetbridgeTable(
        path, QStringLiteral("GARMIN_HRV_VALUE_SAMPLE"), {QStringLiteral("VALUE INTEGER NOT NULL")},
        {{ms("2024-03-31T01:00:00Z"), 1, 30}, // the night's average speaks for the 31st
         {ms("2024-03-31T01:05:00Z"), 1, 50},
         {ms("2024-04-01T01:00:00Z"), 1, 40},
         {ms("2024-04-01T01:05:00Z"), 1, 44},
         {ms("2024-04-01T01:10:00Z"), 1, 4000}});
    failure += test::writeGadgetbridgeTable(
        path, QStringLiteral("GARMIN_HEART_RATE_RESTING_SAMPLE"), kHeartRate,
        {{ms("2024-03-31T04:00:00Z"), 1, 52}, {ms("2024-04-01T04:00:00Z"), 1, 255}});
    return failure;
}

// Xiaomi: device 2 gives only its nights' minutes asleep; device 3 its stages too, which then
// count instead.
QString writeXiaomi(const QString &path)
{
    const QStringList night{QStringLiteral("WAKEUP_TIME INTEGER"),
                            QStringLiteral("IS_AWAKE INTEGER"),
                            QStringLiteral("TOTAL_DURATION INTEGER"),
                            QStringLiteral("DEEP_SLEEP_DURATION INTEGER"),
                            QStringLiteral("LIGHT_SLEEP_DURATION INTEGER"),
                            QStringLiteral("REM_SLEEP_DURATION INTEGER"),
                            QStringLiteral("AWAKE_DURATION INTEGER")};
    QString failure = test::writeGadgetbridgeTable(
        path, QStringLiteral("XIAOMI_SLEEP_TIME_SAMPLE"), night,
        {{ms("2024-04-01T21:00:00Z"), 2, ms("2024-04-02T05:00:00Z"), 0, 420, 90, 250, 80, 60},
         {ms("2024-04-03T21:00:00Z"), 3, ms("2024-04-04T05:00:00Z"), 0, 400, 90, 230, 80, 70},
         // More minutes asleep than the night is long, and a night that ends before it starts.
         {ms("2024-04-11T21:00:00Z"), 2, ms("2024-04-11T23:00:00Z"), 0, 600, 0, 0, 0, 0},
         {ms("2024-04-12T21:00:00Z"), 2, ms("2024-04-12T20:00:00Z"), 0, 60, 0, 0, 0, 0}});
    failure +=
        test::writeGadgetbridgeTable(path, QStringLiteral("XIAOMI_SLEEP_STAGE_SAMPLE"), kStage,
                                     {{ms("2024-04-03T21:10:00Z"), 3, 3},   // light
                                      {ms("2024-04-03T23:00:00Z"), 3, 2},   // deep
                                      {ms("2024-04-04T02:00:00Z"), 3, 4}}); // REM to waking
    return failure;
}

// A Colmi ring (minutes) and a CMF watch (seconds), whose stages last a duration, and a Huami
// band that marks each minute asleep, overlapping the Garmin's night.
QString writeDurationsAndMinutes(const QString &path)
{
    QString failure = test::writeGadgetbridgeTable(path, QStringLiteral("COLMI_SLEEP_STAGE_SAMPLE"),
                                                   kStageWithDuration,
                                                   {{ms("2024-04-05T22:00:00Z"), 4, 60, 2},
                                                    {ms("2024-04-05T23:00:00Z"), 4, 90, 3},
                                                    {ms("2024-04-06T00:30:00Z"), 4, 30, 5}, // awake
                                                    {ms("2024-04-06T01:00:00Z"), 4, 120, 4},
                                                    {ms("2024-04-06T03:00:00Z"), 4, 0, 2},
                                                    {ms("2024-04-06T03:01:00Z"), 4, 5000, 2}});
    failure += test::writeGadgetbridgeTable(path, QStringLiteral("CMF_SLEEP_STAGE_SAMPLE"),
                                            kStageWithDuration,
                                            {{ms("2024-04-07T22:00:00Z"), 5, 3600, 1},
                                             {ms("2024-04-07T23:00:00Z"), 5, 5400, 2},
                                             {ms("2024-04-08T00:30:00Z"), 5, 1800, 0}});
    QVector<QVariantList> huami;
    for (int minute = 0; minute < 70; ++minute) // 00:00-01:10 CET, into the Garmin's awake
        huami.append({utcSecs("2024-03-30T23:00:00Z") + minute * 60, 6, 0, 0, 120, 0, 0, 0, 0, 0});
    for (int minute = 0; minute < 300; ++minute)
        huami.append({utcSecs("2024-04-09T21:00:00Z") + minute * 60, 6, 0, 0, 120, 0, 0, 0, 0, 0});
    huami.append({utcSecs("2024-04-10T12:00:00Z"), 6, 40, 35, 1, 0, 0, 0, 0, 0});
    failure += test::writeGadgetbridgeTable(
        path, QStringLiteral("HUAMI_EXTENDED_ACTIVITY_SAMPLE"),
        {QStringLiteral("RAW_INTENSITY INTEGER NOT NULL"), QStringLiteral("STEPS INTEGER NOT NULL"),
         QStringLiteral("RAW_KIND INTEGER NOT NULL"), QStringLiteral("HEART_RATE INTEGER NOT NULL"),
         QStringLiteral("UNKNOWN1 INTEGER"), QStringLiteral("SLEEP INTEGER"),
         QStringLiteral("DEEP_SLEEP INTEGER"), QStringLiteral("REM_SLEEP INTEGER")},
        huami);
    return failure;
}

} // namespace

class TstGadgetbridgeSleep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::useTimeZone("Europe/Berlin");
        QVERIFY(test::installEnglishTranslation());
    }

    void sleepHrvAndRestingRateGiveKnownDays()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("Gadgetbridge"));
        QCOMPARE(writeGarmin(path), QString());
        QCOMPARE(writeXiaomi(path), QString());
        QCOMPARE(writeDurationsAndMinutes(path), QString());
        const Expected<HealthData> data = HealthImport::read(path);
        FC_VERIFY_OK(data);
        const auto days = test::measuresByDay(data->days);

        // 22:30 CET to 01:00, awake until 01:15, then light until 06:00 CEST: 2.5 h + 3.75 h,
        // and the Huami's minutes add the 10 the Garmin called awake. All on the morning after,
        // though the first stages ended on the 30th.
        QVERIFY(!days["2024-03-30"].contains(QStringLiteral("sleep_hours")));
        QCOMPARE(days["2024-03-31"]["sleep_hours"], 6.42);
        QCOMPARE(days["2024-03-31"]["hrv"], 38.0);
        QCOMPARE(days["2024-03-31"]["resting_heart_rate"], 52.0);
        QCOMPARE(days["2024-04-01"]["hrv"], 42.0); // readings only: their mean, 4000 left out
        QVERIFY(!days["2024-04-01"].contains(QStringLiteral("resting_heart_rate")));
        // The Garmin's stage without an end (1 April) and its one of six hours (2-3 April) are
        // not counted; the 2nd has Xiaomi device 2's minutes asleep only.
        QCOMPARE(days["2024-04-02"]["sleep_hours"], 7.0);
        QVERIFY(!days.contains(QStringLiteral("2024-04-03")));
        QCOMPARE(days["2024-04-04"]["sleep_hours"], 7.83);     // device 3's stages, not its 400 min
        QVERIFY(!days.contains(QStringLiteral("2024-04-05"))); // a nightly HRV with no value
        QCOMPARE(days["2024-04-06"]["sleep_hours"], 4.5);      // Colmi: 60 + 90 + 120 minutes
        QCOMPARE(days["2024-04-08"]["sleep_hours"], 2.5);      // CMF: 3600 + 5400 seconds
        QCOMPARE(days["2024-04-10"]["sleep_hours"], 5.0);      // Huami: 300 minutes
        QCOMPARE(days["2024-04-10"]["steps"], 35.0);
        QVERIFY(!days.contains(QStringLiteral("2024-04-11")));
        QVERIFY(!days.contains(QStringLiteral("2024-04-12")));
        // The unreadable date, the NULL and too large HRV, the 255, the zero-length and too long
        // stages, and the two impossible nights.
        QCOMPARE(data->skipped, 8);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // MI_BAND_ACTIVITY_SAMPLE holds the Mi Band 1's minutes and the Huami bands' (Mi Band 2 to
    // 7, Amazfit): each codes sleep in RAW_KIND its own way, and DEVICE says which is which.
    void miBandFamiliesKeepSleepInTheirKinds()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("Gadgetbridge"));
        QVector<QVariantList> rows;
        auto minutes = [&](const char *from, int count, int device, int kind) {
            for (int m = 0; m < count; ++m)
                rows.append({utcSecs(from) + m * 60, device, 20, 0, kind, 0});
        };
        // Device 1, a Mi Band 3 (Huami): light sleep written as 0x19 (its low bits are 9), then
        // "no change" rows that continue it, deep sleep 11, "ignore" rows that continue that,
        // and waking (1) at 06:00 CEST: 23:00-06:00 is 7 hours. The "no change" rows after
        // waking stay awake.
        minutes("2024-04-14T21:00:00Z", 60, 1, 0x19);
        minutes("2024-04-14T22:00:00Z", 120, 1, 0);
        minutes("2024-04-15T00:00:00Z", 60, 1, 11);
        minutes("2024-04-15T01:00:00Z", 180, 1, 10);
        minutes("2024-04-15T04:00:00Z", 30, 1, 1);
        minutes("2024-04-15T04:30:00Z", 30, 1, 0);
        // Device 2, a Mi Band 1: 4 (deep) and 5 (light) are its sleep, 1 its activity; a Huami
        // band's 9 would be something else on it.
        minutes("2024-04-16T22:00:00Z", 90, 2, 5);
        minutes("2024-04-16T23:30:00Z", 150, 2, 4);
        minutes("2024-04-17T02:00:00Z", 60, 2, 9);
        QCOMPARE(test::writeGadgetbridgeTable(path, QStringLiteral("MI_BAND_ACTIVITY_SAMPLE"),
                                              {QStringLiteral("RAW_INTENSITY INTEGER NOT NULL"),
                                               QStringLiteral("STEPS INTEGER NOT NULL"),
                                               QStringLiteral("RAW_KIND INTEGER NOT NULL"),
                                               QStringLiteral("HEART_RATE INTEGER NOT NULL")},
                                              rows),
                 QString());
        // The DEVICE table as greenDAO writes it: TYPE is the old DeviceType key (Mi Band 1 is
        // 10), TYPE_NAME the enum's name.
        QCOMPARE(
            runSql(
                path,
                {QStringLiteral(
                     "CREATE TABLE \"DEVICE\" (\"_id\" INTEGER PRIMARY KEY ,\"NAME\" TEXT "
                     "NOT NULL ,\"MANUFACTURER\" TEXT NOT NULL ,\"IDENTIFIER\" TEXT NOT NULL "
                     "UNIQUE ,\"TYPE\" INTEGER NOT NULL ,\"TYPE_NAME\" TEXT NOT NULL ,"
                     "\"MODEL\" TEXT,\"ALIAS\" TEXT,\"PARENT_FOLDER\" TEXT)"),
                 QStringLiteral("INSERT INTO DEVICE VALUES (1, 'Mi Band 3', 'Xiaomi', "
                                "'C8:0F:10:00:00:01', 14, 'MIBAND3', NULL, NULL, NULL), (2, 'MI', "
                                "'Xiaomi', 'C8:0F:10:00:00:02', 10, 'MIBAND', NULL, NULL, NULL)")}),
            QString());

        const Expected<HealthData> data = HealthImport::read(path);
        FC_VERIFY_OK(data);
        const auto days = test::measuresByDay(data->days);
        QCOMPARE(days["2024-04-15"]["sleep_hours"], 7.0);
        QCOMPARE(days["2024-04-17"]["sleep_hours"], 4.0); // 90 + 150 minutes, not the 9s
    }

    // The Pebble keeps sleep as overlays on its minutes: light and deep sleep and naps count,
    // a deep stretch inside a light one once, a walk not at all.
    void pebbleOverlaysGiveItsSleep()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("Gadgetbridge"));
        // As greenDAO lays out PebbleHealthActivityOverlay: its four key columns, the user and the
        // raw record; seconds since the epoch.
        QStringList sql{QStringLiteral(
            "CREATE TABLE \"PEBBLE_HEALTH_ACTIVITY_OVERLAY\" (\"TIMESTAMP_FROM\" INTEGER NOT NULL ,"
            "\"TIMESTAMP_TO\" INTEGER NOT NULL ,\"RAW_KIND\" INTEGER NOT NULL ,\"DEVICE_ID\" "
            "INTEGER NOT NULL ,\"USER_ID\" INTEGER NOT NULL ,\"RAW_PEBBLE_HEALTH_DATA\" BLOB,"
            "PRIMARY KEY (\"TIMESTAMP_FROM\" ,\"TIMESTAMP_TO\" ,\"RAW_KIND\" ,\"DEVICE_ID\" ) ON "
            "CONFLICT REPLACE) WITHOUT ROWID")};
        const QVector<std::tuple<const char *, const char *, int>> overlays{
            {"2024-04-20T20:00:00Z", "2024-04-21T04:00:00Z", 1}, // light, 22:00-06:00 CEST
            {"2024-04-20T22:00:00Z", "2024-04-20T23:30:00Z", 2}, // deep, inside it
            {"2024-04-21T12:00:00Z", "2024-04-21T12:30:00Z", 3}, // a nap on the 21st
            {"2024-04-21T15:00:00Z", "2024-04-21T16:00:00Z", 5}, // a walk
            {"2024-04-22T04:00:00Z", "2024-04-22T03:00:00Z", 1}, // ends before it starts
        };
        for (const auto &[from, to, kind] : overlays)
            sql << QStringLiteral("INSERT INTO PEBBLE_HEALTH_ACTIVITY_OVERLAY VALUES "
                                  "(%1, %2, %3, 1, 1, NULL)")
                       .arg(utcSecs(from))
                       .arg(utcSecs(to))
                       .arg(kind);
        QCOMPARE(runSql(path, sql), QString());

        const Expected<HealthData> data = HealthImport::read(path);
        FC_VERIFY_OK(data);
        const auto days = test::measuresByDay(data->days);
        QCOMPARE(days["2024-04-21"]["sleep_hours"], 8.5); // the night and the nap
        QCOMPARE(data->skipped, 1);
        QVERIFY2(data->summary().contains(QStringLiteral("Hours asleep on 1 day")),
                 qPrintable(data->summary()));
    }

    void onlySleepTablesAreEnough()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("Gadgetbridge"));
        QCOMPARE(writeXiaomi(path), QString());
        const Expected<HealthData> data = HealthImport::read(path);
        FC_VERIFY_OK(data);
        QCOMPARE(test::measuresByDay(data->days)["2024-04-02"]["sleep_hours"], 7.0);
    }

    // Gadgetbridge's zip export (Settings › Data management › Export zip): its preferences, the
    // database as database/Gadgetbridge and the band's files, streamed by Java's
    // ZipOutputStream (no sizes in the local headers).
    void theZipExportIsReadLikeTheDatabase()
    {
        test::TempDataDir dir;
        const QString database = dir.filePath(QStringLiteral("Gadgetbridge"));
        QCOMPARE(writeXiaomi(database), QString());
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        const QString zip = dir.filePath(QStringLiteral("gadgetbridge_2024-04-12.zip"));
        QVERIFY(test::writeZip(
            zip,
            {{QStringLiteral("preferences/global.json"),
              QByteArrayLiteral("{\"language\":\"default\"}")},
             {QStringLiteral("database/Gadgetbridge"), bytes},
             {QStringLiteral("files/export.xml"), QByteArrayLiteral("<notHealth/>")},
             {QStringLiteral("gadgetbridge.json"), QByteArrayLiteral("{\"backupVersion\":1}")}},
            false));
        const Expected<HealthData> data = HealthImport::read(zip);
        FC_VERIFY_OK(data);
        QCOMPARE(data->format, QStringLiteral("Gadgetbridge zip export"));
        const auto days = test::measuresByDay(data->days);
        QCOMPARE(days["2024-04-02"]["sleep_hours"], 7.0);
        QCOMPARE(days["2024-04-04"]["sleep_hours"], 7.83);

        QString error;
        QVERIFY(test::fails(HealthImport::read(zip, [](qint64, qint64) { return false; }), &error));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));

        // Cut short: the message names the zip, not the copy it was unpacking into.
        QFile whole(zip);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray zipBytes = whole.readAll();
        whole.close();
        const QString cut = dir.filePath(QStringLiteral("cut.zip"));
        QFile cutFile(cut);
        QVERIFY(cutFile.open(QIODevice::WriteOnly));
        cutFile.write(zipBytes.left(zipBytes.size() / 2));
        cutFile.close();
        QVERIFY(test::fails(HealthImport::read(cut), &error));
        QVERIFY2(error.contains(QLatin1String("cut.zip")), qPrintable(error));
        QVERIFY2(error.size() < 400, qPrintable(error));
    }

    void aNightCountsOnTheMorningAfterAndANapOnItsOwnDay()
    {
        HealthDays days;
        const qint64 nap = utcSecs("2024-06-01T12:00:00Z"); // 14:00 CEST
        days.addAsleep(nap, nap + 3600, QDate(2024, 6, 1));
        const qint64 night = utcSecs("2024-06-01T20:30:00Z"); // 22:30 CEST
        days.addAsleep(night, night + 3600, QDate(2024, 6, 1));
        days.addAsleep(night + 3600 + 1800, night + 8 * 3600, QDate(2024, 6, 2));
        const auto byDay = test::measuresByDay(days.days(QStringLiteral("test")));
        QCOMPARE(byDay["2024-06-01"]["sleep_hours"], 1.0);
        QCOMPARE(byDay["2024-06-02"]["sleep_hours"], 7.5);
    }
};

FC_CORE_TEST_MAIN(TstGadgetbridgeSleep)
#include "tst_gadgetbridgesleep.moc"
