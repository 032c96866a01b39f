#include "healthfiles.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <archive.h>
#include <archive_entry.h>

namespace fc::test {

bool writeZip(const QString &zipPath, const QVector<QPair<QString, QByteArray>> &entries,
              bool declareSizes)
{
    struct archive *zip = archive_write_new();
    archive_write_set_format_zip(zip);
    archive_write_set_options(zip, "zip:compression=deflate");
    bool ok =
        archive_write_open_filename(zip, QFile::encodeName(zipPath).constData()) == ARCHIVE_OK;
    for (const auto &[name, bytes] : entries) {
        if (!ok)
            break;
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        if (declareSizes)
            archive_entry_set_size(entry, bytes.size());
        ok = archive_write_header(zip, entry) == ARCHIVE_OK &&
             archive_write_data(zip, bytes.constData(), size_t(bytes.size())) == bytes.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(zip) == ARCHIVE_OK && ok;
    archive_write_free(zip);
    return ok;
}

QString writeGadgetbridge(const QString &path, const QString &table,
                          const QVector<GadgetbridgeSample> &samples)
{
    const QString name = QStringLiteral("gb-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        // Gadgetbridge's greenDAO tables: a composite key of time and device.
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS \"%1\" (\"TIMESTAMP\" INTEGER NOT "
                                   "NULL,\"DEVICE_ID\" INTEGER NOT NULL,\"USER_ID\" INTEGER NOT "
                                   "NULL,\"RAW_INTENSITY\" INTEGER NOT NULL,\"STEPS\" INTEGER NOT "
                                   "NULL,\"RAW_KIND\" INTEGER NOT NULL,\"HEART_RATE\" INTEGER NOT "
                                   "NULL,PRIMARY KEY (\"TIMESTAMP\" ,\"DEVICE_ID\" ) ON CONFLICT "
                                   "REPLACE) WITHOUT ROWID")
                        .arg(table)))
            failure = q.lastError().text();
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO \"%1\" VALUES (?, ?, 1, 20, ?, 1, ?)").arg(table));
        for (const GadgetbridgeSample &s : samples) {
            if (!failure.isEmpty())
                break;
            q.addBindValue(s.timestamp);
            q.addBindValue(s.deviceId);
            q.addBindValue(s.steps);
            q.addBindValue(s.heartRate);
            if (!q.exec())
                failure = q.lastError().text();
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

QByteArray appleHealthHeader()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE HealthData [\n"
        "<!-- HealthKit Export Version: 13 -->\n"
        "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>\n"
        "<!ATTLIST HealthData\n  locale CDATA #REQUIRED\n>\n"
        "<!ELEMENT ExportDate EMPTY>\n<!ATTLIST ExportDate\n  value CDATA #REQUIRED\n>\n"
        "<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>\n"
        "<!ATTLIST Record\n  type CDATA #REQUIRED\n  unit CDATA #IMPLIED\n"
        "  value CDATA #IMPLIED\n  sourceName CDATA #REQUIRED\n  startDate CDATA #REQUIRED\n"
        "  endDate CDATA #REQUIRED\n>\n"
        "]>\n"
        "<HealthData locale=\"en_GB\">\n"
        " <ExportDate value=\"2024-04-02 09:00:00 +0200\"/>\n"
        " <Me HKCharacteristicTypeIdentifierDateOfBirth=\"\" "
        "HKCharacteristicTypeIdentifierBiologicalSex=\"HKBiologicalSexFemale\"/>\n");
}

QByteArray appleHealthFooter()
{
    return QByteArrayLiteral("</HealthData>\n");
}

QByteArray appleRecord(const char *type, const char *source, const char *unit,
                       const QByteArray &value, const char *start, const char *end)
{
    QByteArray r = QByteArrayLiteral(R"( <Record type=")") + type + R"(" sourceName=")" + source +
                   R"(" sourceVersion="17.4")";
    if (*unit)
        r += QByteArrayLiteral(R"( unit=")") + unit + '"';
    r += QByteArrayLiteral(R"( creationDate=")") + end + R"(" startDate=")" + start +
         R"(" endDate=")" + end + R"(" value=")" + value + "\"/>\n";
    return r;
}

} // namespace fc::test
