// Wearable exports at their real size: an Apple Health export.xml of 1 GB (mostly per-minute
// heart rates, as a watch writes them) streamed into daily values, and a year of Gadgetbridge
// per-minute samples with a Garmin's nights of sleep stages. FC_BENCH_HEALTH_MB sets the
// export's size.
#include "export/healthimport.h"
#include "support/benchmark.h"
#include "support/processstats.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

QByteArray stamp(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone(3600))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss +0100"))
        .toLatin1();
}

// One import as the app does it, with the day values it gave and the largest growth in peak
// memory over the runs.
struct ImportRun
{
    int days = 0;
    qint64 peakGrowthKb = 0;

    void import(fc::bench::Bench &bench, const QString &path)
    {
        const qint64 before = fc::bench::residentKb();
        fc::bench::resetPeakResident();
        const fc::Expected<fc::HealthData> data = fc::HealthImport::read(path);
        if (!data)
            bench.fail(data.message());
        else
            days = int(data->days.size());
        peakGrowthKb = std::max(peakGrowthKb, fc::bench::peakResidentKb() - before);
    }
};

// Records in the proportions of a real export: heart rate every few minutes from the watch,
// steps from the phone and the watch, energy, sleep stages, a resting rate and HRV a day.
bool writeAppleExport(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n"
        "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>\n]>\n"
        "<HealthData locale=\"en_GB\">\n <ExportDate value=\"2024-04-02 09:00:00 +0100\"/>\n");
    auto record = [](const char *type, const char *source, const char *unit,
                     const QByteArray &value, qint64 start, qint64 end) {
        return QByteArrayLiteral(" <Record type=\"") + type + "\" sourceName=\"" + source +
               "\" sourceVersion=\"10.4\" device=\"&lt;&lt;HKDevice: 0x2834a1f40&gt;, name:Apple "
               "Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,1&gt;\" unit=\"" +
               unit + "\" creationDate=\"" + stamp(end) + "\" startDate=\"" + stamp(start) +
               "\" endDate=\"" + stamp(end) + "\" value=\"" + value + "\"/>\n";
    };
    qint64 t = QDateTime(QDate(2019, 1, 1), QTime(0, 0), QTimeZone(3600)).toSecsSinceEpoch();
    QByteArray buffer;
    qint64 written = 0;
    for (qint64 minute = 0; written < bytes; ++minute, t += 240) {
        buffer += record("HKQuantityTypeIdentifierHeartRate", "Kim's Apple Watch", "count/min",
                         QByteArray::number(60 + minute % 40), t, t);
        if (minute % 3 == 0)
            buffer += record("HKQuantityTypeIdentifierStepCount", "Kim's iPhone", "count",
                             QByteArray::number(minute % 90), t, t + 180);
        if (minute % 3 == 1)
            buffer += record("HKQuantityTypeIdentifierStepCount", "Kim's Apple Watch", "count",
                             QByteArray::number(minute % 80), t, t + 180);
        if (minute % 2 == 0)
            buffer += record("HKQuantityTypeIdentifierActiveEnergyBurned", "Kim's Apple Watch",
                             "kcal", "0.52", t, t + 60);
        if (minute % 360 == 0) {
            buffer += record("HKQuantityTypeIdentifierRestingHeartRate", "Kim's Apple Watch",
                             "count/min", QByteArray::number(55 + minute % 9), t, t);
            buffer += record("HKQuantityTypeIdentifierHeartRateVariabilitySDNN",
                             "Kim's Apple Watch", "ms", "42.7", t, t + 60);
            buffer += record("HKCategoryTypeIdentifierSleepAnalysis", "Kim's Apple Watch", "",
                             "HKCategoryValueSleepAnalysisAsleepCore", t, t + 5400);
        }
        if (buffer.size() > (1 << 20)) {
            written += file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer + "</HealthData>\n");
    return file.error() == QFile::NoError;
}

} // namespace

FC_BENCHMARK(healthAppleExport)
{
    const qint64 megabytes = qEnvironmentVariableIsSet("FC_BENCH_HEALTH_MB")
                                 ? qEnvironmentVariableIntValue("FC_BENCH_HEALTH_MB")
                                 : 1024;
    const QString path = bench.env().workDir + QStringLiteral("/export.xml");
    if (!writeAppleExport(path, megabytes << 20)) {
        bench.fail(QStringLiteral("cannot write %1").arg(path));
        return;
    }
    const qint64 size = QFileInfo(path).size();
    ImportRun run;
    fc::bench::Row &row = bench.measure(
        QStringLiteral("health: Apple Health export.xml, %1 MB").arg(size >> 20), 2,
        [&] { run.import(bench, path); }, 0);
    const double mbPerSecond = double(size) / 1048576.0 / (row.median() / 1000.0);
    row.memory = QStringLiteral("%1 MB/s, +%2 peak, %3 day values")
                     .arg(mbPerSecond, 0, 'f', 0)
                     .arg(fc::bench::formatKb(run.peakGrowthKb))
                     .arg(run.days);
    QFile::remove(path);
}

