#include "ui/journal/journalrecovery.h"

#include "journal/backupmanager.h"
#include "ui/appcontext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace fc {

bool offerJournalRecovery(AppContext &context, const QString &problem, QWidget *parent)
{
    const QString journalPath = context.dataDirectory().journalFile();
    const QString backupsDir = context.dataDirectory().backupsDir();
    const QString latest = BackupManager::latestAutomaticBackup(backupsDir);

    // The button labels are kept short: Qt never makes a message box wider than about 800 px,
    // and at 200% text longer ones no longer fit side by side.
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QObject::tr("Journal damaged"));
    box.setText(
        QObject::tr("Your journal file is damaged, so Fibro Companion has not changed it."));
    QString info = QObject::tr("File: %1").arg(QDir::toNativeSeparators(journalPath));
    QPushButton *restore = nullptr;
    if (!latest.isEmpty()) {
        const QDateTime when = QFileInfo(latest).lastModified();
        info += QObject::tr("\n\nThe latest automatic backup is from %1. Restoring it brings back "
                            "everything up to then; entries made after it are only in the damaged "
                            "file.")
                    .arg(QLocale().toString(when, QLocale::LongFormat));
        restore = box.addButton(QObject::tr("&Restore backup"), QMessageBox::AcceptRole);
    } else {
        info += QObject::tr("\n\nThere is no automatic backup to restore.");
    }
    info += QObject::tr("\n\nEither way the damaged file is kept aside in %1, renamed with today's "
                        "date.")
                .arg(QDir::toNativeSeparators(QFileInfo(journalPath).absolutePath()));
    box.setInformativeText(info);
    box.setDetailedText(problem);
    QPushButton *fresh = box.addButton(QObject::tr("Start &empty journal"),
                                       restore ? QMessageBox::ActionRole : QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(QObject::tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(restore ? restore : quit);
    box.exec();
    if (box.clickedButton() != restore && box.clickedButton() != fresh)
        return false;

    QString aside;
    const QString source = box.clickedButton() == restore ? latest : QString();
    if (const Result recovered = BackupManager::recoverDamaged(context.journal(), journalPath,
                                                               source, backupsDir, &aside);
        !recovered) {
        QMessageBox::critical(parent, QObject::tr("Journal not recovered"), recovered.message());
        return false;
    }
    context.setJournalStatus(JournalDatabase::Status::Ok);
    QMessageBox::information(parent, QObject::tr("Journal recovered"),
                             QObject::tr("%1\n\nThe damaged file was kept as %2.")
                                 .arg(source.isEmpty()
                                          ? QObject::tr("An empty journal was started.")
                                          : QObject::tr("The backup was restored."),
                                      QDir::toNativeSeparators(aside)));
    return true;
}

} // namespace fc
