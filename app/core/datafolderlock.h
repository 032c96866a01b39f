#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace fc {

// The one-writer rule for a data folder: the window and every command-line job hold this lock
// for the whole time they have the journal and the article index open. Several processes
// writing one SQLite WAL file can corrupt it on the SQLite Debian 12 ships, so a second process
// never opens them while a first one holds the lock. A lock left by a process that crashed is
// taken over (QLockFile checks whether its owner still runs).
class DataFolderLock
{
    Q_DECLARE_TR_FUNCTIONS(fc::DataFolderLock)

public:
    static QString lockFileName() { return QStringLiteral(".fibro-companion.lock"); }

    explicit DataFolderLock(const QString &dataDirPath);

    // Waits up to waitMs for the lock (0: one try). False when a live process holds it, with
    // *error naming it; then nothing of the folder may be opened.
    Result acquire(int waitMs);
    bool isHeld() const { return m_lock.isLocked(); }
    // After a failed acquire(): true when a live process holds the lock, false when no lock
    // file could be made at all (a read-only folder: nobody can write the journal there).
    bool heldByAnother() const { return m_lock.error() == QLockFile::LockFailedError; }
    // The process holding the lock, when another one does; 0 when none or unknown.
    qint64 holderPid() const;

private:
    QString m_dataDirPath;
    QLockFile m_lock;
};

} // namespace fc
