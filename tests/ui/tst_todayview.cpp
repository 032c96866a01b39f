#include "appcontext.h"
#include "journal/journalstore.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "today/todaysection.h"
#include "today/todayview.h"
#include "uitestmain.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

using namespace fc;

class TstTodayView : public QObject
{
    Q_OBJECT
private slots:
    void startsOnTodayWithNothingLoggedYet()
    {
        test::TempDataDir dir;
        AppContext context(dir.path());
        QVERIFY(context.initialize(nullptr));
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.currentSection(), QStringLiteral("today"));
        QCOMPARE(window.findChild<QTabWidget *>()->tabText(0), QStringLiteral("Today"));
        TodayView *today = window.today()->view();
        QVERIFY(today->isVisible());
        QCOMPARE(QApplication::focusWidget(), today->checkInButton());
        QVERIFY(today->checkInText().startsWith(QLatin1String("Not checked in yet today")));
        QCOMPARE(today->checkInButton()->text(), QStringLiteral("&Check in"));
        QCOMPARE(today->trialTexts(), QStringList{QStringLiteral("No treatment trial running.")});
        QVERIFY(today->noteButton()->isVisible());
        QVERIFY(today->readButton()->isVisible());
        // No insights section in this build of the window: no button that leads nowhere.
        QCOMPARE(today->insightsButton()->isVisible(),
                 window.hasSection(QStringLiteral("insights")));
        // The state is part of what a screen reader hears on the button.
        QCOMPARE(today->checkInButton()->accessibleDescription(), today->checkInText());
        // The side panel lists the real shortcuts.
        const QStringList shortcuts = window.today()->shortcutRows();
        QVERIFY2(shortcuts.contains(
                     QStringLiteral("%1: Today's check-in")
                         .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))),
                 qPrintable(shortcuts.join(u'\n')));

        // Ctrl+<n> goes to the n-th section and puts the keyboard in it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), QStringLiteral("library"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), QStringLiteral("today"));
        QCOMPARE(QApplication::focusWidget(), today->checkInButton());
    }

    void showsCheckInTrialsAndLastArticle()
    {
        test::TempDataDir dir;
        AppContext context(dir.path());
        QVERIFY(context.initialize(nullptr));
        context.settings().setLastArticle(QStringLiteral("low-dose-naltrexone"));
        JournalStore &journal = context.journal();
        QString error;
        const QDate today = QDate::currentDate();
        CheckIn c;
        c.day = today;
        c.scores = {{QStringLiteral("pain"), 7}, {QStringLiteral("fatigue"), 4}};
        QVERIFY2(journal.saveCheckIn(c, &error), qPrintable(error));
        Trial t;
        t.treatmentId = journal.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
        t.schedule = QStringLiteral("4.5 mg at bedtime");
        t.start = today.addDays(-11);
        QVERIFY2(journal.trials().saveTrial(t, &error), qPrintable(error));
        const QString ldnName = journal.trials().trial(t.id)->treatmentName;

        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TodayView *view = window.today()->view();
        QCOMPARE(view->checkInText(), QStringLiteral("Checked in today: Pain 7, Fatigue 4."));
        QCOMPARE(view->checkInButton()->text(), QStringLiteral("Edit &check-in"));
        QCOMPARE(view->trialTexts(),
                 QStringList{QStringLiteral("Day 12 of %1 (4.5 mg at bedtime)").arg(ldnName)});
        QCOMPARE(view->readingText(),
                 QStringLiteral("Last read: %1")
                     .arg(context.library().find(QStringLiteral("low-dose-naltrexone"))->title));
        QCOMPARE(view->readButton()->text(), QStringLiteral("Continue &reading"));

        // The journal changes elsewhere; the view shows it when it is next shown.
        t.stop = today.addDays(-1);
        QVERIFY(journal.trials().saveTrial(t, &error));
        window.showSection(QStringLiteral("library"));
        window.showSection(QStringLiteral("today"));
        QCOMPARE(view->trialTexts(), QStringList{QStringLiteral("No treatment trial running.")});

        QTest::mouseClick(view->readButton(), Qt::LeftButton);
        QCOMPARE(window.currentSection(), QStringLiteral("library"));
        QCOMPARE(window.currentSlug(), QStringLiteral("low-dose-naltrexone"));
    }

    void insightsButtonAppearsWithTheSection()
    {
        test::TempDataDir dir;
        AppContext context(dir.path());
        QVERIFY(context.initialize(nullptr));
        MainWindow window(&context);
        if (window.hasSection(QStringLiteral("insights")))
            QSKIP("this window has its own insights section");
        window.addSection(QStringLiteral("insights"), QStringLiteral("&Insights"), new QLabel,
                          new QLabel(QStringLiteral("insights")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TodayView *view = window.today()->view();
        view->refresh();
        QVERIFY(view->insightsButton()->isVisible());
        QTest::mouseClick(view->insightsButton(), Qt::LeftButton);
        QCOMPARE(window.currentSection(), QStringLiteral("insights"));
    }

    void withoutALastArticleTheButtonOpensTheLibrary()
    {
        test::TempDataDir dir;
        AppContext context(dir.path());
        QVERIFY(context.initialize(nullptr));
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Opening the window loads the first article, which becomes the last one read; once it
        // has, pretend the last one was an article that has since been removed.
        QTRY_VERIFY_WITH_TIMEOUT(!context.settings().lastArticle().isEmpty(), 30000);
        context.settings().setLastArticle(QStringLiteral("no-such-article"));
        TodayView *view = window.today()->view();
        view->refresh();
        QCOMPARE(view->readButton()->text(), QStringLiteral("&Open the library"));
        QTest::mouseClick(view->readButton(), Qt::LeftButton);
        QCOMPARE(window.currentSection(), QStringLiteral("library"));
    }
};

FC_UI_TEST_MAIN(TstTodayView)
#include "tst_todayview.moc"
