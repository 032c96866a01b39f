#include "export/gadgetbridgetables.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace fc::gadgetbridge {

namespace {

constexpr int kProgressEvery = 20000;
// 1 January 3000 in seconds; anything later is not a time a band wrote.
constexpr qint64 kLatestSecs = 32503680000LL;
// A seconds count this large is milliseconds.
constexpr qint64 kMillisecondsFrom = 100000000000LL;

// The families whose sleep-stage tables are read, with what their stages mean. The codes are
// each family's own (Gadgetbridge stores them as the device sends them); a family not listed
// here is not guessed at.
struct StageFamily
{
    const char *table;
    qint64 durationUnitSecs;
    QVector<int> asleepStages;
};

const QVector<StageFamily> &stageFamilies()
{
    static const QVector<StageFamily> families{
        // Garmin: 0 unmeasurable, 1 awake, 2 light, 3 deep, 4 REM; a row per change.
        {"GARMIN_SLEEP_STAGE_SAMPLE", 0, {2, 3, 4}},
        // Xiaomi: 0 not asleep, 1 unknown, 2 deep, 3 light, 4 REM, 5 awake; a row per change.
        {"XIAOMI_SLEEP_STAGE_SAMPLE", 0, {2, 3, 4}},
        // Colmi rings: 2 light, 3 deep, 4 REM, 5 awake; DURATION in minutes.
        {"COLMI_SLEEP_STAGE_SAMPLE", 60, {2, 3, 4}},
        // CMF watches: 1 deep, 2 light, 3 REM; DURATION in seconds.
        {"CMF_SLEEP_STAGE_SAMPLE", 1, {1, 2, 3}},
    };
    return families;
}

// Huami's newer bands keep sleep in their activity samples: RAW_KIND 120 is a minute asleep.
constexpr char kHuamiExtendedTable[] = "HUAMI_EXTENDED_ACTIVITY_SAMPLE";
constexpr int kHuamiAsleepKind = 120;
// The Mi Band 1 and the Huami bands share this table; MiBandKinds tells their sleep apart.
constexpr char kMiBandTable[] = "MI_BAND_ACTIVITY_SAMPLE";
// Gadgetbridge's DeviceType key of the Mi Band 1, from before TYPE_NAME was stored.
constexpr int kMiBand1TypeKey = 10;
constexpr int kMiBand1DeepSleep = 4, kMiBand1LightSleep = 5;
constexpr int kHuamiNoChange = 0, kHuamiLightSleep = 9, kHuamiIgnore = 10, kHuamiDeepSleep = 11;
// The Pebble keeps its sleep as overlays on its samples (PebbleHealthSampleProvider).
constexpr char kPebbleOverlayTable[] = "PEBBLE_HEALTH_ACTIVITY_OVERLAY";
constexpr int kPebbleLightSleep = 1, kPebbleDeepSleep = 2, kPebbleLightNap = 3, kPebbleDeepNap = 4;

QSet<QString> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        while (q.next())
            columns.insert(q.value(0).toString());
    return columns;
}

} // namespace

bool Tables::isEmpty() const
{
    return activity.isEmpty() && restingHeartRate.isEmpty() && hrvNightly.isEmpty() &&
           hrvReadings.isEmpty() && stages.isEmpty() && sessions.isEmpty() && intervals.isEmpty();
}

QStringList Tables::names() const
{
    QStringList out;
    for (const ActivityTable &t : activity)
        out << t.name;
    for (const auto *values : {&restingHeartRate, &hrvNightly, &hrvReadings})
        for (const ValueTable &t : *values)
            out << t.name;
    for (const StageTable &t : stages)
        out << t.name;
    for (const SleepSessionTable &t : sessions)
        out << t.name;
    for (const IntervalTable &t : intervals)
        out << t.name;
    if (garminEvents)
        out << QStringLiteral("GARMIN_EVENT_SAMPLE");
    return out;
}

