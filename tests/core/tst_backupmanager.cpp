#include "journal/backupmanager.h"
#include "journal/journalstore.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace fc;

namespace {

CheckIn dayWith(const QDate &day, int pain, const QString &note)
{
    CheckIn c;
    c.day = day;
    c.scores.insert(QStringLiteral("pain"), pain);
    c.note = note;
    return c;
}

bool ownerOnly(const QString &path)
{
    const QFile::Permissions p = QFile::permissions(path);
    return p.testFlag(QFile::ReadOwner) &&
           !(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                  QFile::WriteOther | QFile::ExeOther));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstBackupManager : public QObject
{
    Q_OBJECT
private slots:
    void backupAndRestoreRoundTrip()
    {
        test::TempDataDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        const QString backups = dir.filePath(QStringLiteral("backups"));
        const QString backupFile = dir.filePath(QStringLiteral("mine.sqlite"));
        const QDate d1 = QDate::currentDate().addDays(-2);
        const QDate d2 = QDate::currentDate().addDays(-1);
        JournalStore store;
        FC_VERIFY_OK(store.open(journal));
        CheckIn first = dayWith(d1, 6, QStringLiteral("before backup"));
        FC_VERIFY_OK(store.saveCheckIn(first));

        FC_VERIFY_OK(BackupManager::backup(store.database(), backupFile));
        QVERIFY(ownerOnly(backupFile));
        FC_VERIFY_OK(BackupManager::validate(backupFile));
        // A second backup to the same name replaces it atomically.
        FC_VERIFY_OK(BackupManager::backup(store.database(), backupFile));
        QCOMPARE(
            QDir(dir.path()).entryList({QStringLiteral(".*partial*")}, QDir::Hidden | QDir::Files),
            QStringList());

        CheckIn later = dayWith(d2, 3, QStringLiteral("after backup"));
        QVERIFY(store.saveCheckIn(later));
        QVERIFY(store.deleteCheckIn(d1));

        QString kept;
        FC_VERIFY_OK(BackupManager::restore(store, backupFile, backups, &kept));
        QVERIFY(store.isOpen());
        const auto restored = store.checkIn(d1);
        QVERIFY(restored);
        QCOMPARE(restored->note, QStringLiteral("before backup"));
        QCOMPARE(restored->scores.value(QStringLiteral("pain")), 6);
        QVERIFY(!store.checkIn(d2));
        QVERIFY(ownerOnly(journal));

        // The journal as it was before the restore is kept as a dated copy with its own data.
        QVERIFY(kept.startsWith(backups + QStringLiteral("/journal-before-restore-")));
        JournalStore keptStore;
        FC_VERIFY_OK(keptStore.open(kept));
        QCOMPARE(keptStore.checkIn(d2)->note, QStringLiteral("after backup"));
        QVERIFY(!keptStore.checkIn(d1));
        const QFile::Permissions dirPerms = QFile::permissions(backups);
        QVERIFY(dirPerms.testFlag(QFile::ExeOwner));
        QVERIFY(!(dirPerms & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup)));
    }

