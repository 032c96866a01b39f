#include "journal/backupmanager.h"

#include "core/atomicfile.h"
#include "core/datadirectory.h"
#include "journal/journalstore.h"
#include "journal/schema.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

Q_LOGGING_CATEGORY(lcBackup, "fc.journal.backup")

namespace fc {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
}

// base + ".sqlite", or base + "-2.sqlite" and so on when two copies are made in one second.
QString freeName(const QString &base)
{
    QString path = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral("-wal"));
         ++n)
        path = QStringLiteral("%1-%2.sqlite").arg(base).arg(n);
    return path;
}

// rename(2) replaces the target atomically; QFile::rename refuses an existing target.
bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

const QRegularExpression &automaticPattern()
{
    static const QRegularExpression re(QStringLiteral("^auto-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    return re;
}

// Automatic backups by day, newest first.
QMap<QDate, QString> automaticBackups(const QString &dir)
{
    QMap<QDate, QString> out;
    const QStringList names =
        QDir(dir).entryList({QStringLiteral("auto-*.sqlite")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = automaticPattern().match(name);
        const QDate day = m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
        if (day.isValid())
            out.insert(day, name);
    }
    return out;
}

} // namespace

QString BackupManager::automaticName(const QDate &day)
{
    return QStringLiteral("auto-%1.sqlite").arg(day.toString(Qt::ISODate));
}

Result BackupManager::backup(JournalDatabase &database, const QString &filePath)
{
    if (!database.isOpen())
        return fail(tr("The journal is not open, so no backup was made."));
    const QFileInfo target(filePath);
    if (target.isDir())
        return fail(tr("%1 is a folder; give a file name for the backup.").arg(native(filePath)));
    if (!target.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist, so no backup was made.")
                        .arg(native(target.absolutePath())));
    // VACUUM INTO refuses an existing file: write beside the target and rename over it, so an
    // older backup with the same name survives a failed attempt.
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.partial-%2")
            .arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QSqlQuery q(database.db());
    q.prepare(tr("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        QFile::remove(partial);
        return fail(
            describeSqlError(q.lastError(), tr("write the backup %1").arg(native(filePath))));
    }
    QFile::setPermissions(partial, kOwnerOnly);
    if (!replaceFile(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return fail(tr("Could not write the backup %1: %2")
                        .arg(native(filePath), QString::fromLocal8Bit(strerror(errno))));
    }
    qCInfo(lcBackup) << "backup written to" << filePath;
    return {};
}

Result BackupManager::validate(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1: %2").arg(native(filePath), file.errorString()));
    if (!file.read(16).startsWith("SQLite format 3"))
        return fail(tr("%1 is not a Fibro Companion backup (not an SQLite "
                       "database). Nothing was changed.")
                        .arg(native(filePath)));
    file.close();

    const QString name =
        QStringLiteral("validate-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = describeSqlError(db.lastError(), tr("open the backup"));
        } else {
            QSqlQuery q(db);
            if (const QString damage = sqliteDamage(db, SqliteCheck::Integrity);
                !damage.isEmpty()) {
                problem = tr("it is damaged (%1)").arg(damage);
            } else {
                q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                                      " AND name IN ('symptom', 'checkin', 'score')"));
                const int tables = q.next() ? q.value(0).toInt() : 0;
                q.exec(QStringLiteral("PRAGMA user_version"));
                const int version = q.next() ? q.value(0).toInt() : -1;
                if (tables != 3 || version < 1)
                    problem = tr("it is an SQLite file but not a journal");
                else if (version > latestSchemaVersion())
                    problem = tr("it was written by a newer version of Fibro Companion "
                                 "(schema %1; this version knows up to %2)")
                                  .arg(version)
                                  .arg(latestSchemaVersion());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        return fail(
            tr("%1 cannot be restored: %2. Nothing was changed.").arg(native(filePath), problem));
    return {};
}

Expected<QString> BackupManager::moveAside(const QString &journalPath, const QString &label)
{
    const QFileInfo info(journalPath);
    QString aside = freeName(info.absoluteDir().filePath(
        QStringLiteral("%1-%2-%3").arg(info.completeBaseName(), label, stamp())));
    if (!QFile::rename(journalPath, aside))
        return fail(tr("Could not move %1 aside to %2.").arg(native(journalPath), native(aside)));
    // The WAL may hold the newest pages; it belongs with its database file.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(journalPath + suffix))
            QFile::rename(journalPath + suffix, aside + suffix);
    qCInfo(lcBackup) << "moved" << journalPath << "to" << aside;
    return aside;
}

Result BackupManager::restore(JournalStore &store, const QString &backupPath,
                              const QString &backupsDir, QString *keptCopy)
{
    if (Result step = validate(backupPath); !step)
        return step;
    const QString journalPath = store.filePath();
    if (journalPath.isEmpty())
        return fail(tr("No journal file is known, so nothing was restored."));
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(journalPath).canonicalFilePath())
        return fail(tr("%1 is the journal itself.").arg(native(backupPath)));
    if (Result step = DataDirectory::makePrivateDir(backupsDir); !step)
        return step;

    // Stage the copy first: a full disk must fail before the journal is touched.
    const QString staged = journalPath + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backupPath, staged)) {
        QFile::remove(staged);
        return fail(tr("Could not copy %1 into the data folder (is the disk "
                       "full?). Nothing was changed.")
                        .arg(native(backupPath)));
    }
    QFile::setPermissions(staged, kOwnerOnly);

    store.close();
    // The journal is never absent: the current one is copied aside (not moved), then the staged
    // backup replaces it in one rename, which is atomic. A kill at any moment leaves the old
    // journal or the restored one in place, never none (a start would then make an empty one).
    QString kept;
    if (QFileInfo::exists(journalPath)) {
        // Closing the only connection checkpointed the WAL; one still there holds writes the
        // journal file lacks, and the restored file must never meet it.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QFileInfo side(journalPath + suffix);
            if (side.exists() && side.size() > 0 && suffix == QLatin1String("-wal")) {
                QFile::remove(staged);
                (void)store.open(journalPath);
                return fail(tr("The journal is still being written; nothing "
                               "was restored. Try again in a moment."));
            }
            QFile::remove(side.filePath());
        }
        kept = freeName(
            QDir(backupsDir).filePath(QStringLiteral("journal-before-restore-%1").arg(stamp())));
        if (!QFile::copy(journalPath, kept)) {
            QFile::remove(kept);
            QFile::remove(staged);
            (void)store.open(journalPath);
            return fail(tr("Could not keep a copy of the current journal (is "
                           "the disk full?); nothing was restored."));
        }
        QFile::setPermissions(kept, kOwnerOnly);
    }
    if (!replaceFile(staged, journalPath)) {
        QFile::remove(staged);
        (void)store.open(journalPath);
        return fail(tr("The backup could not be put in place (%1); the journal "
                       "was left as it was.")
                        .arg(QString::fromLocal8Bit(strerror(errno))));
    }
    if (const Result opened = store.open(journalPath); !opened) {
        // The validated backup did not open: put the kept copy back the same atomic way.
        if (!kept.isEmpty()) {
            const QString back = journalPath + QStringLiteral(".returning");
            QFile::remove(back);
            if (QFile::copy(kept, back))
                replaceFile(back, journalPath);
        }
        (void)store.open(journalPath);
        return fail(tr("The backup could not be put in place (%1); the journal was left as it "
                       "was.")
                        .arg(opened.message()));
    }
    if (keptCopy)
        *keptCopy = kept;
    qCInfo(lcBackup) << "restored" << backupPath << "kept" << kept;
    return {};
}

