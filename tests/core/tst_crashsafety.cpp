#include "articles/articleindex.h"
#include "articles/articlelibrary.h"
#include "articles/backgroundindexer.h"
#include "export/csvimport.h"
#include "generatedarticles.h"
#include "journal/backupmanager.h"
#include "journal/journalstore.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>
#include <cstdio>

using namespace fc;

namespace {

const QDate firstDay(1990, 1, 1);
// Imported articles the index mode builds its index of, in batches of BackgroundIndexer's size.
constexpr int kIndexedArticles = 1200;

int expectedPain(const QDate &day)
{
    return int(firstDay.daysTo(day) % 11);
}

CheckIn checkInFor(const QDate &day)
{
    CheckIn c;
    c.day = day;
    c.note = QStringLiteral("day %1 ").arg(day.toString(Qt::ISODate)).repeated(20);
    c.scores = {{QStringLiteral("pain"), double(expectedPain(day))},
                {QStringLiteral("fatigue"), 5}};
    return c;
}

void reportCommitted(const QDate &day)
{
    std::printf("%s\n", qPrintable(day.toString(Qt::ISODate)));
    std::fflush(stdout);
}

// The ways the journal is written, each killed at a random moment:
//  checkin  one check-in per transaction, as the check-in dialog saves;
//  import   three days per CSV import (one transaction through the stores);
//  restore  a check-in, a backup of the journal, and a restore of that backup (the journal file
//           replaced while the app runs);
//  index    the article index built by BackgroundIndexer on its thread, while the window's
//           connection reads it (see runIndexer).
// Each prints a day only after its transaction committed (or, for a restore, after the backup
// that holds it is back in place), so the parent knows what must survive the kill.
int runWriter(const QString &path, const QString &mode)
{
    JournalStore store;
    if (const Result outcome = store.open(path); !outcome) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(outcome.message()));
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
    const QString folder = QFileInfo(path).absolutePath();
    for (;;) {
        if (mode == QLatin1String("import")) {
            QByteArray csv = "date,time,kind,name,value,unit,note\r\n";
            for (int i = 0; i < 3; ++i) {
                const CheckIn c = checkInFor(day.addDays(i));
                const QByteArray date = c.day.toString(Qt::ISODate).toLatin1();
                csv += date + ",,score,pain," + QByteArray::number(expectedPain(c.day)) + ",,\r\n" +
                       date + ",,score,fatigue,5,,\r\n" + date + ",,day_note,,,,\"" +
                       c.note.toLatin1() + "\"\r\n";
            }
            const CsvImportPlan plan = CsvImport::plan(csv, store);
            if (const Result outcome = CsvImport::apply(plan, store); !outcome) {
                std::fprintf(stderr, "import failed: %s\n%s\n", qPrintable(outcome.message()),
                             qPrintable(plan.summary()));
                return 3;
            }
            for (int i = 0; i < 3; ++i)
                reportCommitted(day.addDays(i));
            day = day.addDays(3);
            continue;
        }
        CheckIn c = checkInFor(day);
        if (const Result outcome = store.saveCheckIn(c); !outcome) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(outcome.message()));
            return 3;
        }
        if (mode == QLatin1String("restore")) {
            const QString backup = folder + QStringLiteral("/backup.sqlite");
            QString kept;
            Result restored = BackupManager::backup(store.database(), backup);
            if (restored)
                restored = BackupManager::restore(store, backup,
                                                  folder + QStringLiteral("/backups"), &kept);
            if (!restored) {
                std::fprintf(stderr, "restore failed: %s\n", qPrintable(restored.message()));
                return 3;
            }
            QFile::remove(kept); // the copy of the journal a restore keeps; thousands otherwise
        }
        reportCommitted(day);
        day = day.addDays(1);
    }
}

