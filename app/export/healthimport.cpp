#include "export/healthimport.h"

#include "core/displaydate.h"
#include "export/zipentrydevice.h"
#include "journal/journalstore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcHealthImport, "fc.export.healthimport")

namespace fc {

QString HealthData::summary() const
{
    QMap<QString, int> daysOf;
    QDate first, last;
    for (const DayMeasure &m : days) {
        ++daysOf[m.name];
        first = first.isValid() ? std::min(first, m.day) : m.day;
        last = last.isValid() ? std::max(last, m.day) : m.day;
    }
    QStringList parts;
    for (const DayMeasures::Kind &kind : DayMeasures::kinds()) {
        const int n = daysOf.value(QLatin1String(kind.name));
        if (n > 0)
            parts << HealthImport::tr("%1 on %n day(s)", nullptr, n)
                         .arg(DayMeasures::label(QLatin1String(kind.name)));
    }
    // The file's days first: the person sees at once whether it is the export they meant.
    QString text = parts.isEmpty() ? HealthImport::tr("No daily values found.")
                                   : HealthImport::tr("From %1 to %2: %3.")
                                         .arg(displayDate(first), displayDate(last),
                                              parts.join(QStringLiteral(", ")));
    if (skipped > 0)
        text += u' ' + HealthImport::tr("%Ln reading(s) could not be used.", nullptr,
                                        int(std::min<qint64>(skipped, INT_MAX)));
    return text;
}

QString HealthImport::cancelledMessage()
{
    return tr("The import was cancelled; nothing was imported.");
}

Expected<HealthData> HealthImport::read(const QString &path, const Progress &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    const QByteArray head = file.peek(64);
    Expected<HealthData> data = fail(QString());
    if (head.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        file.close();
        data = readGadgetbridge(path, progress);
    } else if (head.startsWith("PK\x03\x04")) {
        file.close();
        data = readHealthZip(path, progress);
    } else if (head.trimmed().startsWith("<") || head.startsWith("\xEF\xBB\xBF<")) {
        data = readAppleHealthXml(&file, file.size(), progress);
    } else {
        return fail(tr("%1 is not a file Fibro Companion can import health data from: choose "
                       "Gadgetbridge's exported database or zip export, or Apple Health's "
                       "export.zip or export.xml.")
                        .arg(shown));
    }
    if (!data)
        return data;
    // A value the journal would refuse (a wrong unit, a band gone wild) is left out and said.
    QVector<DayMeasure> kept;
    for (const DayMeasure &m : std::as_const(data->days)) {
        if (const QString problem = DayMeasures::check(m.name, m.value); !problem.isEmpty()) {
            ++data->skipped;
            if (data->remarks.size() < kListedRemarks)
                data->remarks << tr("%1: %2").arg(m.day.toString(Qt::ISODate), problem);
            continue;
        }
        kept << m;
    }
    data->days = kept;
    return data;
}

Expected<HealthData> HealthImport::readHealthZip(const QString &path, const Progress &progress)
{
    const QString appleXml = QStringLiteral("export.xml");
    ZipEntryDevice entry;
    const Expected<QString> found =
        entry.openEntry(path, {appleXml, QStringLiteral("database/Gadgetbridge")});
    if (!found)
        return found.result();
    if (*found == appleXml)
        return readAppleHealthXml(&entry, entry.entrySize(), progress);

    // SQLite reads files, not streams: the database is copied out to a folder only this user
    // can open, read there and removed with it.
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(tr("%1 cannot be unpacked: no temporary folder (%2).")
                        .arg(QDir::toNativeSeparators(path), folder.errorString()));
    const QString copyPath = folder.filePath(QStringLiteral("Gadgetbridge"));
    if (Result unpacked = unpack(entry, copyPath, progress); !unpacked)
        return unpacked;
    Expected<HealthData> data = readGadgetbridge(copyPath, progress, path);
    if (data)
        data->format = tr("Gadgetbridge zip export");
    return data;
}

Result HealthImport::unpack(ZipEntryDevice &entry, const QString &to, const Progress &progress)
{
    QFile copy(to);
    const auto failed = [&] {
        return fail(tr("%1 cannot be unpacked into %2: %3")
                        .arg(entry.zipName(), QDir::toNativeSeparators(to), copy.errorString()));
    };
    if (!copy.open(QIODevice::WriteOnly) ||
        !copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed();
    qint64 done = 0;
    for (QByteArray chunk = entry.read(1 << 20); !chunk.isEmpty(); chunk = entry.read(1 << 20)) {
        if (copy.write(chunk) != chunk.size())
            return failed();
        done += chunk.size();
        // How far is unknown until the database is open: the bar waits, Cancel works.
        if (progress && !progress(done, 0))
            return fail(cancelledMessage());
    }
    if (entry.property("fcFailed").toBool())
        return fail(entry.errorString());
    return copy.flush() ? Result() : failed();
}

Expected<MeasureWrite> HealthImport::apply(const HealthData &data, JournalStore &store)
{
    Expected<MeasureWrite> written = store.measures().save(data.days);
    if (written)
        qCInfo(lcHealthImport) << "imported" << data.days.size() << "day values:" << written->added
                               << "added," << written->changed << "changed," << written->unchanged
                               << "unchanged";
    return written;
}

} // namespace fc