    void corruptBackupIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("not sqlite") << 0;
        QTest::newRow("damaged pages") << 1;
        QTest::newRow("sqlite but not a journal") << 2;
        QTest::newRow("truncated") << 3;
    }
    void corruptBackupIsRefusedAndChangesNothing()
    {
        QFETCH(int, kind);
        test::TempDataDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        JournalStore store;
        QString error;
        FC_VERIFY_OK(store.open(journal));
        for (int i = 0; i < 300; ++i) {
            CheckIn c = dayWith(QDate(2020, 1, 1).addDays(i), i % 11,
                                QStringLiteral("a note long enough to fill pages %1").arg(i));
            QVERIFY(store.saveCheckIn(c));
        }
        QVERIFY(BackupManager::backup(store.database(), bad));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (kind == 0) {
            f.resize(0);
            f.write("this is a shopping list, not a journal\n");
        } else if (kind == 1) {
            // Overwrite the middle pages but keep the header, as a bad sector would.
            const qint64 size = f.size();
            f.seek(4096 * 2);
            f.write(QByteArray(int(size / 2), '\x5a'));
        } else if (kind == 2) {
            f.close();
            QFile::remove(bad);
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(bad);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
            other.close();
            other = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else {
            f.resize(f.size() / 3);
        }
        f.close();

        QSqlQuery(store.database().db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QByteArray before = fileBytes(journal);
        QString kept;
        QVERIFY(test::fails(
            BackupManager::restore(store, bad, dir.filePath(QStringLiteral("backups")), &kept),
            &error));
        QVERIFY2(error.contains(QStringLiteral("bad.sqlite")) &&
                     error.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(error));
        QVERIFY(kept.isEmpty());
        QVERIFY(store.isOpen());
        QCOMPARE(fileBytes(journal), before);
        QCOMPARE(store.checkIns(QDate(2020, 1, 1), QDate(2021, 1, 1)).size(), 300);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
    }

    void automaticBackupOncePerDay()
    {
        test::TempDataDir dir;
        const QString backups = dir.filePath(QStringLiteral("backups"));
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("journal.sqlite"))));
        CheckIn c = dayWith(QDate::currentDate(), 4, QString());
        QVERIFY(store.saveCheckIn(c));
        const QDate today(2026, 11, 23);
        bool created = false;
        FC_VERIFY_OK(BackupManager::automaticBackup(store.database(), backups, today, &created));
        QVERIFY(created);
        const QString file = backups + QStringLiteral("/auto-2026-11-23.sqlite");
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(ownerOnly(file));
        QCOMPARE(BackupManager::latestAutomaticBackup(backups), file);
        QVERIFY(BackupManager::automaticBackup(store.database(), backups, today, &created));
        QVERIFY(!created);
        QVERIFY(BackupManager::validate(file));
    }

    void pruningKeepsSevenDailyAndFourWeekly()
    {
        test::TempDataDir dir;
        const QDate today(2026, 11, 23); // a Monday
        for (int i = 0; i < 60; ++i) {
            QFile f(dir.filePath(BackupManager::automaticName(today.addDays(-i))));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile other(
            dir.filePath(QStringLiteral("journal-before-restore-2026-01-01-101010.sqlite")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        const QStringList removed = BackupManager::pruneAutomaticBackups(dir.path());
        QCOMPARE(removed.size(), 60 - 11);
        const QStringList left =
            QDir(dir.path()).entryList({QStringLiteral("auto-*")}, QDir::Files, QDir::Name);
        // Daily: 17-23 Nov. Weekly (ISO weeks, newest in each): 16 Nov (wk 47), 15 Nov (wk 46),
        // 8 Nov (wk 45), 1 Nov (wk 44).
        const QStringList expected{
            QStringLiteral("auto-2026-11-01.sqlite"), QStringLiteral("auto-2026-11-08.sqlite"),
            QStringLiteral("auto-2026-11-15.sqlite"), QStringLiteral("auto-2026-11-16.sqlite"),
            QStringLiteral("auto-2026-11-17.sqlite"), QStringLiteral("auto-2026-11-18.sqlite"),
            QStringLiteral("auto-2026-11-19.sqlite"), QStringLiteral("auto-2026-11-20.sqlite"),
            QStringLiteral("auto-2026-11-21.sqlite"), QStringLiteral("auto-2026-11-22.sqlite"),
            QStringLiteral("auto-2026-11-23.sqlite")};
        QCOMPARE(left, expected);
        QVERIFY(other.exists());
    }

    void damagedJournalIsMovedAsideWithItsWal()
    {
        test::TempDataDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(journal + suffix);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("damaged" + suffix.toLatin1());
        }
        const Expected<QString> moved =
            BackupManager::moveAside(journal, QStringLiteral("damaged"));
        FC_VERIFY_OK(moved);
        const QString aside = *moved;
        QVERIFY(QFileInfo(aside).fileName().startsWith(QStringLiteral("journal-damaged-")));
        QVERIFY(!QFileInfo::exists(journal));
        QCOMPARE(fileBytes(aside), QByteArray("damaged"));
        QCOMPARE(fileBytes(aside + QStringLiteral("-wal")), QByteArray("damaged-wal"));
    }

    void damagedJournalIsRecoveredFromTheLatestBackup()
    {
        test::TempDataDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
        const QString backups = dir.filePath(QStringLiteral("backups"));
        const QDate day = QDate::currentDate().addDays(-1);
        {
            JournalStore store;
            FC_VERIFY_OK(store.open(journal));
            CheckIn c = dayWith(day, 9, QStringLiteral("in the backup"));
            QVERIFY(store.saveCheckIn(c));
            bool created = false;
            QVERIFY(BackupManager::automaticBackup(store.database(), backups, QDate::currentDate(),
                                                   &created));
            for (int i = 0; i < 200; ++i) {
                CheckIn filler = dayWith(QDate(2010, 1, 1).addDays(i), 1, QString(300, u'f'));
                QVERIFY(store.saveCheckIn(filler));
            }
        }
        {
            QFile f(journal);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(4096 * 8, '\xff'));
        }
        const QByteArray damaged = fileBytes(journal);
        JournalStore store;
        QVERIFY(!store.open(journal));
        QCOMPARE(store.status(), JournalDatabase::Status::Damaged);
        QCOMPARE(fileBytes(journal), damaged); // the check never writes to a damaged file

        const QString latest = BackupManager::latestAutomaticBackup(backups);
        QVERIFY(!latest.isEmpty());
        QString aside;
        FC_VERIFY_OK(BackupManager::recoverDamaged(store, journal, latest, backups, &aside));
        QVERIFY(store.isOpen());
        QCOMPARE(store.checkIn(day)->note, QStringLiteral("in the backup"));
        QCOMPARE(fileBytes(aside), damaged);
        QCOMPARE(QFileInfo(aside).absolutePath(), QFileInfo(journal).absolutePath());
    }

    void twoRestoresInOneSecondKeepBothCopies()
    {
        test::TempDataDir dir;
        const QString backups = dir.filePath(QStringLiteral("backups"));
        const QString file = dir.filePath(QStringLiteral("b.sqlite"));
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("journal.sqlite"))));
        QVERIFY(BackupManager::backup(store.database(), file));
        QString first;
        QString second;
        FC_VERIFY_OK(BackupManager::restore(store, file, backups, &first));
        FC_VERIFY_OK(BackupManager::restore(store, file, backups, &second));
        QVERIFY(first != second);
        QVERIFY(QFileInfo::exists(first) && QFileInfo::exists(second));
    }

    void backupToMissingFolderFailsClearly()
    {
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("journal.sqlite"))));
        QVERIFY(test::fails(
            BackupManager::backup(store.database(), dir.filePath(QStringLiteral("nope/b.sqlite"))),
            &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    }
};

FC_CORE_TEST_MAIN(TstBackupManager)
#include "tst_backupmanager.moc"
