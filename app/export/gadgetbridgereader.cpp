// Gadgetbridge's "Export database": an SQLite file with a table of per-minute samples per kind
// of device (MI_BAND_ACTIVITY_SAMPLE, HUAMI_EXTENDED_ACTIVITY_SAMPLE, XIAOMI_ACTIVITY_SAMPLE,
// GARMIN_ACTIVITY_SAMPLE, ...): TIMESTAMP (seconds), DEVICE_ID, STEPS, HEART_RATE. It is
// someone else's file: opened read-only and immutable, only tables with the expected columns are
// read, and every value is checked.
#include "export/healthdays.h"
#include "export/healthimport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcGadgetbridge, "fc.export.gadgetbridge")

namespace fc {

namespace {

// Heart rate 0 and 255 mean "no reading"; outside this a band slipped or misread.
constexpr int kLowestHeartRate = 25;
constexpr int kHighestHeartRate = 240;
// More steps than this in one minute is not walking.
constexpr int kMostStepsPerMinute = 400;
constexpr int kProgressEvery = 20000;

struct SampleTable
{
    QString name;
    bool hasSteps = false;
    bool hasHeartRate = false;
    bool hasDevice = false;
};

// The sample tables worth reading, found by their columns rather than a fixed list, so a
// device Gadgetbridge adds later is read too.
QVector<SampleTable> sampleTables(const QSqlDatabase &db)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Z0-9_]{1,64}$"));
    QVector<SampleTable> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")))
        return out;
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        if (!name.endsWith(QLatin1String("ACTIVITY_SAMPLE")) || !plainName.match(name).hasMatch())
            continue;
        SampleTable t{name};
        bool hasTimestamp = false;
        QSqlQuery columns(db);
        if (!columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(name)))
            continue;
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            hasTimestamp = hasTimestamp || column == QLatin1String("TIMESTAMP");
            t.hasSteps = t.hasSteps || column == QLatin1String("STEPS");
            t.hasHeartRate = t.hasHeartRate || column == QLatin1String("HEART_RATE");
            t.hasDevice = t.hasDevice || column == QLatin1String("DEVICE_ID");
        }
        if (hasTimestamp && (t.hasSteps || t.hasHeartRate))
            out << t;
    }
    return out;
}

} // namespace

Expected<HealthData> HealthImport::readGadgetbridge(const QString &path, const Progress &progress)
{
    HealthData data;
    data.format = tr("Gadgetbridge database");
    data.source = QStringLiteral("gadgetbridge");
    const QString shown = QDir::toNativeSeparators(path);
    const QString connection =
        QStringLiteral("gadgetbridge-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        // Immutable: SQLite neither writes nor makes a -wal or -shm file beside the export.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        QVector<SampleTable> tables;
        if (!db.open()) {
            failure = tr("%1 cannot be opened: %2").arg(shown, db.lastError().text().left(200));
        } else {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
            tables = sampleTables(db);
            if (tables.isEmpty())
                failure = tr("%1 is an SQLite file but holds no Gadgetbridge activity samples "
                             "(no table like MI_BAND_ACTIVITY_SAMPLE with TIMESTAMP, STEPS and "
                             "HEART_RATE).")
                              .arg(shown);
        }
        qint64 total = 0;
        for (const SampleTable &t : std::as_const(tables)) {
            QSqlQuery count(db);
            if (count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(t.name)) && count.next())
                total += count.value(0).toLongLong();
        }
        HealthDays days;
        qint64 done = 0;
        for (const SampleTable &t : std::as_const(tables)) {
            if (!failure.isEmpty())
                break;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            const QString sql =
                QStringLiteral("SELECT TIMESTAMP, %1, %2, %3 FROM %4")
                    .arg(t.hasDevice ? QStringLiteral("DEVICE_ID") : QStringLiteral("0"),
                         t.hasSteps ? QStringLiteral("STEPS") : QStringLiteral("NULL"),
                         t.hasHeartRate ? QStringLiteral("HEART_RATE") : QStringLiteral("NULL"),
                         t.name);
            if (!q.exec(sql)) {
                failure = tr("%1: the table %2 cannot be read: %3")
                              .arg(shown, t.name, q.lastError().text().left(200));
                break;
            }
            while (q.next()) {
                if (++done % kProgressEvery == 0 && progress && !progress(done, total)) {
                    failure = tr("The import was cancelled; nothing was imported.");
                    break;
                }
                bool ok = false;
                qint64 stamp = q.value(0).toLongLong(&ok);
                // Newer tables count milliseconds.
                if (stamp > 100000000000LL)
                    stamp /= 1000;
                if (!ok || stamp <= 0 || stamp > 32503680000LL) {
                    ++data.skipped;
                    continue;
                }
                const QDate day = QDateTime::fromSecsSinceEpoch(stamp).date();
                const QString source = t.name + u'/' + q.value(1).toString().left(20);
                bool used = false;
                const QVariant steps = q.value(2);
                if (!steps.isNull()) {
                    const int n = steps.toInt(&ok);
                    if (ok && n > 0 && n <= kMostStepsPerMinute) {
                        days.addSteps(day, source, n);
                        used = true;
                    }
                }
                const QVariant heartRate = q.value(3);
                if (!heartRate.isNull()) {
                    const int bpm = heartRate.toInt(&ok);
                    if (ok && bpm >= kLowestHeartRate && bpm <= kHighestHeartRate) {
                        days.addHeartRateSample(day, source, bpm);
                        used = true;
                    }
                }
                if (used)
                    ++data.recordsRead;
            }
            if (q.lastError().isValid() && failure.isEmpty())
                failure = tr("%1 is damaged: %2").arg(shown, q.lastError().text().left(200));
        }
        db.close();
        if (failure.isEmpty()) {
            data.days = days.days(data.source);
            if (progress)
                progress(total, total);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty())
        return fail(failure);
    qCInfo(lcGadgetbridge) << "read" << data.recordsRead << "samples," << data.days.size()
                           << "day values";
    return data;
}

} // namespace fc
