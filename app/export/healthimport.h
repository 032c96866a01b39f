#pragma once

#include "core/result.h"
#include "journal/daymeasures.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <functional>

namespace fc {

class JournalStore;
class ZipEntryDevice;

// What a wearable export holds, read and reduced to one value a day of each measure; nothing
// is written yet.
struct HealthData
{
    QString format; // "Apple Health export", "Gadgetbridge database"
    QString source; // stored with each value: "apple-health", "gadgetbridge"
    QVector<DayMeasure> days;
    qint64 recordsRead = 0; // readings used
    qint64 skipped = 0;     // readings that were unusable (no value, out of range, no date)
    QStringList remarks;    // the first few problems, each naming where

    // "Steps on 412 days, resting heart rate on 398 days, ...".
    QString summary() const;
};

// Reads the files people can export from their wearables, offline:
// - Gadgetbridge's "Export database" (an SQLite file; read only, never trusted), or its zip
//   export, which holds the same database as database/Gadgetbridge;
// - Apple Health's export.xml, or the export.zip that holds it, streamed so a file of several
//   GB takes little memory.
class HealthImport
{
    Q_DECLARE_TR_FUNCTIONS(fc::HealthImport)

public:
    // Called now and then with the bytes read so far and in all; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Expected<HealthData> read(const QString &path, const Progress &progress = {});
    // The days into the journal in one transaction: a day's value from an earlier import is
    // replaced, the same value again changes nothing.
    static Expected<MeasureWrite> apply(const HealthData &data, JournalStore &store);

    // The file formats on their own, for tests and fuzzing. `bytes` is what the file holds.
    static Expected<HealthData> readAppleHealthXml(QIODevice *device, qint64 total,
                                                   const Progress &progress = {});
    // `shownAs` names the file in messages when it is not `path` (a copy out of a zip).
    static Expected<HealthData> readGadgetbridge(const QString &path, const Progress &progress = {},
                                                 const QString &shownAs = {});
    // Apple Health's export.zip or Gadgetbridge's zip export, by what it holds.
    static Expected<HealthData> readHealthZip(const QString &path, const Progress &progress = {});

    // What every reader says when Progress returned false.
    static QString cancelledMessage();

    // A problem is listed this many times at most; the rest are counted.
    static constexpr int kListedRemarks = 20;

private:
    // One entry of a zip copied out to the file `to`, for a reader that needs a file.
    static Result unpack(ZipEntryDevice &entry, const QString &to, const Progress &progress);
};

} // namespace fc
