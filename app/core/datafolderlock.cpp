#include "core/datafolderlock.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLock, "fc.lock")

namespace fc {

DataFolderLock::DataFolderLock(const QString &dataDirPath)
    : m_dataDirPath(dataDirPath)
    , m_lock(QDir(dataDirPath).filePath(lockFileName()))
{
    // The window holds the lock for days: age must never make a live owner's lock look stale.
    // Only a lock whose process is gone is taken over.
    m_lock.setStaleLockTime(0);
}

Result DataFolderLock::acquire(int waitMs)
{
    if (m_lock.isLocked())
        return {};
    if (m_lock.tryLock(waitMs)) {
        qCInfo(lcLock) << "holding" << QDir(m_dataDirPath).filePath(lockFileName());
        return {};
    }
    const QString folder = QDir::toNativeSeparators(m_dataDirPath);
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        const qint64 pid = holderPid();
        return fail(pid > 0 ? tr("The journal in %1 is in use by another Fibro Companion "
                                 "(process %2). Close it, or wait for its job to finish, and "
                                 "try again.")
                                  .arg(folder)
                                  .arg(pid)
                            : tr("The journal in %1 is in use by another Fibro Companion. "
                                 "Close it, or wait for its job to finish, and try again.")
                                  .arg(folder));
    }
    case QLockFile::PermissionError:
        return fail(tr("Cannot lock the data folder %1: no permission to create a file in it.")
                        .arg(folder));
    default:
        return fail(tr("Cannot lock the data folder %1.").arg(folder));
    }
}

qint64 DataFolderLock::holderPid() const
{
    qint64 pid = 0;
    QString host, app;
    return m_lock.getLockInfo(&pid, &host, &app) ? pid : 0;
}

} // namespace fc