Tables findTables(const QSqlDatabase &db)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Z0-9_]{1,64}$"));
    Tables found;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")))
        return found;
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        if (!plainName.match(name).hasMatch())
            continue;
        const QSet<QString> columns = columnsOf(db, name);
        if (name == QLatin1String(kPebbleOverlayTable) &&
            columns.contains(QStringLiteral("TIMESTAMP_FROM")) &&
            columns.contains(QStringLiteral("TIMESTAMP_TO")) &&
            columns.contains(QStringLiteral("RAW_KIND")))
            found.intervals.append(
                {name,
                 columns.contains(QStringLiteral("DEVICE_ID")),
                 {kPebbleLightSleep, kPebbleDeepSleep, kPebbleLightNap, kPebbleDeepNap}});
        if (!columns.contains(QStringLiteral("TIMESTAMP")))
            continue;
        const bool hasDevice = columns.contains(QStringLiteral("DEVICE_ID"));
        auto valueTable = [&](const char *suffix, const char *column, QVector<ValueTable> &into) {
            if (name.endsWith(QLatin1String(suffix)) && columns.contains(QLatin1String(column)))
                into.append({name, QLatin1String(column), hasDevice});
        };
        if (name.endsWith(QLatin1String("ACTIVITY_SAMPLE"))) {
            ActivityTable t{name, columns.contains(QStringLiteral("STEPS")),
                            columns.contains(QStringLiteral("HEART_RATE")), hasDevice};
            if (name == QLatin1String(kHuamiExtendedTable) &&
                columns.contains(QStringLiteral("RAW_KIND")))
                t.asleepKind = kHuamiAsleepKind;
            t.miBandKinds =
                name == QLatin1String(kMiBandTable) && columns.contains(QStringLiteral("RAW_KIND"));
            if (t.hasSteps || t.hasHeartRate || t.asleepKind >= 0 || t.miBandKinds)
                found.activity << t;
        }
        valueTable("HEART_RATE_RESTING_SAMPLE", "HEART_RATE", found.restingHeartRate);
        valueTable("HRV_SUMMARY_SAMPLE", "LAST_NIGHT_AVERAGE", found.hrvNightly);
        valueTable("HRV_VALUE_SAMPLE", "VALUE", found.hrvReadings);
        for (const StageFamily &family : stageFamilies()) {
            const bool hasDuration = columns.contains(QStringLiteral("DURATION"));
            if (name == QLatin1String(family.table) && columns.contains(QStringLiteral("STAGE")) &&
                (family.durationUnitSecs == 0 || hasDuration))
                found.stages.append(
                    {name, hasDevice, family.durationUnitSecs, family.asleepStages});
        }
        if ((name.endsWith(QLatin1String("SLEEP_TIME_SAMPLE")) ||
             name.endsWith(QLatin1String("SLEEP_SESSION_SAMPLE"))) &&
            columns.contains(QStringLiteral("WAKEUP_TIME")))
            found.sessions.append(
                {name, hasDevice, columns.contains(QStringLiteral("TOTAL_DURATION"))});
        if (name == QLatin1String("GARMIN_EVENT_SAMPLE") &&
            columns.contains(QStringLiteral("EVENT")) &&
            columns.contains(QStringLiteral("EVENT_TYPE")))
            found.garminEvents = true;
    }
    return found;
}

QSet<qint64> MiBandKinds::miBand1Devices(const QSqlDatabase &db)
{
    QSet<qint64> out;
    const QSet<QString> columns = columnsOf(db, QStringLiteral("DEVICE"));
    if (!columns.contains(QStringLiteral("_id")) || !columns.contains(QStringLiteral("TYPE")))
        return out;
    const bool named = columns.contains(QStringLiteral("TYPE_NAME"));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT _id, TYPE, %1 FROM DEVICE")
                    .arg(named ? QStringLiteral("TYPE_NAME") : QStringLiteral("NULL"))))
        return out;
    while (q.next()) {
        const QString typeName = q.value(2).toString();
        if (typeName == QLatin1String("MIBAND") ||
            (typeName.isEmpty() && q.value(1).toInt() == kMiBand1TypeKey))
            out.insert(q.value(0).toLongLong());
    }
    return out;
}

bool MiBandKinds::asleep(qint64 device, int rawKind)
{
    if (m_miBand1.contains(device))
        return rawKind == kMiBand1DeepSleep || rawKind == kMiBand1LightSleep;
    if (rawKind < 0) // unset
        return false;
    int kind = rawKind & 0xf;
    if (kind == kHuamiNoChange || kind == kHuamiIgnore) {
        const auto last = m_lastKind.constFind(device);
        if (last == m_lastKind.cend())
            return false;
        kind = *last;
    } else {
        m_lastKind.insert(device, kind);
    }
    return kind == kHuamiLightSleep || kind == kHuamiDeepSleep;
}

std::optional<qint64> secondsOf(const QVariant &stamp)
{
    if (stamp.isNull())
        return std::nullopt;
    bool ok = false;
    qint64 secs = stamp.toLongLong(&ok);
    if (secs > kMillisecondsFrom)
        secs /= 1000;
    if (!ok || secs <= 0 || secs > kLatestSecs)
        return std::nullopt;
    return secs;
}

QString deviceColumn(bool hasDevice)
{
    return hasDevice ? QStringLiteral("DEVICE_ID") : QStringLiteral("0");
}

QDate localDay(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).date();
}

RowReader::RowReader(const QSqlDatabase &db, QString shownPath,
                     const HealthImport::Progress &progress, qint64 totalRows)
    : m_db(db)
    , m_shown(std::move(shownPath))
    , m_progress(progress)
    , m_total(totalRows)
{}

bool RowReader::forEachRow(const QString &table, const QString &sql,
                           const std::function<void(const QSqlQuery &)> &row)
{
    if (!m_failure.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        m_failure = HealthImport::tr("%1: the table %2 cannot be read: %3")
                        .arg(m_shown, table, q.lastError().text().left(200));
        return false;
    }
    while (q.next()) {
        if (++m_done % kProgressEvery == 0 && m_progress && !m_progress(m_done, m_total)) {
            m_failure = HealthImport::cancelledMessage();
            return false;
        }
        row(q);
    }
    if (q.lastError().isValid()) {
        m_failure =
            HealthImport::tr("%1 is damaged: %2").arg(m_shown, q.lastError().text().left(200));
        return false;
    }
    return true;
}

} // namespace fc::gadgetbridge
