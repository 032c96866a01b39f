#pragma once

#include "journal/daymeasures.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVariantList>
#include <QVector>

// Wearable exports written the way the apps write them, for the import tests, the bench and the
// fuzz seeds.
namespace fc::test {

// A zip holding each (path, bytes) entry, deflated, as Apple Health's export.zip does.
// `declareSizes` false leaves the sizes out of the local headers (a streamed zip).
bool writeZip(const QString &zipPath, const QVector<QPair<QString, QByteArray>> &entries,
              bool declareSizes = true);

// One per-minute sample of a Gadgetbridge activity table; heartRate 0 or 255 is "no reading".
struct GadgetbridgeSample
{
    qint64 timestamp = 0; // seconds, or milliseconds for tables that count them
    int deviceId = 1;
    int steps = 0;
    int heartRate = 0;
};

// A Gadgetbridge "Export database" with `table` holding the samples, in Gadgetbridge's own
// column layout (TIMESTAMP, DEVICE_ID, USER_ID, RAW_INTENSITY, STEPS, RAW_KIND, HEART_RATE).
// Adds to the file when it exists. Returns an empty string or what failed.
QString writeGadgetbridge(const QString &path, const QString &table,
                          const QVector<GadgetbridgeSample> &samples);

// Adds `table` to the Gadgetbridge export at `path` as greenDAO lays out a time sample: TIMESTAMP,
// DEVICE_ID, USER_ID, then `columns` ("STAGE INTEGER NOT NULL"), keyed by time and device (and
// `extraKey` when the entity adds one). Each row is TIMESTAMP, DEVICE_ID and the columns' values;
// USER_ID is 1. Returns an empty string or what failed.
QString writeGadgetbridgeTable(const QString &path, const QString &table,
                               const QStringList &columns, const QVector<QVariantList> &rows,
                               const QString &extraKey = {});

// Gadgetbridge's days are the computer's local days: the tests fix the zone (one with a
// daylight-saving change) so their expected days hold on any machine.
void useTimeZone(const char *zone);

// "2024-03-31" -> measure name -> value.
QMap<QString, QMap<QString, double>> measuresByDay(const QVector<DayMeasure> &days);
// Seconds since the epoch of an ISO date and time ("2024-03-30T23:00:00Z").
qint64 utcSecs(const char *iso);

// The start of an Apple Health export.xml, with its DTD as the phone writes it, and its end.
QByteArray appleHealthHeader();
QByteArray appleHealthFooter();
// One <Record .../> line.
QByteArray appleRecord(const char *type, const char *source, const char *unit,
                       const QByteArray &value, const char *start, const char *end);

} // namespace fc::test
