#include "journal/journalchanges.h"
#include "journal/journalstore.h"
#include "journal/writetransaction.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace fc;

namespace {

CheckIn day(const QDate &date, int pain)
{
    CheckIn c;
    c.day = date;
    c.scores.insert(QStringLiteral("pain"), pain);
    return c;
}

} // namespace

class TstJournalChanges : public QObject
{
    Q_OBJECT
private slots:
    void everyCommitIsHeardOncePerTurn()
    {
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("journal.sqlite")), &error),
                 JournalDatabase::Status::Ok);
        QSignalSpy changed(store.changes(), &JournalChanges::changed);
        // Opening is a change too (a restore reopens the journal).
        QTRY_COMPARE(changed.count(), 1);

        // Two saves in one turn of the event loop: one refresh for listeners, after the writer.
        CheckIn first = day(QDate(2026, 3, 1), 4);
        CheckIn second = day(QDate(2026, 3, 2), 5);
        QVERIFY(store.saveCheckIn(first, &error));
        QVERIFY(store.saveCheckIn(second, &error));
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE(changed.count(), 2);
        QTest::qWait(20);
        QCOMPARE(changed.count(), 2);

        // Deleting a day is heard like any other write.
        QVERIFY(store.deleteCheckIn(QDate(2026, 3, 1), &error));
        QTRY_COMPARE(changed.count(), 3);
    }

    void rolledBackWritesSayNothing()
    {
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("journal.sqlite")), &error),
                 JournalDatabase::Status::Ok);
        QSignalSpy changed(store.changes(), &JournalChanges::changed);
        QTRY_COMPARE(changed.count(), 1);
        {
            WriteTransaction tx(store.database().db());
            QVERIFY(tx.begin(&error));
            QVERIFY(QSqlQuery(store.database().db())
                        .exec(QStringLiteral("UPDATE symptom SET name = 'x' WHERE 0")));
            tx.rollback();
        }
        QTest::qWait(20);
        QCOMPARE(changed.count(), 1);
    }

    void anotherConnectionIsNotTheJournal()
    {
        // The article index commits on its own connection: no journal listener hears it.
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("journal.sqlite")), &error),
                 JournalDatabase::Status::Ok);
        QSignalSpy changed(store.changes(), &JournalChanges::changed);
        QTRY_COMPARE(changed.count(), 1);
        JournalChanges::committed(QStringLiteral("article-index"));
        QTest::qWait(20);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TstJournalChanges)
#include "tst_journalchanges.moc"
