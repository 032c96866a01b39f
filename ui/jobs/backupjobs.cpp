#include "ui/jobs/backupjobs.h"

#include "core/commandline.h"
#include "journal/backupmanager.h"
#include "ui/appcontext.h"

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

JobResult backupJob(AppContext *context, const CommandLine &options)
{
    const QString path = QFileInfo(options.backup).absoluteFilePath();
    if (const Result written = BackupManager::backup(context->journal().database(), path); !written)
        return {false, written.message()};
    return {true, JobText::tr("Backup written to %1 (%2).")
                      .arg(QDir::toNativeSeparators(path), summary(context->journal()))};
}

JobResult restoreJob(AppContext *context, const CommandLine &options)
{
    const QString path = QFileInfo(options.restore).absoluteFilePath();
    if (!QFileInfo::exists(path))
        return {false, JobText::tr("%1 does not exist. Nothing was changed.")
                           .arg(QDir::toNativeSeparators(path))};
    JournalStore &journal = context->journal();
    const QString backupsDir = context->dataDirectory().backupsDir();
    QString kept;
    const Result restored =
        journal.isOpen()
            ? BackupManager::restore(journal, path, backupsDir, &kept)
            // The journal did not pass its check on open: keep the damaged file aside, then
            // restore.
            : BackupManager::recoverDamaged(journal, context->dataDirectory().journalFile(), path,
                                            backupsDir, &kept);
    if (!restored)
        return {false, restored.message()};
    QString message =
        JobText::tr("Restored %1 (%2).").arg(QDir::toNativeSeparators(path), summary(journal));
    if (!kept.isEmpty())
        message += QStringLiteral(" The previous journal was kept as %1.")
                       .arg(QDir::toNativeSeparators(kept));
    return {true, message};
}

} // namespace fc
