// Gadgetbridge's "Export database": an SQLite file with tables per family of device. Per-minute
// samples (MI_BAND_ACTIVITY_SAMPLE, HUAMI_EXTENDED_ACTIVITY_SAMPLE, XIAOMI_ACTIVITY_SAMPLE,
// GARMIN_ACTIVITY_SAMPLE, ...) give steps and heart rate; some families add their own resting
// heart rate, HRV and sleep tables (gadgetbridgetables.cpp says which). It is someone else's
// file: opened read-only and immutable, only tables with the expected columns are read, and
// every value is checked.
#include "export/gadgetbridgetables.h"
#include "export/healthdays.h"
#include "export/healthimport.h"
#include "storage/sqlerror.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcGadgetbridge, "fc.export.gadgetbridge")

namespace fc {

namespace {

using gadgetbridge::secondsOf;

// Heart rate 0 and 255 mean "no reading"; outside this a band slipped or misread.
constexpr int kLowestHeartRate = 25;
constexpr int kHighestHeartRate = 240;
// More steps than this in one minute is not walking.
constexpr int kMostStepsPerMinute = 400;
// HRV in ms a wrist can report; outside it the reading is an artefact.
constexpr double kHighestHrvMs = 300;

void readActivity(const gadgetbridge::ActivityTable &t, gadgetbridge::RowReader &reader,
                  HealthDays &days, HealthData &data, gadgetbridge::MiBandKinds &miBand)
{
    const bool kinds = t.asleepKind >= 0 || t.miBandKinds;
    // A Huami band's "no change" repeats its last kind: the rows are read in time order (the
    // table's key order, so no sort).
    const QString sql =
        QStringLiteral("SELECT TIMESTAMP, %1, %2, %3, %4 FROM %5%6")
            .arg(gadgetbridge::deviceColumn(t.hasDevice),
                 t.hasSteps ? QStringLiteral("STEPS") : QStringLiteral("NULL"),
                 t.hasHeartRate ? QStringLiteral("HEART_RATE") : QStringLiteral("NULL"),
                 kinds ? QStringLiteral("RAW_KIND") : QStringLiteral("NULL"), t.name,
                 t.miBandKinds ? QStringLiteral(" ORDER BY TIMESTAMP") : QString());
    reader.forEachRow(t.name, sql, [&](const QSqlQuery &q) {
        const std::optional<qint64> stamp = secondsOf(q.value(0));
        if (!stamp) {
            ++data.skipped;
            return;
        }
        const QDate day = gadgetbridge::localDay(*stamp);
        const QString source = t.name + u'/' + q.value(1).toString().left(20);
        bool used = false;
        bool ok = false;
        if (const QVariant steps = q.value(2); !steps.isNull()) {
            const int n = steps.toInt(&ok);
            if (ok && n > 0 && n <= kMostStepsPerMinute) {
                days.addSteps(day, source, n);
                used = true;
            }
        }
        if (const QVariant heartRate = q.value(3); !heartRate.isNull()) {
            const int bpm = heartRate.toInt(&ok);
            if (ok && bpm >= kLowestHeartRate && bpm <= kHighestHeartRate) {
                days.addHeartRateSample(day, source, bpm);
                used = true;
            }
        }
        if (const QVariant kind = q.value(4); !kind.isNull()) {
            const bool asleep = t.miBandKinds ? miBand.asleep(q.value(1).toLongLong(), kind.toInt())
                                              : kind.toInt() == t.asleepKind;
            if (asleep) {
                days.addAsleep(*stamp, *stamp + 60, gadgetbridge::localDay(*stamp + 60));
                used = true;
            }
        }
        if (used)
            ++data.recordsRead;
    });
}

// A table of readings: each in range goes to `add` on its local day, the rest are skipped.
void readValues(const QVector<gadgetbridge::ValueTable> &tables, double lowest, double highest,
                gadgetbridge::RowReader &reader, HealthData &data,
                const std::function<void(const QDate &, double)> &add)
{
    for (const gadgetbridge::ValueTable &t : tables) {
        const QString sql = QStringLiteral("SELECT TIMESTAMP, %1 FROM %2").arg(t.column, t.name);
        reader.forEachRow(t.name, sql, [&](const QSqlQuery &q) {
            const std::optional<qint64> stamp = secondsOf(q.value(0));
            bool ok = false;
            const double value = q.value(1).toDouble(&ok);
            // NULL reads as 0, which no measure here can be.
            if (!stamp || !ok || value < lowest || value > highest) {
                ++data.skipped;
                return;
            }
            add(gadgetbridge::localDay(*stamp), value);
            ++data.recordsRead;
        });
    }
}

qint64 countRows(const QSqlDatabase &db, const QStringList &tables)
{
    qint64 total = 0;
    for (const QString &name : tables) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(name)) && count.next())
            total += count.value(0).toLongLong();
    }
    return total;
}

