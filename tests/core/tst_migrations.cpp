#include "journal/journalstore.h"
#include "journal/schema.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace fc;

namespace {

// Every row of every table, as text, keyed by table; only the columns the old file had.
QMap<QString, QStringList> snapshot(QSqlDatabase db, const QMap<QString, QStringList> &columns)
{
    QMap<QString, QStringList> out;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        QSqlQuery q(db);
        const QString cols = it.value().join(QStringLiteral(", "));
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(cols, it.key())))
            qFatal("cannot read %s: %s", qPrintable(it.key()), qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out[it.key()] << row.join(QStringLiteral(" | "));
        }
    }
    return out;
}

QMap<QString, QStringList> tableColumns(QSqlDatabase db)
{
    QMap<QString, QStringList> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                          " AND name NOT LIKE 'sqlite_%'"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &t : tables) {
        QSqlQuery c(db);
        c.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t));
        while (c.next())
            out[t] << c.value(1).toString();
    }
    return out;
}

} // namespace

class TstMigrations : public QObject
{
    Q_OBJECT
private slots:
    void everyEarlierVersionOpensWithEveryRowIntact_data()
    {
        QTest::addColumn<int>("version");
        // One fixture per schema version users may have on disk, made with real rows.
        for (const Migration &m : journalMigrations())
            if (QFile::exists(
                    QStringLiteral(FC_TEST_DATA_DIR "/journal-v%1.sqlite").arg(m.version)))
                QTest::newRow(qPrintable(QStringLiteral("v%1").arg(m.version))) << m.version;
    }
    void everyEarlierVersionOpensWithEveryRowIntact()
    {
        QFETCH(int, version);
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(test::readTestData(QStringLiteral("journal-v%1.sqlite").arg(version)));
        }
        QMap<QString, QStringList> columns;
        QMap<QString, QStringList> before;
        {
            QSqlDatabase old =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), version);
            q.finish();
            columns = tableColumns(old);
            before = snapshot(old, columns);
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QVERIFY(before.value(QStringLiteral("checkin")).size() == 3);

        JournalStore store;
        FC_VERIFY_OK(store.open(path));
        QCOMPARE(store.schemaVersion(), latestSchemaVersion());
        const QMap<QString, QStringList> after = snapshot(store.database().db(), columns);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const QStringList now = after.value(it.key());
            for (const QString &row : it.value())
                QVERIFY2(now.contains(row), qPrintable(it.key() + QStringLiteral(": ") + row));
            if (it.key() != u"treatment") // the catalogue sync may add entries
                QCOMPARE(now.size(), it.value().size());
        }

        // And through the API, the way the app reads them.
        const auto leap = store.checkIn(QDate(2024, 2, 28));
        QVERIFY(leap);
        QCOMPARE(leap->time, QTime(7, 45));
        QCOMPARE(*leap->hoursSlept, 6.5);
        QCOMPARE(leap->note, QStringLiteral("Slept badly; légère douleur ✓"));
        QCOMPARE(leap->scores.value(QStringLiteral("stiffness")), 8);
        const auto crash = store.checkIn(QDate(2024, 2, 29));
        QVERIFY(crash && crash->crash);
        QCOMPARE(crash->scores.value(QStringLiteral("mood"), -1), 0);
        QCOMPARE(crash->scores.size(), 6);
        QVERIFY(!crash->hoursSlept);
        QCOMPARE(store.checkIn(QDate(2024, 3, 1))->scores,
                 (QMap<QString, double>{{QStringLiteral("pain"), 0}}));
        QCOMPARE(store.symptoms().size(), 5);
        QCOMPARE(store.symptoms(true).size(), 6);
        QCOMPARE(store.symptoms().at(3).name, QStringLiteral("Brain fog / focus"));
        const QVector<Note> notes = store.notesStore().notes();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.first().quote,
                 QStringLiteral("it is reasonable to consider a trial of LDN"));
        if (version >= 2) {
            const QVector<Trial> trials = store.trials().trials();
            QCOMPARE(trials.size(), 2);
            QCOMPARE(trials[0].treatmentKey, QStringLiteral("low-dose-naltrexone"));
            QCOMPARE(trials[0].doseChanges.size(), 2);
            QCOMPARE(trials[0].sideEffects.size(), 2);
            QCOMPARE(trials[0].stopReason, QStringLiteral("Vivid dreams"));
            QCOMPARE(store.trials().doseLog(trials[0].id).value(QDate(2024, 1, 11), true), false);
            QCOMPARE(trials[1].treatmentName, QStringLiteral("Tart cherry juice"));
            QVERIFY(trials[1].isOngoing());
        }
        QSqlQuery q(store.database().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    void fixturesCoverEveryEarlierVersion()
    {
        for (const Migration &m : journalMigrations())
            if (m.version < latestSchemaVersion())
                QVERIFY2(QFile::exists(
                             QStringLiteral(FC_TEST_DATA_DIR "/journal-v%1.sqlite").arg(m.version)),
                         "add a fixture for every schema version users may have");
    }
};

FC_CORE_TEST_MAIN(TstMigrations)
#include "tst_migrations.moc"
