#include "core/datadirectory.h"
#include "journal/backupmanager.h"
#include "journal/journalstore.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>
#include <sys/stat.h>

using namespace fc;

namespace {

int modeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

// Does what the app does to its data folder. A feature that writes there adds its step here,
// and the folder checks below cover it at once.
void populate(const DataDirectory &data, JournalStore &store)
{
    FC_VERIFY_OK(data.ensureExists());
    FC_VERIFY_OK(store.open(data.journalFile()));
    CheckIn checkIn;
    checkIn.day = QDate::currentDate();
    checkIn.scores = {{QStringLiteral("pain"), 6}};
    FC_VERIFY_OK(store.saveCheckIn(checkIn));
    Note note;
    note.title = QStringLiteral("private");
    note.body = QStringLiteral("health data");
    FC_VERIFY_OK(store.notesStore().save(note));
    bool created = false;
    FC_VERIFY_OK(BackupManager::automaticBackup(store.database(), data.backupsDir(),
                                                QDate::currentDate(), &created));
    QVERIFY(created || QFileInfo::exists(data.backupsDir()));
}

// Every folder 0700 and every file 0600 below root, root included.
void verifyOwnerOnly(const QString &root)
{
    QCOMPARE(octal(modeOf(root)), QStringLiteral("0700"));
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const bool dir = it.fileInfo().isDir();
        const QString expected = dir ? QStringLiteral("0700") : QStringLiteral("0600");
        QVERIFY2(
            octal(modeOf(path)) == expected,
            qPrintable(
                QStringLiteral("%1 is %2, expected %3").arg(path, octal(modeOf(path)), expected)));
        files += dir ? 0 : 1;
    }
    QVERIFY(files > 0);
}

} // namespace

class TstDataPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The app sets umask 077 in main(); the library must not rely on it.
        m_oldUmask = ::umask(0022);
    }
    void cleanupTestCase() const { ::umask(m_oldUmask); }

    void newDataFolderAndJournalAreOwnerOnly()
    {
        test::TempDataDir tmp;
        const DataDirectory data(tmp.filePath(QStringLiteral("nested/fibro")));
        JournalStore store;
        populate(data, store);
        if (QTest::currentTestFailed())
            return;
        // While the journal is open the WAL and shared-memory files exist too; they hold the
        // same data.
        QVERIFY(QFileInfo::exists(data.journalFile() + QStringLiteral("-wal")));
        QCOMPARE(octal(modeOf(data.journalFile())), QStringLiteral("0600"));
        QVERIFY(!QDir(data.backupsDir()).isEmpty());
        verifyOwnerOnly(data.path());
        store.close();
        verifyOwnerOnly(data.path());
    }

    void existingLooseFolderAndJournalAreTightened()
    {
        test::TempDataDir tmp;
        const DataDirectory data(tmp.filePath(QStringLiteral("fibro")));
        QVERIFY(QDir().mkpath(data.path()));
        QVERIFY(::chmod(QFile::encodeName(data.path()).constData(), 0755) == 0);
        {
            JournalStore first;
            populate(data, first);
        }
        QVERIFY(::chmod(QFile::encodeName(data.journalFile()).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(data.path()).constData(), 0755) == 0);
        JournalStore store;
        populate(data, store);
        if (QTest::currentTestFailed())
            return;
        verifyOwnerOnly(data.path());
    }

private:
    mode_t m_oldUmask = 0077;
};

FC_CORE_TEST_MAIN(TstDataPrivacy)
#include "tst_dataprivacy.moc"
