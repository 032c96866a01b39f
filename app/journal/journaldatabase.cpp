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

Result createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(JournalDatabase::tr("Could not create the journal file %1: %2")
                        .arg(path, file.errorString()));
    file.close();
    if (!file.setPermissions(kOwnerOnly))
        return fail(
            JournalDatabase::tr("Could not make the journal file %1 private to you.").arg(path));
    return {};
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

Result JournalDatabase::open(const QString &filePath)
{
    close();
    m_filePath = filePath;
    // Closes the connection and remembers why the journal is not open.
    auto failed = [this](Status status, const QString &message) {
        close();
        m_status = status;
        return fail(message);
    };
    const bool existed = QFileInfo::exists(filePath);
    if (!existed) {
        if (Result created = createPrivateFile(filePath); !created)
            return failed(Status::Failed, created.message());
    }
    if (existed)
        QFile::setPermissions(filePath, kOwnerOnly);

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(filePath);
    // Waits for another instance's short write instead of failing the user's save at once.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return failed(Status::Failed, describeSqlError(m_db.lastError(), tr("open the journal")));

    // quick_check first: on a damaged or foreign file every later step could write to it.
    if (const QString damage = sqliteDamage(m_db); !damage.isEmpty())
        return failed(Status::Damaged, tr("The journal %1 is damaged: %2").arg(filePath, damage));
    QSqlQuery q(m_db);

    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA secure_delete=ON"),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return failed(Status::Failed,
                          describeSqlError(q.lastError(), tr("prepare the journal")));
    }

    const int version = schemaVersion();
    if (version > latestSchemaVersion())
        return failed(Status::TooNew,
                      tr("The journal %1 was written by a newer version of Fibro Companion "
                         "(schema %2; this version knows up to %3). Nothing was changed.")
                          .arg(filePath)
                          .arg(version)
                          .arg(latestSchemaVersion()));
    m_status = Status::Ok;
    if (Result migrated = migrate(); !migrated)
        return failed(Status::Failed, migrated.message());
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(filePath + suffix))
            QFile::setPermissions(filePath + suffix, kOwnerOnly);
    qCDebug(lcJournalDb) << "opened" << filePath << "schema" << schemaVersion();
    // A (re)open after a restore is a new journal to everyone showing the old one.
    m_changes->notify();
    return {};
}

int JournalDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result JournalDatabase::migrate()
{
    const int current = schemaVersion();
    for (const Migration &migration : journalMigrations()) {
        if (migration.version <= current)
            continue;
        WriteTransaction tx(m_db);
        if (Result step = tx.begin(); !step)
            return step;
        QSqlQuery q(m_db);
        for (const QString &sql : migration.statements)
            if (!q.exec(sql))
                return fail(describeSqlError(
                    q.lastError(), tr("upgrade the journal to version %1").arg(migration.version)));
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            return fail(describeSqlError(q.lastError(), tr("record the journal version")));
        if (Result step = tx.commit(); !step)
            return step;
        qCInfo(lcJournalDb) << "migrated journal to schema" << migration.version;
    }
    return {};
}

} // namespace fc
