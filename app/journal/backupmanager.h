#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace fc {

class JournalDatabase;
class JournalStore;

// Backups of the journal as single, self-contained SQLite files. They are written by SQLite
// itself (VACUUM INTO through the one writer connection), never by copying the live file, which
// could catch a half-written page or miss what still sits in the WAL.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(fc::BackupManager)

public:
    // Writes a consistent snapshot to filePath (replacing it atomically), owner-only.
    static Result backup(JournalDatabase &database, const QString &filePath);

    // A file is restorable when SQLite opens it, integrity_check says "ok", it has the journal's
    // tables and a schema this version understands.
    static Result validate(const QString &filePath);

    // Replaces the journal with the backup. The current journal is kept next to the backups as a
    // dated copy (*keptCopy); on any failure the journal is left as it was and reopened.
    static Result restore(JournalStore &store, const QString &backupPath, const QString &backupsDir,
                          QString *keptCopy);

    // Once a day: writes backupsDir/auto-YYYY-MM-DD.sqlite unless today's exists, then prunes.
    // *created is set when a new backup was written.
    static Result automaticBackup(JournalDatabase &database, const QString &backupsDir,
                                  const QDate &today, bool *created);

    // Keeps the newest 7 automatic backups and, older than those, the newest of each of the 4
    // most recent weeks. Returns the removed file names.
    static QStringList pruneAutomaticBackups(const QString &backupsDir);

    // The newest auto-*.sqlite in backupsDir, or an empty string.
    static QString latestAutomaticBackup(const QString &backupsDir);

    // Moves a damaged journal (with its -wal/-shm) aside as journal-damaged-<date-time>.sqlite so
    // that nothing overwrites it. Returns the new path.
    static Expected<QString> moveAside(const QString &journalPath, const QString &label);

    // For a journal that failed its check on open: moves it aside (never overwriting it), then
    // restores backupPath, or starts an empty journal when backupPath is empty.
    static Result recoverDamaged(JournalStore &store, const QString &journalPath,
                                 const QString &backupPath, const QString &backupsDir,
                                 QString *asidePath);

    static QString automaticName(const QDate &day);
    static constexpr int keepDaily = 7;
    static constexpr int keepWeekly = 4;
};

} // namespace fc
