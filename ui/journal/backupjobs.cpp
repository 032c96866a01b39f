#include "backupjobs.h"

#include "appcontext.h"
#include "journal/backupmanager.h"

#include <QDir>
#include <QFileInfo>

namespace fc {

namespace {

QString summary(JournalStore &journal)
{
    const int days = int(journal.checkIns(QDate(1900, 1, 1), QDate::currentDate()).size());
    const int trials = int(journal.trials().trials().size());
    return QStringLiteral("%1 %2, %3 %4")
        .arg(days)
        .arg(days == 1 ? QStringLiteral("check-in") : QStringLiteral("check-ins"))
        .arg(trials)
        .arg(trials == 1 ? QStringLiteral("trial") : QStringLiteral("trials"));
}

} // namespace

bool runBackupJob(AppContext &context, const QString &file, QString *message)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (!BackupManager::backup(context.journal().database(), path, message))
        return false;
    *message = QStringLiteral("Backup written to %1 (%2).")
                   .arg(QDir::toNativeSeparators(path), summary(context.journal()));
    return true;
}

bool runRestoreJob(AppContext &context, const QString &file, QString *message)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        *message = QStringLiteral("%1 does not exist. Nothing was changed.")
                       .arg(QDir::toNativeSeparators(path));
        return false;
    }
    JournalStore &journal = context.journal();
    const QString backupsDir = context.dataDirectory().backupsDir();
    QString kept;
    if (journal.isOpen()) {
        if (!BackupManager::restore(journal, path, backupsDir, &kept, message))
            return false;
    } else {
        // The journal did not pass its check on open: keep the damaged file aside, then restore.
        if (!BackupManager::recoverDamaged(journal, context.dataDirectory().journalFile(), path,
                                           backupsDir, &kept, message))
            return false;
    }
    *message =
        QStringLiteral("Restored %1 (%2).").arg(QDir::toNativeSeparators(path), summary(journal));
    if (!kept.isEmpty())
        *message += QStringLiteral(" The previous journal was kept as %1.")
                        .arg(QDir::toNativeSeparators(kept));
    return true;
}

} // namespace fc