// Empty when SQLite finds the file sound; otherwise what is wrong and what to do.
QString damaged(const QSqlDatabase &db, const QString &shown)
{
    const QString damage = sqliteDamage(db);
    if (damage.isEmpty())
        return QString();
    return HealthImport::tr("%1 is damaged (SQLite: %2), perhaps cut short while it was copied. "
                            "Export the database from Gadgetbridge again and import the new "
                            "file; nothing was imported.")
        .arg(shown, damage);
}

} // namespace

Expected<HealthData> HealthImport::readGadgetbridge(const QString &path, const Progress &progress,
                                                    const QString &shownAs)
{
    HealthData data;
    data.format = tr("Gadgetbridge database");
    data.source = QStringLiteral("gadgetbridge");
    const QString shown = QDir::toNativeSeparators(shownAs.isEmpty() ? path : shownAs);
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
        gadgetbridge::Tables tables;
        if (!db.open()) {
            failure = tr("%1 cannot be opened: %2").arg(shown, db.lastError().text().left(200));
        } else {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
            tables = gadgetbridge::findTables(db);
            if (tables.isEmpty()) {
                // A damaged file can hide its tables: SQLite's own check tells the two apart.
                failure = damaged(db, shown);
                if (failure.isEmpty())
                    failure = tr("%1 is an SQLite file but holds no Gadgetbridge activity "
                                 "samples (no table like MI_BAND_ACTIVITY_SAMPLE with TIMESTAMP, "
                                 "STEPS and HEART_RATE).")
                                  .arg(shown);
            }
        }
        if (failure.isEmpty()) {
            gadgetbridge::RowReader reader(db, shown, progress, countRows(db, tables.names()));
            HealthDays days;
            gadgetbridge::MiBandKinds miBand(gadgetbridge::MiBandKinds::miBand1Devices(db));
            for (const gadgetbridge::ActivityTable &t : std::as_const(tables.activity))
                readActivity(t, reader, days, data, miBand);
            readValues(tables.restingHeartRate, kLowestHeartRate, kHighestHeartRate, reader, data,
                       [&](const QDate &day, double bpm) { days.addRestingHeartRate(day, bpm); });
            readValues(tables.hrvNightly, 1, kHighestHrvMs, reader, data,
                       [&](const QDate &day, double ms) { days.addHrv(day, ms); });
            readValues(tables.hrvReadings, 1, kHighestHrvMs, reader, data,
                       [&](const QDate &day, double ms) { days.addHrvSample(day, ms); });
            gadgetbridge::readSleep(tables, reader, days, data);
            failure = reader.failure();
            if (!failure.isEmpty()) {
                if (const QString damage = damaged(db, shown); !damage.isEmpty())
                    failure = damage;
            } else {
                data.days = days.days(data.source);
                if (progress)
                    progress(reader.total(), reader.total());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty())
        return fail(failure);
    qCInfo(lcGadgetbridge) << "read" << data.recordsRead << "samples," << data.days.size()
                           << "day values";
    return data;
}

} // namespace fc