Result BackupManager::recoverDamaged(JournalStore &store, const QString &journalPath,
                                     const QString &backupPath, const QString &backupsDir,
                                     QString *asidePath)
{
    if (!backupPath.isEmpty()) {
        if (Result valid = validate(backupPath); !valid)
            return valid;
    }
    store.close();
    const Expected<QString> aside = moveAside(journalPath, QStringLiteral("damaged"));
    if (!aside)
        return aside.result();
    if (asidePath)
        *asidePath = *aside;
    if (!backupPath.isEmpty())
        return restore(store, backupPath, backupsDir, nullptr);
    return store.open(journalPath);
}

Result BackupManager::automaticBackup(JournalDatabase &database, const QString &backupsDir,
                                      const QDate &today, bool *created)
{
    if (created)
        *created = false;
    if (Result step = DataDirectory::makePrivateDir(backupsDir); !step)
        return step;
    const QString path = QDir(backupsDir).filePath(automaticName(today));
    if (QFileInfo::exists(path))
        return {};
    if (Result step = backup(database, path); !step)
        return step;
    if (created)
        *created = true;
    pruneAutomaticBackups(backupsDir);
    return {};
}

QStringList BackupManager::pruneAutomaticBackups(const QString &backupsDir)
{
    const QMap<QDate, QString> all = automaticBackups(backupsDir);
    QStringList keep;
    QList<QDate> days = all.keys();
    std::reverse(days.begin(), days.end());
    QList<int> weeksKept;
    for (int i = 0; i < days.size(); ++i) {
        if (i < keepDaily) {
            keep << all.value(days[i]);
            continue;
        }
        int year = 0;
        const int week = days[i].weekNumber(&year) + year * 100;
        if (weeksKept.size() < keepWeekly && !weeksKept.contains(week)) {
            weeksKept << week;
            keep << all.value(days[i]);
        }
    }
    QStringList removed;
    for (const QString &name : all) {
        if (!keep.contains(name) && QFile::remove(QDir(backupsDir).filePath(name)))
            removed << name;
    }
    return removed;
}

QString BackupManager::latestAutomaticBackup(const QString &backupsDir)
{
    const QMap<QDate, QString> all = automaticBackups(backupsDir);
    return all.isEmpty() ? QString() : QDir(backupsDir).filePath(all.last());
}

} // namespace fc
