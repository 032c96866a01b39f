#include "core/appurl.h"
#include "core/commandline.h"
#include "testsuites.h"

#include <QtTest>

using namespace fc;

class TstCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void exportPdfNotes()
    {
        const auto r = parseCommandLine({QStringLiteral("fc"), QStringLiteral("--data-dir"),
                                         QStringLiteral("/tmp/d"), QStringLiteral("--export-pdf"),
                                         QStringLiteral("out.pdf"), QStringLiteral("--notes")});
        QCOMPARE(r.action, CommandLineResult::Action::Run);
        QCOMPARE(r.options.dataDir, QStringLiteral("/tmp/d"));
        QCOMPARE(r.options.exportPdf, QStringLiteral("out.pdf"));
        QVERIFY(r.options.notes);
        QVERIFY(r.options.isHeadlessJob());
        QVERIFY(r.options.noteTag.isEmpty());
        const auto tagged = parseCommandLine({QStringLiteral("fc"), QStringLiteral("--export-pdf"),
                                              QStringLiteral("out.pdf"), QStringLiteral("--notes"),
                                              QStringLiteral("--tag"),
                                              QStringLiteral(" Questions for  my doctor")});
        QCOMPARE(tagged.action, CommandLineResult::Action::Run);
        QCOMPARE(tagged.options.noteTag, QStringLiteral("Questions for my doctor"));
        // A job waits 20 s for the window by default; --wait sets it.
        QCOMPARE(r.options.waitSeconds, CommandLine::defaultWaitSeconds);
        const auto waiting = parseCommandLine({QStringLiteral("fc"), QStringLiteral("--import-csv"),
                                               QStringLiteral("a.csv"), QStringLiteral("--wait"),
                                               QStringLiteral("0")});
        QCOMPARE(waiting.action, CommandLineResult::Action::Run);
        QCOMPARE(waiting.options.waitSeconds, 0);
        // --map NAME=KEY, once per name; the name may hold spaces, the last '=' splits.
        const auto mapped = parseCommandLine(
            {QStringLiteral("fc"), QStringLiteral("--import-csv"), QStringLiteral("a.csv"),
             QStringLiteral("--map"), QStringLiteral(" Brain fog = fatigue"),
             QStringLiteral("--map"), QStringLiteral("LDN=Low-dose naltrexone")});
        QCOMPARE(mapped.action, CommandLineResult::Action::Run);
        QCOMPARE(mapped.options.csvMappings.size(), 2);
        QCOMPARE(mapped.options.csvMappings[0].first, QStringLiteral("Brain fog"));
        QCOMPARE(mapped.options.csvMappings[0].second, QStringLiteral("fatigue"));
        QCOMPARE(mapped.options.csvMappings[1].second, QStringLiteral("Low-dose naltrexone"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("pdf without kind")
            << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("a.pdf")}
            << QStringLiteral("--notes or --report");
        QTest::newRow("both kinds")
            << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("a.pdf"),
                           QStringLiteral("--notes"), QStringLiteral("--report")}
            << QStringLiteral("exactly one");
        QTest::newRow("tag without notes")
            << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("a.pdf"),
                           QStringLiteral("--report"), QStringLiteral("--tag"), QStringLiteral("x")}
            << QStringLiteral("--tag goes with");
        QTest::newRow("empty tag")
            << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("a.pdf"),
                           QStringLiteral("--notes"), QStringLiteral("--tag"), QStringLiteral(" ")}
            << QStringLiteral("name of a tag");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--export-pdf"),
                                                 QStringLiteral("a.pdf"),
                                                 QStringLiteral("--report"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("2024-02-30")}
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("reversed range")
            << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("a.pdf"),
                           QStringLiteral("--report"),     QStringLiteral("--from"),
                           QStringLiteral("2024-03-01"),   QStringLiteral("--to"),
                           QStringLiteral("2024-02-01")}
            << QStringLiteral("is after");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--frobnicate")}
                                 << QStringLiteral("frobnicate");
        QTest::newRow("stray") << QStringList{QStringLiteral("file.txt")}
                               << QStringLiteral("Unexpected argument");
        QTest::newRow("map without import")
            << QStringList{QStringLiteral("--backup"), QStringLiteral("a"), QStringLiteral("--map"),
                           QStringLiteral("a=b")}
            << QStringLiteral("--map goes with --import-csv");
        QTest::newRow("map without key")
            << QStringList{QStringLiteral("--import-csv"), QStringLiteral("a"),
                           QStringLiteral("--map"), QStringLiteral("Pain=")}
            << QStringLiteral("NAME=KEY");
        QTest::newRow("wait not a number")
            << QStringList{QStringLiteral("--backup"), QStringLiteral("a"),
                           QStringLiteral("--wait"), QStringLiteral("soon")}
            << QStringLiteral("0 to 3600 (got \"soon\")");
        QTest::newRow("wait too long")
            << QStringList{QStringLiteral("--backup"), QStringLiteral("a"),
                           QStringLiteral("--wait"), QStringLiteral("3601")}
            << QStringLiteral("0 to 3600");
        QTest::newRow("wait without a job")
            << QStringList{QStringLiteral("--wait"), QStringLiteral("5")}
            << QStringLiteral("--wait goes with a job");
        QTest::newRow("two jobs") << QStringList{QStringLiteral("--backup"), QStringLiteral("a"),
                                                 QStringLiteral("--export-csv"),
                                                 QStringLiteral("b")}
                                  << QStringLiteral("one job");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.prepend(QStringLiteral("fc"));
        const auto r = parseCommandLine(args);
        QCOMPARE(r.action, CommandLineResult::Action::Fail);
        QVERIFY2(r.text.contains(message), qPrintable(r.text));
    }

    void appUrlRejectsTraversal_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("article") << QStringLiteral("fibro://app/article/low-dose-naltrexone")
                                 << true;
        QTest::newRow("css") << QStringLiteral("fibro://app/web/article.css") << true;
        QTest::newRow("dotdot") << QStringLiteral("fibro://app/web/../main.cpp") << false;
        QTest::newRow("encoded dotdot") << QStringLiteral("fibro://app/web/%2e%2e/secret") << false;
        QTest::newRow("encoded slash") << QStringLiteral("fibro://app/web/a%2fb") << false;
        QTest::newRow("absolute") << QStringLiteral("fibro://app//etc/passwd") << false;
        QTest::newRow("hidden") << QStringLiteral("fibro://app/web/.hidden") << false;
        QTest::newRow("deep") << QStringLiteral("fibro://app/web/a/b") << false;
        QTest::newRow("other host") << QStringLiteral("fibro://evil/web/a.css") << false;
        QTest::newRow("other scheme") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("user info") << QStringLiteral("fibro://u@app/web/a.css") << false;
    }
    void appUrlRejectsTraversal()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QCOMPARE(AppUrl::parse(QUrl(url), nullptr), valid);
    }
};

FC_CORE_TEST_MAIN(TstCommandLine)
#include "tst_commandline.moc"
