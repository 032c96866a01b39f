#include "healthfiles.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <archive.h>
#include <archive_entry.h>
#include <ctime>

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
    QVector<QVariantList> rows;
    rows.reserve(samples.size());
    for (const GadgetbridgeSample &s : samples)
        rows.append({s.timestamp, s.deviceId, 20, s.steps, 1, s.heartRate});
    return writeGadgetbridgeTable(path, table,
                                  {QStringLiteral("RAW_INTENSITY INTEGER NOT NULL"),
                                   QStringLiteral("STEPS INTEGER NOT NULL"),
                                   QStringLiteral("RAW_KIND INTEGER NOT NULL"),
                                   QStringLiteral("HEART_RATE INTEGER NOT NULL")},
                                  rows);
}

QString writeGadgetbridgeTable(const QString &path, const QString &table,
                               const QStringList &columns, const QVector<QVariantList> &rows,
                               const QString &extraKey)
{
    const QString name = QStringLiteral("gb-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QStringList definitions{QStringLiteral("\"TIMESTAMP\" INTEGER NOT NULL "),
                                QStringLiteral("\"DEVICE_ID\" INTEGER NOT NULL "),
                                QStringLiteral("\"USER_ID\" INTEGER NOT NULL ")};
        for (const QString &column : columns) {
            const qsizetype space = column.indexOf(u' ');
            definitions << u'"' + column.left(space) + u'"' + column.mid(space) + u' ';
        }
        QString key = QStringLiteral("\"TIMESTAMP\" ,\"DEVICE_ID\" ");
        if (!extraKey.isEmpty())
            key += QStringLiteral(",\"%1\" ").arg(extraKey);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS \"%1\" (%2,PRIMARY KEY (%3) ON "
                                   "CONFLICT REPLACE) WITHOUT ROWID")
                        .arg(table, definitions.join(u','), key)))
            failure = q.lastError().text();
        db.transaction();
        QStringList marks(columns.size() + 2, QStringLiteral("?"));
        marks.insert(2, QStringLiteral("1"));
        q.prepare(QStringLiteral("INSERT INTO \"%1\" VALUES (%2)").arg(table, marks.join(u',')));
        for (const QVariantList &row : rows) {
            if (!failure.isEmpty())
                break;
            for (const QVariant &value : row)
                q.addBindValue(value);
            if (!q.exec())
                failure = q.lastError().text();
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

void useTimeZone(const char *zone)
{
    qputenv("TZ", zone);
    tzset();
}

QMap<QString, QMap<QString, double>> measuresByDay(const QVector<DayMeasure> &days)
{
    QMap<QString, QMap<QString, double>> out;
    for (const DayMeasure &m : days)
        out[m.day.toString(Qt::ISODate)][m.name] = m.value;
    return out;
}

qint64 utcSecs(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch();
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
