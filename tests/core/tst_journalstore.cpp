#include "journal/journalstore.h"
#include "journal/schema.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace fc;

class TstJournalStore : public QObject
{
    Q_OBJECT
private slots:
    void newFileIsPrivateWalAndVersioned()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        JournalStore store;
        FC_VERIFY_OK(store.open(path));
        QCOMPARE(store.schemaVersion(), latestSchemaVersion());
        const QFile::Permissions perms = QFile::permissions(path);
        QVERIFY(perms.testFlag(QFile::ReadOwner) && perms.testFlag(QFile::WriteOwner));
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                           QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)));
        QSqlQuery q(store.database().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void checkInRoundTripThroughReopenedFile()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        const QDate day = QDate::currentDate().addDays(-1);
        {
            JournalStore store;
            FC_VERIFY_OK(store.open(path));
            CheckIn c;
            c.day = day;
            c.time = QTime(21, 30);
            c.hoursSlept = 6.5;
            c.crash = true;
            c.note = QStringLiteral("Bad night, “stiff” hands ✋");
            c.scores = {{QStringLiteral("pain"), 7}, {QStringLiteral("mood"), 0}};
            FC_VERIFY_OK(store.saveCheckIn(c));
            QVERIFY(c.id > 0);
        }
        JournalStore store;
        FC_VERIFY_OK(store.open(path));
        const auto c = store.checkIn(day);
        QVERIFY(c);
        QCOMPARE(c->time, QTime(21, 30));
        QCOMPARE(c->hoursSlept.value_or(-1), 6.5);
        QVERIFY(c->crash);
        QCOMPARE(c->note, QStringLiteral("Bad night, “stiff” hands ✋"));
        QCOMPARE(c->scores.value(QStringLiteral("pain"), -1), 7);
        // 0 is a score; a symptom left blank is not logged at all.
        QCOMPARE(c->scores.value(QStringLiteral("mood"), -1), 0);
        QVERIFY(!c->scores.contains(QStringLiteral("fatigue")));
    }

    void savingTheSameDayEditsIt()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        CheckIn c;
        c.day = QDate::currentDate();
        c.scores = {{QStringLiteral("pain"), 3}, {QStringLiteral("fatigue"), 4}};
        FC_VERIFY_OK(store.saveCheckIn(c));
        CheckIn again;
        again.day = c.day;
        again.scores = {{QStringLiteral("pain"), 5}};
        FC_VERIFY_OK(store.saveCheckIn(again));
        QCOMPARE(again.id, c.id);
        const auto stored = store.checkIn(c.day);
        QCOMPARE(stored->scores, (QMap<QString, double>{{QStringLiteral("pain"), 5}}));
        QCOMPARE(store.checkIns(c.day.addDays(-5), c.day).size(), 1);
    }

    void badValuesAreRefusedWithClearMessages_data()
    {
        QTest::addColumn<int>("pain");
        QTest::addColumn<int>("dayOffset");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("expected");
        QTest::newRow("score 11") << 11 << 0 << 7.0
                                  << QStringLiteral("Pain must be between 0 and 10 (got 11)");
        QTest::newRow("score -1") << -1 << 0 << 7.0
                                  << QStringLiteral("Pain must be between 0 and 10 (got -1)");
        QTest::newRow("future") << 3 << 1 << 7.0 << QStringLiteral("is in the future");
        QTest::newRow("hours") << 3 << 0 << 25.0
                               << QStringLiteral("Hours slept must be between 0 and 24");
    }
    void badValuesAreRefusedWithClearMessages()
    {
        QFETCH(int, pain);
        QFETCH(int, dayOffset);
        QFETCH(double, hours);
        QFETCH(QString, expected);
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        CheckIn c;
        c.day = QDate::currentDate().addDays(dayOffset);
        c.hoursSlept = hours;
        c.scores = {{QStringLiteral("pain"), pain}};
        QVERIFY(test::fails(store.saveCheckIn(c), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(store.checkIns(QDate(2000, 1, 1), QDate::currentDate().addDays(5)).isEmpty());
    }

    void databaseConstraintsBackTheValidation()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        QSqlQuery q(store.database().db());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO checkin (day, created_at, updated_at) VALUES ('2024-02-30', 'x', 'x')")));
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO checkin (day, created_at, updated_at) VALUES ('yesterday', 'x', 'x')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO checkin (day, created_at, updated_at) VALUES ('2024-02-29', 'x', 'x')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO score VALUES (1, 1, 11)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO score VALUES (99, 1, 5)"))); // foreign key
    }

    void notesRoundTrip()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        qint64 id = 0;
        {
            JournalStore store;
            QString error;
            FC_VERIFY_OK(store.open(path));
            Note n;
            n.title = QStringLiteral("For my doctor");
            n.body = QStringLiteral("- ask about **LDN**");
            n.articleSlug = QStringLiteral("low-dose-naltrexone");
            n.quote = QStringLiteral("LDN is not a cure-all");
            FC_VERIFY_OK(store.notesStore().save(n));
            id = n.id;
            Note empty;
            QVERIFY(test::fails(store.notesStore().save(empty), &error));
            QVERIFY(error.contains(QLatin1String("empty")));
        }
        JournalStore store;
        FC_VERIFY_OK(store.open(path));
        const QVector<Note> notes = store.notesStore().notes();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].id, id);
        QCOMPARE(notes[0].body, QStringLiteral("- ask about **LDN**"));
        QCOMPARE(notes[0].quote, QStringLiteral("LDN is not a cure-all"));
        QVERIFY(notes[0].createdAt.isValid());
    }

    void damagedFileIsLeftUntouched()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        QByteArray garbage("This is not a database at all, just some text that a user saved here.");
        garbage = garbage.repeated(100);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        JournalStore store;
        QString error;
        QVERIFY(test::fails(store.open(path), &error));
        QCOMPARE(store.status(), JournalDatabase::Status::Damaged);
        QVERIFY2(error.contains(path), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
    }

    void newerSchemaIsRefused()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            JournalStore store;
            FC_VERIFY_OK(store.open(path));
            QSqlQuery(store.database().db()).exec(QStringLiteral("PRAGMA user_version = 999"));
        }
        JournalStore store;
        QString error;
        QVERIFY(test::fails(store.open(path), &error));
        QCOMPARE(store.status(), JournalDatabase::Status::TooNew);
        QVERIFY(error.contains(QLatin1String("newer version")));
    }
};

FC_CORE_TEST_MAIN(TstJournalStore)
#include "tst_journalstore.moc"
