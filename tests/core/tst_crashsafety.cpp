#include "journal/journalstore.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>
#include <cstdio>

using namespace fc;

namespace {

const QDate firstDay(1990, 1, 1);

int expectedPain(const QDate &day)
{
    return int(firstDay.daysTo(day) % 11);
}

// The child: appends one check-in per day after the newest one and prints each day only after
// its transaction committed, so the parent knows what must survive the kill.
int runWriter(const QString &path)
{
    JournalStore store;
    QString error;
    if (store.open(path, &error) != JournalDatabase::Status::Ok) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        return 2;
    }
    QSqlQuery q(store.database().db());
    q.exec(QStringLiteral("SELECT max(day) FROM checkin"));
    QDate day = q.next() && !q.value(0).isNull()
                    ? QDate::fromString(q.value(0).toString(), Qt::ISODate).addDays(1)
                    : firstDay;
    q.finish();
    std::printf("ready\n");
    std::fflush(stdout);
    for (;; day = day.addDays(1)) {
        CheckIn c;
        c.day = day;
        c.note = QStringLiteral("day %1 ").arg(day.toString(Qt::ISODate)).repeated(20);
        c.scores = {{QStringLiteral("pain"), expectedPain(day)}, {QStringLiteral("fatigue"), 5}};
        if (!store.saveCheckIn(c, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 3;
        }
        std::printf("%s\n", qPrintable(day.toString(Qt::ISODate)));
        std::fflush(stdout);
    }
}

} // namespace

class TstCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingCommitted()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        QStringList committed;
        auto *rng = QRandomGenerator::global();
        const int rounds = 24;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {test::currentSuite(), QStringLiteral("--writer"), path});
            QVERIFY(child.waitForStarted());
            // Some rounds kill during open/migration, most mid-write at a random moment.
            if (round % 4 != 0)
                QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running,
                                         10000);
            QTest::qWait(int(rng->bounded(5, 120)));
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            const QStringList lines =
                QString::fromLatin1(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines)
                if (line != u"ready")
                    committed << line;

            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                QSet<QString> present;
                if (q.exec(QStringLiteral("SELECT day, value FROM checkin JOIN score ON"
                                          " score.checkin_id = checkin.id JOIN symptom ON"
                                          " symptom.id = score.symptom_id WHERE key = 'pain'"))) {
                    while (q.next()) {
                        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
                        QCOMPARE(q.value(1).toInt(), expectedPain(d));
                        present.insert(q.value(0).toString());
                    }
                }
                // A check-in is saved whole or not at all: never a day without its scores.
                if (q.exec(QStringLiteral("SELECT count(*) FROM checkin WHERE (SELECT count(*)"
                                          " FROM score WHERE checkin_id = checkin.id) != 2")) &&
                    q.next())
                    QCOMPARE(q.value(0).toInt(), 0);
                for (const QString &day : std::as_const(committed))
                    QVERIFY2(present.contains(day), qPrintable(day + " was reported committed"));
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
        }
        qInfo("%d check-ins committed across %d kills", int(committed.size()), rounds);
        QVERIFY(committed.size() > rounds);
    }
};

namespace {

// Run as a child with "--writer PATH", the suite is the process that gets killed.
int crashSafetyMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TstCrashSafety test;
    QTest::setMainSourcePath(__FILE__);
    return QTest::qExec(&test, argc, argv);
}

const bool registered = test::registerSuite(__FILE__, &crashSafetyMain);

} // namespace

#include "tst_crashsafety.moc"
