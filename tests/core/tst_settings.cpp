#include "core/settings.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QFile>
#include <QtTest>

using namespace fc;

class TstSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaultsOnANewFile()
    {
        test::TempDataDir dir;
        Settings s(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(s.theme(), Settings::Theme::System);
        QCOMPARE(s.largeType(), false);
        QCOMPARE(s.zoom(), 1.0);
        QCOMPARE(s.lastArticle(), QString());
        QCOMPARE(s.splitterSizes(), QList<int>());
        QCOMPARE(s.paperSize(), QString());
        QCOMPARE(s.patientName(), QString());
        QCOMPARE(s.baselineDays(), 60);
        QCOMPARE(s.reminderEnabled(), false);
        QCOMPARE(s.reminderTime(), QTime(20, 0));
    }

    void everyValueSurvivesAReopen()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings s(path);
            s.setTheme(Settings::Theme::Dark);
            s.setLargeType(true);
            s.setZoom(1.3);
            s.setLastArticle(QStringLiteral("low-dose-naltrexone"));
            s.setScrollPosition(QStringLiteral("a/b c"), 0.25);
            s.addRecentArticle(QStringLiteral("one"));
            s.addRecentArticle(QStringLiteral("two"));
            s.addRecentArticle(QStringLiteral("one"));
            s.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
            s.setWindowState(QByteArrayLiteral("state"));
            s.setSplitterSizes({300, 900});
            s.setPaperSize(QStringLiteral("Letter"));
            s.setPatientName(QStringLiteral("Ana Müller"));
            s.setBaselineDays(21);
            s.setReminderEnabled(true);
            s.setReminderTime(QTime(7, 45));
            QVERIFY(s.sync());
        }
        Settings s(path);
        QCOMPARE(s.theme(), Settings::Theme::Dark);
        QCOMPARE(s.largeType(), true);
        QCOMPARE(s.zoom(), 1.3);
        QCOMPARE(s.lastArticle(), QStringLiteral("low-dose-naltrexone"));
        QCOMPARE(s.scrollPosition(QStringLiteral("a/b c")), 0.25);
        QCOMPARE(s.recentArticles(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(s.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(s.windowState(), QByteArrayLiteral("state"));
        QCOMPARE(s.splitterSizes(), (QList<int>{300, 900}));
        QCOMPARE(s.paperSize(), QStringLiteral("Letter"));
        QCOMPARE(s.patientName(), QStringLiteral("Ana Müller"));
        QCOMPARE(s.baselineDays(), 21);
        QCOMPARE(s.reminderEnabled(), true);
        QCOMPARE(s.reminderTime(), QTime(7, 45));
    }

    void outOfRangeValuesAreClamped()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[view]\nzoom=40\ntheme=purple\n[insights]\nbaselineDays=2\n"
                   "[reminder]\ntime=25:99\n[report]\npaperSize=A3\n");
        file.close();
        Settings s(path);
        QCOMPARE(s.zoom(), 3.0);
        QCOMPARE(s.theme(), Settings::Theme::System);
        QCOMPARE(s.baselineDays(), 14);
        QCOMPARE(s.reminderTime(), QTime(20, 0));
        QCOMPARE(s.paperSize(), QString());
        s.setZoom(0.1);
        QCOMPARE(s.zoom(), 0.5);
        s.setBaselineDays(999);
        QCOMPARE(s.baselineDays(), 120);
    }

    void paperSizeIsA4LetterOrTheLocales()
    {
        test::TempDataDir dir;
        Settings s(dir.filePath(QStringLiteral("settings.ini")));
        s.setPaperSize(QStringLiteral("A4"));
        QCOMPARE(s.paperSize(), QStringLiteral("A4"));
        s.setPaperSize(QStringLiteral("B5")); // not offered: back to the locale's
        QCOMPARE(s.paperSize(), QString());
        s.setPaperSize(QStringLiteral("Letter"));
        s.setPaperSize(QString());
        QCOMPARE(s.paperSize(), QString());
    }

    void unwritableFileIsReported()
    {
        test::TempDataDir dir;
        // A regular file where the folder should be: unwritable even for root.
        QFile blocker(dir.filePath(QStringLiteral("notafolder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Settings s(dir.filePath(QStringLiteral("notafolder/settings.ini")));
        s.setPatientName(QStringLiteral("x"));
        QString error;
        QVERIFY(test::fails(s.sync(), &error));
        QVERIFY2(error.contains(QStringLiteral("notafolder/settings.ini")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("not writable")), qPrintable(error));
        // The value still applies to this session.
        QCOMPARE(s.patientName(), QStringLiteral("x"));
    }
};

FC_CORE_TEST_MAIN(TstSettings)
#include "tst_settings.moc"
