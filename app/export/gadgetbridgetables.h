#pragma once

// Inside the Gadgetbridge reader: which tables of an exported database hold what, and one loop
// over a query's rows that counts progress, honours Cancel and names what failed.

#include "export/healthdays.h"
#include "export/healthimport.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>

class QSqlQuery;

namespace fc::gadgetbridge {

// Per-minute samples: TIMESTAMP (seconds), DEVICE_ID, STEPS, HEART_RATE and, in some, RAW_KIND.
struct ActivityTable
{
    QString name;
    bool hasSteps = false;
    bool hasHeartRate = false;
    bool hasDevice = false;
    // The RAW_KIND that means "asleep this minute", where the family keeps sleep this way;
    // -1 when the table's kinds are not read.
    int asleepKind = -1;
    // MI_BAND_ACTIVITY_SAMPLE: the Mi Band 1 and the Huami bands (Mi Band 2 to 7, Amazfit)
    // code sleep in RAW_KIND each their own way (MiBandKinds).
    bool miBandKinds = false;
};

// How the Mi Band families code a minute in MI_BAND_ACTIVITY_SAMPLE's RAW_KIND, as Gadgetbridge
// reads it back (MiBandSampleProvider, MiBand2SampleProvider and HuamiConst): the Mi Band 1
// writes 4 (deep) and 5 (light sleep); a Huami band's low four bits are 9 (light) and 11 (deep
// sleep), and 0 ("no change") and 10 ("ignore") repeat the device's last other kind.
class MiBandKinds
{
public:
    // Devices of the export that are a Mi Band 1 (DEVICE's TYPE_NAME "MIBAND", or its older
    // TYPE key 10); every other device writing the table is a Huami band.
    static QSet<qint64> miBand1Devices(const QSqlDatabase &db);

    explicit MiBandKinds(QSet<qint64> miBand1)
        : m_miBand1(std::move(miBand1))
    {}
    // The rows of a device in time order: whether this minute was asleep.
    bool asleep(qint64 device, int rawKind);

private:
    QSet<qint64> m_miBand1;
    QHash<qint64, int> m_lastKind; // a Huami band's last kind other than "no change"/"ignore"
};

// One reading per row: TIMESTAMP (milliseconds) and a value column.
struct ValueTable
{
    QString name;
    QString column;
    bool hasDevice = false;
};

// A family's sleep stages. With a DURATION column a row lasts that long; without one a row is a
// change of stage that lasts until the device's next row or the night's wake-up time.
struct StageTable
{
    QString name;
    bool hasDevice = false;
    qint64 durationUnitSecs = 0; // 0: rows are changes of stage
    QVector<int> asleepStages;
};

// Intervals of a kind, TIMESTAMP_FROM to TIMESTAMP_TO: the Pebble's PEBBLE_HEALTH_ACTIVITY_OVERLAY,
// whose RAW_KIND 1-4 are light and deep sleep and light and deep naps (PebbleHealthSampleProvider).
struct IntervalTable
{
    QString name;
    bool hasDevice = false;
    QVector<int> asleepKinds;
};

// A night: TIMESTAMP (bedtime, milliseconds), WAKEUP_TIME and, in some, TOTAL_DURATION (minutes
// asleep).
struct SleepSessionTable
{
    QString name;
    bool hasDevice = false;
    bool hasTotalDuration = false;
};

struct Tables
{
    QVector<ActivityTable> activity;
    QVector<ValueTable> restingHeartRate;
    QVector<ValueTable> hrvNightly;
    QVector<ValueTable> hrvReadings;
    QVector<StageTable> stages;
    QVector<SleepSessionTable> sessions;
    QVector<IntervalTable> intervals;
    // GARMIN_EVENT_SAMPLE: its sleep events mark when a night ended.
    bool garminEvents = false;

    bool isEmpty() const;
    QStringList names() const;
};

// The tables worth reading, found by name and columns, so a device added to a family later is
// read too. Views, oddly named tables and tables without the columns are never touched.
Tables findTables(const QSqlDatabase &db);

// A stored timestamp as seconds since the epoch: older tables count seconds, newer ones
// milliseconds. Nothing for a value that is not a time this century could hold.
std::optional<qint64> secondsOf(const QVariant &stamp);
// What to select for a row's device: DEVICE_ID, or 0 in a table without one.
QString deviceColumn(bool hasDevice);
// The computer's local day a moment falls on.
QDate localDay(qint64 secs);

// One read through the file: the rows done so far against all, and the first failure.
class RowReader
{
public:
    RowReader(const QSqlDatabase &db, QString shownPath, const HealthImport::Progress &progress,
              qint64 totalRows);

    // Runs `sql` and hands each row to `row`. False after a failure or Cancel (see failure()).
    bool forEachRow(const QString &table, const QString &sql,
                    const std::function<void(const QSqlQuery &)> &row);
    const QString &failure() const { return m_failure; }
    qint64 total() const { return m_total; }

private:
    QSqlDatabase m_db;
    QString m_shown;
    HealthImport::Progress m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    QString m_failure;
};

// The asleep intervals of the stage and session tables into `days`.
void readSleep(const Tables &tables, RowReader &reader, HealthDays &days, HealthData &data);

} // namespace fc::gadgetbridge
