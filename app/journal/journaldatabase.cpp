#include "journal/journaldatabase.h"

#include "core/atomicfile.h"
#include "journal/schema.h"
#include "storage/sqlerror.h"
#include "storage/writetransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcJournalDb, "fc.journal.database")

namespace fc {

namespace {

bool createPrivateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (error)
            *error = QStringLiteral("Could not create the journal file %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    file.close();
    return file.setPermissions(kOwnerOnly);
}

} // namespace

JournalDatabase::JournalDatabase()
    : m_connectionName(QStringLiteral("journal-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_changes(std::make_unique<JournalChanges>(m_connectionName))
{}

JournalDatabase::~JournalDatabase()
{
    close();
}

void JournalDatabase::close()
{
    if (m_db.isValid()) {
        if (m_db.isOpen()) {
            // A clean checkpoint leaves one self-contained file behind for backups and copies.
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            m_db.close();
        }
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_status = Status::Closed;
}

JournalDatabase::Status JournalDatabase::open(const QString &filePath, QString *error)
{
    close();
    m_filePath = filePath;
    const bool existed = QFileInfo::exists(filePath);
    if (!existed && !createPrivateFile(filePath, error))
        return m_status = Status::Failed;
    if (existed)
        QFile::setPermissions(filePath, kOwnerOnly);

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    // Waits for another instance's short write instead of failing the user's save at once.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        if (error)
            *error = describeSqlError(m_db.lastError(), QStringLiteral("open the journal"));
        return m_status = Status::Failed;
    }

    QSqlQuery q(m_db);
    // quick_check first: on a damaged or foreign file every later step could write to it.
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (error)
            *error = QStringLiteral("%1 is not a readable journal: %2")
                         .arg(filePath, q.lastError().databaseText());
        close();
        return m_status = Status::Damaged;
    }
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")}) {
        if (error)
            *error = QStringLiteral("The journal %1 is damaged: %2")
                         .arg(filePath, problems.mid(0, 3).join(QStringLiteral("; ")));
        close();
        return m_status = Status::Damaged;
    }

    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA secure_delete=ON"),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            if (error)
                *error = describeSqlError(q.lastError(), QStringLiteral("prepare the journal"));
            close();
            return m_status = Status::Failed;
        }
    }

    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        if (error)
            *error = QStringLiteral("The journal %1 was written by a newer version of Fibro "
                                    "Companion (schema %2; this version knows up to %3). Nothing "
                                    "was changed.")
                         .arg(filePath)
                         .arg(version)
                         .arg(latestSchemaVersion());
        close();
        return m_status = Status::TooNew;
    }
    m_status = Status::Ok;
    if (!migrate(error)) {
        close();
        return m_status = Status::Failed;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(filePath + suffix))
            QFile::setPermissions(filePath + suffix, kOwnerOnly);
    qCDebug(lcJournalDb) << "opened" << filePath << "schema" << schemaVersion();
    // A (re)open after a restore is a new journal to everyone showing the old one.
    m_changes->notify();
    return m_status;
}

int JournalDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool JournalDatabase::migrate(QString *error)
{
    const int current = schemaVersion();
    for (const Migration &step : journalMigrations()) {
        if (step.version <= current)
            continue;
        WriteTransaction tx(m_db);
        if (!tx.begin(error))
            return false;
        QSqlQuery q(m_db);
        for (const QString &sql : step.statements) {
            if (!q.exec(sql)) {
                if (error)
                    *error = describeSqlError(
                        q.lastError(),
                        QStringLiteral("upgrade the journal to version %1").arg(step.version));
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))) {
            if (error)
                *error =
                    describeSqlError(q.lastError(), QStringLiteral("record the journal version"));
            return false;
        }
        if (!tx.commit(error))
            return false;
        qCInfo(lcJournalDb) << "migrated journal to schema" << step.version;
    }
    return true;
}

} // namespace fc