FC_BENCHMARK(healthGadgetbridgeYear)
{
    const QString path = bench.env().workDir + QStringLiteral("/Gadgetbridge");
    QFile::remove(path);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gb"));
        db.setDatabaseName(path);
        if (!db.open()) {
            bench.fail(QStringLiteral("cannot create %1").arg(path));
            return;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "CREATE TABLE \"MI_BAND_ACTIVITY_SAMPLE\" (\"TIMESTAMP\" INTEGER NOT NULL,"
            "\"DEVICE_ID\" INTEGER NOT NULL,\"USER_ID\" INTEGER NOT NULL,\"RAW_INTENSITY\" INTEGER "
            "NOT NULL,\"STEPS\" INTEGER NOT NULL,\"RAW_KIND\" INTEGER NOT NULL,\"HEART_RATE\" "
            "INTEGER NOT NULL,PRIMARY KEY (\"TIMESTAMP\" ,\"DEVICE_ID\" ) ON CONFLICT REPLACE) "
            "WITHOUT ROWID"));
        q.exec(QStringLiteral(
            "WITH RECURSIVE m(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM m WHERE i < 525599) "
            "INSERT INTO MI_BAND_ACTIVITY_SAMPLE SELECT 1704067200 + i * 60, 1, 1, 20, "
            "CASE WHEN i % 1440 BETWEEN 480 AND 1200 THEN i % 37 ELSE 0 END, 1, "
            "CASE WHEN i % 11 = 0 THEN 255 ELSE 55 + i % 30 END FROM m"));
        // A Garmin's nights as it keeps them: a stage row a minute from 23:00 to 07:00 (light,
        // deep, REM and a few awake minutes) and the sleep event that ends each night.
        q.exec(QStringLiteral(
            "CREATE TABLE \"GARMIN_SLEEP_STAGE_SAMPLE\" (\"TIMESTAMP\" INTEGER NOT NULL ,"
            "\"DEVICE_ID\" INTEGER NOT NULL ,\"USER_ID\" INTEGER NOT NULL ,\"STAGE\" INTEGER NOT "
            "NULL ,PRIMARY KEY (\"TIMESTAMP\" ,\"DEVICE_ID\" ) ON CONFLICT REPLACE) WITHOUT "
            "ROWID"));
        q.exec(QStringLiteral(
            "WITH RECURSIVE m(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM m WHERE i < 175679) "
            "INSERT INTO GARMIN_SLEEP_STAGE_SAMPLE SELECT (1704063600 + (i / 480) * 86400 + "
            "(i % 480) * 60) * 1000, 2, 1, CASE WHEN i % 97 = 0 THEN 1 ELSE 2 + i % 3 END FROM m"));
        q.exec(QStringLiteral(
            "CREATE TABLE \"GARMIN_EVENT_SAMPLE\" (\"TIMESTAMP\" INTEGER NOT NULL ,\"DEVICE_ID\" "
            "INTEGER NOT NULL ,\"USER_ID\" INTEGER NOT NULL ,\"EVENT\" INTEGER NOT NULL ,"
            "\"EVENT_TYPE\" INTEGER,\"DATA\" INTEGER,PRIMARY KEY (\"TIMESTAMP\" ,\"DEVICE_ID\" "
            ",\"EVENT\" ) ON CONFLICT REPLACE) WITHOUT ROWID"));
        q.exec(QStringLiteral(
            "WITH RECURSIVE n(d) AS (SELECT 0 UNION ALL SELECT d + 1 FROM n WHERE d < 365) "
            "INSERT INTO GARMIN_EVENT_SAMPLE SELECT (1704063600 + d * 86400 + 480 * 60) * 1000, "
            "2, 1, 74, 1, 0 FROM n"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gb"));
    ImportRun run;
    fc::bench::Row &row = bench.measure(
        QStringLiteral("health: Gadgetbridge, a year of minutes and nights (701,646 rows)"), 3,
        [&] { run.import(bench, path); });
    row.memory = QStringLiteral("+%1 peak, %2 day values")
                     .arg(fc::bench::formatKb(run.peakGrowthKb))
                     .arg(run.days);
    QFile::remove(path);
}
