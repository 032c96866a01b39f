#include "journal/journalchanges.h"
#include "journal/journalstore.h"
#include "storage/commitobservers.h"
#include "storage/writetransaction.h"
#include "tempjournal.h"
#include "testsuites.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <memory>

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
    // Each case: a fresh journal, and a spy that has already heard its opening (a restore
    // reopens the journal, so an open is a change too).
    void init()
    {
        m_journal = std::make_unique<test::TempJournal>();
        QVERIFY2(m_journal->isOpen(), qPrintable(m_journal->error()));
        m_store = &m_journal->store();
        m_changed = std::make_unique<QSignalSpy>(m_store->changes(), &JournalChanges::changed);
        QTRY_COMPARE(m_changed->count(), 1);
    }

    void cleanup()
    {
        m_changed.reset();
        m_journal.reset();
    }

    void everyCommitIsHeardOncePerTurn()
    {
        // Two saves in one turn of the event loop: one refresh for listeners, after the writer.
        CheckIn first = day(QDate(2026, 3, 1), 4);
        CheckIn second = day(QDate(2026, 3, 2), 5);
        QVERIFY(m_store->saveCheckIn(first));
        QVERIFY(m_store->saveCheckIn(second));
        QCOMPARE(m_changed->count(), 1);
        QTRY_COMPARE(m_changed->count(), 2);
        QTest::qWait(20);
        QCOMPARE(m_changed->count(), 2);

        // Deleting a day is heard like any other write.
        QVERIFY(m_store->deleteCheckIn(QDate(2026, 3, 1)));
        QTRY_COMPARE(m_changed->count(), 3);
    }

    void rolledBackWritesSayNothing()
    {
        {
            WriteTransaction tx(m_store->database().db());
            QVERIFY(tx.begin());
            QVERIFY(QSqlQuery(m_store->database().db())
                        .exec(QStringLiteral("UPDATE symptom SET name = 'x' WHERE 0")));
            tx.rollback();
        }
        QTest::qWait(20);
        QCOMPARE(m_changed->count(), 1);
    }

    // A store's save inside a caller's transaction joins it: nothing is visible to another
    // connection until the outer commit, which is heard once.
    void storesJoinTheCallersTransaction()
    {
        QSqlDatabase db = m_store->database().db();
        {
            WriteTransaction outer(db);
            QVERIFY(outer.begin());
            CheckIn first = day(QDate(2026, 4, 1), 3);
            CheckIn second = day(QDate(2026, 4, 2), 4);
            FC_VERIFY_OK(m_store->saveCheckIn(first));
            FC_VERIFY_OK(m_store->saveCheckIn(second));
            QVERIFY(WriteTransaction::isOpen(db));
            QTest::qWait(20);
            QCOMPARE(m_changed->count(), 1); // nothing committed yet
            FC_VERIFY_OK(outer.commit());
        }
        QVERIFY(!WriteTransaction::isOpen(db));
        QTRY_COMPARE(m_changed->count(), 2);
        QVERIFY(m_store->checkIn(QDate(2026, 4, 2)));
    }

    // A joined step that fails rolls back the whole: the outer commit refuses, nothing stays.
    void aFailedJoinedStepUndoesTheWhole()
    {
        QString error;
        QSqlDatabase db = m_store->database().db();
        {
            WriteTransaction outer(db);
            QVERIFY(outer.begin());
            CheckIn kept = day(QDate(2026, 5, 1), 3);
            QVERIFY(m_store->saveCheckIn(kept));
            {
                WriteTransaction inner(db);
                QVERIFY(inner.begin());
                inner.rollback();
            }
            QVERIFY(test::fails(outer.commit(), &error));
            QVERIFY2(error.contains(QLatin1String("Nothing was saved")), qPrintable(error));
        }
        QVERIFY(!WriteTransaction::isOpen(db));
        QVERIFY(!m_store->checkIn(QDate(2026, 5, 1)));
        QTest::qWait(20);
        QCOMPARE(m_changed->count(), 1);
        // The connection is usable again at once.
        CheckIn after = day(QDate(2026, 5, 2), 2);
        FC_VERIFY_OK(m_store->saveCheckIn(after));
    }

    void anotherConnectionIsNotTheJournal()
    {
        // The article index commits on its own connection: no journal listener hears it.
        commitobservers::committed(QStringLiteral("article-index"));
        QTest::qWait(20);
        QCOMPARE(m_changed->count(), 1);
    }

private:
    std::unique_ptr<test::TempJournal> m_journal;
    JournalStore *m_store = nullptr;
    std::unique_ptr<QSignalSpy> m_changed;
};

FC_CORE_TEST_MAIN(TstJournalChanges)
#include "tst_journalchanges.moc"
