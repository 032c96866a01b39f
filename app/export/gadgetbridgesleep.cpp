// Hours asleep from a Gadgetbridge export. Families keep sleep three ways:
// - stage tables whose rows last a DURATION (Colmi, CMF);
// - stage tables whose rows are changes of stage (Garmin, Xiaomi): a stage lasts until the
//   device's next row, or until the night's wake-up time when that comes first;
// - nights with a bedtime, a wake-up time and minutes asleep (Xiaomi's SLEEP_TIME_SAMPLE), used
//   for a device that has no stages, since time in bed is not time asleep;
// - intervals of a kind, from one time to another (the Pebble's activity overlays).
#include "export/gadgetbridgetables.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <vector>

namespace fc::gadgetbridge {

namespace {

// A stage longer than this has lost its end (the band stopped recording): it is not counted.
constexpr qint64 kLongestStageSecs = 4 * 3600;
constexpr qint64 kLongestNightSecs = 24 * 3600;
// Garmin's event 74 is sleep; event type 1 is its end.
constexpr int kGarminSleepEvent = 74;
constexpr int kGarminEventStop = 1;

using WakeTimes = QHash<qint64, std::vector<qint64>>;

std::optional<qint64> nextWake(const WakeTimes &wakes, qint64 device, qint64 after)
{
    const auto it = wakes.constFind(device);
    if (it == wakes.cend())
        return std::nullopt;
    const auto next = std::upper_bound(it->begin(), it->end(), after);
    if (next == it->end())
        return std::nullopt;
    return *next;
}

void addAsleep(HealthDays &days, qint64 start, qint64 end)
{
    days.addAsleep(start, end, localDay(end));
}

struct Night
{
    qint64 device = 0;
    qint64 bed = 0;
    qint64 wake = 0;
    qint64 asleepSecs = 0;
};

// The nights of every session table, and the wake-up times of them and of Garmin's events.
QVector<Night> readNights(const Tables &tables, RowReader &reader, WakeTimes &wakes,
                          HealthData &data)
{
    QVector<Night> nights;
    for (const SleepSessionTable &t : tables.sessions) {
        const QString sql =
            QStringLiteral("SELECT %1, TIMESTAMP, WAKEUP_TIME, %2 FROM %3")
                .arg(deviceColumn(t.hasDevice),
                     t.hasTotalDuration ? QStringLiteral("TOTAL_DURATION") : QStringLiteral("NULL"),
                     t.name);
        reader.forEachRow(t.name, sql, [&](const QSqlQuery &q) {
            const std::optional<qint64> bed = secondsOf(q.value(1));
            const std::optional<qint64> wake = secondsOf(q.value(2));
            if (!bed || !wake || *wake <= *bed || *wake - *bed > kLongestNightSecs) {
                ++data.skipped;
                return;
            }
            const qint64 device = q.value(0).toLongLong();
            wakes[device].push_back(*wake);
            nights.append({device, *bed, *wake, q.value(3).toLongLong() * 60});
            ++data.recordsRead;
        });
    }
    if (tables.garminEvents) {
        const QString sql = QStringLiteral("SELECT DEVICE_ID, TIMESTAMP FROM GARMIN_EVENT_SAMPLE "
                                           "WHERE EVENT = %1 AND EVENT_TYPE = %2")
                                .arg(kGarminSleepEvent)
                                .arg(kGarminEventStop);
        reader.forEachRow(QStringLiteral("GARMIN_EVENT_SAMPLE"), sql, [&](const QSqlQuery &q) {
            if (const std::optional<qint64> wake = secondsOf(q.value(1)))
                wakes[q.value(0).toLongLong()].push_back(*wake);
        });
    }
    for (std::vector<qint64> &times : wakes)
        std::sort(times.begin(), times.end());
    return nights;
}

void readStagesWithDuration(const StageTable &t, RowReader &reader, HealthDays &days,
                            HealthData &data, QSet<qint64> &devicesWithStages)
{
    const QString sql = QStringLiteral("SELECT %1, TIMESTAMP, STAGE, DURATION FROM %2")
                            .arg(deviceColumn(t.hasDevice), t.name);
    reader.forEachRow(t.name, sql, [&](const QSqlQuery &q) {
        const std::optional<qint64> start = secondsOf(q.value(1));
        const qint64 length = q.value(3).toLongLong() * t.durationUnitSecs;
        if (!start || length <= 0 || length > kLongestStageSecs) {
            ++data.skipped;
            return;
        }
        devicesWithStages.insert(q.value(0).toLongLong());
        if (t.asleepStages.contains(q.value(2).toInt()))
            addAsleep(days, *start, *start + length);
        ++data.recordsRead;
    });
}

void readStageChanges(const StageTable &t, const WakeTimes &wakes, RowReader &reader,
                      HealthDays &days, HealthData &data, QSet<qint64> &devicesWithStages)
{
    struct Change
    {
        qint64 device;
        qint64 start;
        int stage;
    };
    std::optional<Change> open;
    // A stage ends at the device's next change or its next wake-up, whichever comes first; one
    // whose end is unknown or implausibly far is not counted.
    auto close = [&](const Change &c, std::optional<qint64> next) {
        const std::optional<qint64> wake = nextWake(wakes, c.device, c.start);
        if (wake && (!next || *wake < *next))
            next = wake;
        if (next && *next > c.start && *next - c.start <= kLongestStageSecs &&
            t.asleepStages.contains(c.stage))
            addAsleep(days, c.start, *next);
    };
    const QString sql =
        QStringLiteral("SELECT %1 AS device, TIMESTAMP, STAGE FROM %2 ORDER BY device, TIMESTAMP")
            .arg(deviceColumn(t.hasDevice), t.name);
    reader.forEachRow(t.name, sql, [&](const QSqlQuery &q) {
        const std::optional<qint64> start = secondsOf(q.value(1));
        if (!start) {
            ++data.skipped;
            return;
        }
        const Change change{q.value(0).toLongLong(), *start, q.value(2).toInt()};
        if (open)
            close(*open, open->device == change.device ? std::optional<qint64>(change.start)
                                                       : std::nullopt);
        open = change;
        devicesWithStages.insert(change.device);
        ++data.recordsRead;
    });
    if (open && reader.failure().isEmpty())
        close(*open, std::nullopt);
}

// Intervals of a kind (the Pebble's overlays): those of a sleeping kind count whole; overlays
// inside one another are one sleep, as HealthDays keeps the union.
void readIntervals(const IntervalTable &t, RowReader &reader, HealthDays &days, HealthData &data)
{
    const QString sql =
        QStringLiteral("SELECT TIMESTAMP_FROM, TIMESTAMP_TO, RAW_KIND FROM %1").arg(t.name);
    reader.forEachRow(t.name, sql, [&](const QSqlQuery &q) {
        const std::optional<qint64> from = secondsOf(q.value(0));
        const std::optional<qint64> to = secondsOf(q.value(1));
        if (!from || !to || *to <= *from || *to - *from > kLongestNightSecs) {
            ++data.skipped;
            return;
        }
        if (t.asleepKinds.contains(q.value(2).toInt()))
            addAsleep(days, *from, *to);
        ++data.recordsRead;
    });
}

} // namespace

void readSleep(const Tables &tables, RowReader &reader, HealthDays &days, HealthData &data)
{
    WakeTimes wakes;
    const QVector<Night> nights = readNights(tables, reader, wakes, data);
    QSet<qint64> devicesWithStages;
    for (const StageTable &t : tables.stages) {
        if (t.durationUnitSecs > 0)
            readStagesWithDuration(t, reader, days, data, devicesWithStages);
        else
            readStageChanges(t, wakes, reader, days, data, devicesWithStages);
    }
    for (const IntervalTable &t : tables.intervals)
        readIntervals(t, reader, days, data);
    for (const Night &night : nights) {
        if (devicesWithStages.contains(night.device) || night.asleepSecs <= 0)
            continue;
        if (night.asleepSecs > night.wake - night.bed) {
            ++data.skipped;
            continue;
        }
        addAsleep(days, night.wake - night.asleepSecs, night.wake);
    }
}

} // namespace fc::gadgetbridge
