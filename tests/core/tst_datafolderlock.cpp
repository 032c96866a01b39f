#include "core/datafolderlock.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>
#include <sys/wait.h>
#include <unistd.h>

using namespace fc;

class TstDataFolderLock : public QObject
{
    Q_OBJECT
private slots:
    void oneHolderAtATime()
    {
        test::TempDataDir dir;
        DataFolderLock first(dir.path());
        QString error;
        FC_VERIFY_OK(first.acquire(0));
        QVERIFY(first.isHeld());
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(DataFolderLock::lockFileName())));

        // A second holder waits, then is told who has the journal, in words.
        DataFolderLock second(dir.path());
        QVERIFY(test::fails(second.acquire(200), &error));
        QVERIFY(!second.isHeld());
        QVERIFY(second.heldByAnother());
        QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
        QVERIFY2(error.contains(QStringLiteral("in use by another Fibro Companion (process %1)")
                                    .arg(QCoreApplication::applicationPid())),
                 qPrintable(error));
        QVERIFY(error.contains(QDir::toNativeSeparators(dir.path())));
    }

    void releasedOnDestruction()
    {
        test::TempDataDir dir;
        {
            DataFolderLock first(dir.path());
            QVERIFY(first.acquire(0));
        }
        DataFolderLock next(dir.path());
        QVERIFY(next.acquire(0));
    }

    void lockOfACrashedProcessIsTakenOver()
    {
        test::TempDataDir dir;
        // A child takes the lock and dies without letting go, as a killed app does.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            DataFolderLock crashed(dir.path());
            _exit(crashed.acquire(0) ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(DataFolderLock::lockFileName())));
        DataFolderLock next(dir.path());
        FC_VERIFY_OK(next.acquire(0));
    }

    void anOldLockOfALiveProcessIsNotStale()
    {
        // The window holds the lock for days: age alone never frees it.
        test::TempDataDir dir;
        DataFolderLock window(dir.path());
        QVERIFY(window.acquire(0));
        const QString path = QDir(dir.path()).filePath(DataFolderLock::lockFileName());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addDays(-3),
                                 QFileDevice::FileModificationTime));
        file.close();
        DataFolderLock job(dir.path());
        QVERIFY(!job.acquire(100));
    }

    void aFolderThatCannotHoldALockIsNamed()
    {
        // A "folder" that is a file: no lock can be made, and the message says where.
        test::TempDataDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("journal-file"));
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        DataFolderLock lock(notAFolder);
        QString error;
        QVERIFY(test::fails(lock.acquire(0), &error));
        QVERIFY(!lock.isHeld());
        QVERIFY(!lock.heldByAnother());
        QVERIFY2(error.contains(QDir::toNativeSeparators(notAFolder)), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("in use")), qPrintable(error));
    }
};

FC_CORE_TEST_MAIN(TstDataFolderLock)
#include "tst_datafolderlock.moc"