// The search index as the app builds it: a BackgroundIndexer thread writes batches while the
// window's connection searches. A complete index is emptied ("clearing") and built again, so
// every round writes. Prints "indexed N" once N articles are committed.
int runIndexer(const QString &folder)
{
    ArticleLibrary library;
    library.loadImported(folder + QStringLiteral("/articles"), nullptr);
    library.releaseImportedBodies();
    ArticleIndex window(folder + QStringLiteral("/index.sqlite"));
    if (const Result outcome = window.open(); !outcome) {
        std::fprintf(stderr, "index open failed: %s\n", qPrintable(outcome.message()));
        return 2;
    }
    BackgroundIndexer indexer;
    int base = 0;
    auto startRound = [&] {
        Expected<IndexPlan> plan = window.plan(library);
        if (plan && plan->isEmpty()) {
            QStringList all;
            for (const Article &a : library.articles())
                all << a.slug;
            // Said before the emptying commits: a kill right after the commit must not leave
            // the parent expecting the articles it last heard were indexed.
            std::printf("clearing\n");
            std::fflush(stdout);
            if (const Result cleared = window.apply({}, all); !cleared)
                plan = cleared;
            else
                plan = window.plan(library);
        }
        if (!plan) {
            std::fprintf(stderr, "index plan failed: %s\n", qPrintable(plan.message()));
            QCoreApplication::exit(3);
            return;
        }
        base = int(library.articles().size() - plan->toIndex.size());
        indexer.start(window.path(), *plan);
    };
    QObject::connect(&indexer, &BackgroundIndexer::progress, [&](int done, int) {
        std::printf("indexed %d\n", base + done);
        std::fflush(stdout);
        (void)window.search(test::generatedMarker(done % kIndexedArticles), 5);
    });
    QObject::connect(&indexer, &BackgroundIndexer::finished, [&](bool ok, const QString &why) {
        if (!ok) {
            std::fprintf(stderr, "indexing failed: %s\n", qPrintable(why));
            QCoreApplication::exit(3);
            return;
        }
        QMetaObject::invokeMethod(&indexer, startRound, Qt::QueuedConnection);
    });
    std::printf("ready\n");
    std::fflush(stdout);
    startRound();
    return QCoreApplication::exec();
}

// After a kill: the index file is whole, its full-text table agrees with itself, and it holds
// at least the articles reported indexed.
void checkIndex(const QString &path, int reportedIndexed)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("index"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO fts(fts) VALUES ('integrity-check')")),
                 "the full-text index does not match its rows");
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM docs")) && q.next());
        QVERIFY2(q.value(0).toInt() >= reportedIndexed,
                 qPrintable(QStringLiteral("%1 articles in the index, %2 reported indexed")
                                .arg(q.value(0).toInt())
                                .arg(reportedIndexed)));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("index"));
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
        const int rounds = 201;
        const QStringList modes{QStringLiteral("checkin"), QStringLiteral("import"),
                                QStringLiteral("restore"), QStringLiteral("index")};
        QVERIFY(test::writeGeneratedArticles(dir.filePath(QStringLiteral("articles")),
                                             kIndexedArticles));
        int indexRounds = 0, batchesIndexed = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {test::currentSuite(), QStringLiteral("--writer"), path,
                         modes[round % modes.size()]});
            QVERIFY(child.waitForStarted());
            const bool indexing = modes[round % modes.size()] == u"index";
            QByteArray output;
            // Some rounds kill during open/migration, most mid-write at a random moment. An
            // index round first lets up to three batches commit, however slow the machine.
            if (round % 5 != 0) {
                const int batches = indexing ? int(rng->bounded(0, 4)) : 0;
                QTRY_VERIFY_WITH_TIMEOUT(
                    (output += child.readAllStandardOutput(),
                     output.contains("ready\n") && output.count("indexed ") >= batches) ||
                        child.state() != QProcess::Running,
                    20000);
            }
            QTest::qWait(int(rng->bounded(5, 120)));
            QVERIFY2(child.state() == QProcess::Running,
                     (child.readAllStandardError() + output).constData());
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            output += child.readAllStandardOutput();
            const QStringList lines = QString::fromLatin1(output).split(u'\n', Qt::SkipEmptyParts);
            if (indexing) {
                int indexed = 0;
                for (const QString &line : lines) {
                    if (line == u"clearing")
                        indexed = 0; // a complete index emptied for the next build
                    if (line.startsWith(u"indexed ")) {
                        indexed = line.mid(8).toInt();
                        ++batchesIndexed;
                    }
                }
                ++indexRounds;
                checkIndex(dir.filePath(QStringLiteral("index.sqlite")), indexed);
                if (QTest::currentTestFailed())
                    return;
                continue;
            }
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
        qInfo("%d check-ins committed and %d index batches across %d kills (check-ins, imports, "
              "restores, background indexing)",
              int(committed.size()), batchesIndexed, rounds);
        QVERIFY(committed.size() > rounds);
        QVERIFY(indexRounds >= 50);
        QVERIFY(batchesIndexed > indexRounds); // most index rounds were killed mid-build
    }
};

namespace {

// Run as a child with "--writer PATH", the suite is the process that gets killed.
int crashSafetyMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--writer") == 0) {
        const QString path = QString::fromLocal8Bit(argv[2]);
        if (qstrcmp(argv[3], "index") == 0)
            return runIndexer(QFileInfo(path).absolutePath());
        return runWriter(path, QString::fromLocal8Bit(argv[3]));
    }
    TstCrashSafety test;
    QTest::setMainSourcePath(__FILE__);
    return QTest::qExec(&test, argc, argv);
}

const bool registered = test::registerSuite(__FILE__, &crashSafetyMain);

} // namespace

#include "tst_crashsafety.moc"
