#include "journal/journalstore.h"
#include "journal/symptomstore.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace fc;

namespace {

CheckIn sample(const QDate &day, const QString &note)
{
    CheckIn c;
    c.day = day;
    c.note = note;
    c.crash = true;
    c.scores = {{QStringLiteral("pain"), 7}, {QStringLiteral("mood"), 2}};
    return c;
}

} // namespace

// Root ignores file permissions, so a read-only journal is made with PRAGMA query_only (SQLite
// then answers every write with SQLITE_READONLY, as for a read-only file) and a full disk with
// PRAGMA max_page_count (SQLITE_FULL, as for ENOSPC).
class TstStorageFaults : public QObject
{
    Q_OBJECT
private slots:
    void readOnlyJournalSaysSoAndKeepsData()
    {
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QDate day = QDate::currentDate().addDays(-1);
        CheckIn first = sample(day, QStringLiteral("first"));
        QVERIFY(store.saveCheckIn(first));
        QVERIFY(QSqlQuery(store.database().db()).exec(QStringLiteral("PRAGMA query_only = 1")));

        CheckIn edit = sample(day, QStringLiteral("edited"));
        QVERIFY(test::fails(store.saveCheckIn(edit), &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        QVERIFY(error.startsWith(QStringLiteral("Could not")));
        QCOMPARE(edit.note, QStringLiteral("edited")); // the caller's data is untouched
        QVERIFY(test::fails(store.deleteCheckIn(day), &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        Symptom s;
        s.name = QStringLiteral("Headache");
        QVERIFY(!SymptomStore(&store.database()).add(s));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        QCOMPARE(store.checkIn(day)->note, QStringLiteral("first"));
    }

    void fullDiskSaysSoAndSavesNothingHalfWay()
    {
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QDate day = QDate::currentDate().addDays(-2);
        CheckIn first = sample(day, QStringLiteral("fits"));
        QVERIFY(store.saveCheckIn(first));
        QSqlQuery q(store.database().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

        // A note larger than any free space left in the file needs new pages.
        CheckIn big = sample(day.addDays(1), QString(200000, u'n'));
        QVERIFY(test::fails(store.saveCheckIn(big), &error));
        QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
        QVERIFY(!store.checkIn(day.addDays(1)));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM score")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(store.checkIn(day)->note, QStringLiteral("fits"));

        // Space again: the very same entry saves.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        FC_VERIFY_OK(store.saveCheckIn(big));
        QCOMPARE(store.checkIn(day.addDays(1))->note.size(), 200000);
    }

    void secondConnectionWaitsInsteadOfFailing()
    {
        // Two app instances on one data folder: each has its own writer; the busy timeout makes
        // the second wait for the first's transaction rather than fail or corrupt anything.
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        JournalStore a;
        JournalStore b;
        FC_VERIFY_OK(a.open(path));
        FC_VERIFY_OK(b.open(path));
        const QDate start(2024, 1, 1);
        for (int i = 0; i < 50; ++i) {
            CheckIn ca = sample(start.addDays(2 * i), QStringLiteral("a"));
            CheckIn cb = sample(start.addDays(2 * i + 1), QStringLiteral("b"));
            FC_VERIFY_OK(a.saveCheckIn(ca));
            FC_VERIFY_OK(b.saveCheckIn(cb));
        }
        QCOMPARE(a.checkIns(start, start.addDays(200)).size(), 100);
        QSqlQuery q(b.database().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
};

FC_CORE_TEST_MAIN(TstStorageFaults)
#include "tst_storagefaults.moc"
