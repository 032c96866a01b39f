#include "appfixture.h"
#include "core/displaydate.h"
#include "journal/journalstore.h"
#include "storage/writetransaction.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/journal/journalsection.h"
#include "ui/journal/journalsidepanel.h"
#include "ui/mainwindow.h"
#include "ui/today/stilltakingprompt.h"
#include "ui/today/todaysection.h"
#include "ui/today/todayview.h"
#include "uitestmain.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>

using namespace fc;

class TstTodayView : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void startsOnTodayWithNothingLoggedYet()
    {
        AppContext &context = *m_app.context;
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
        // Beside it, the last seven days, newest first; today is not checked in yet.
        QListWidget *days = window.today()->recentDayList();
        QCOMPARE(days->count(), TodaySection::recentDays);
        QVERIFY2(days->item(0)->text().endsWith(QLatin1String("\nnot checked in yet")),
                 qPrintable(days->item(0)->text()));
        QVERIFY(days->item(1)->text().endsWith(QLatin1String("\nno check-in")));

        // Ctrl+<n> goes to the n-th section and puts the keyboard in it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), QStringLiteral("library"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), QStringLiteral("today"));
        QCOMPARE(QApplication::focusWidget(), today->checkInButton());
    }

    void showsCheckInTrialsAndLastArticle()
    {
        AppContext &context = *m_app.context;
        context.settings().setLastArticle(QStringLiteral("low-dose-naltrexone"));
        JournalStore &journal = context.journal();
        const QDate today = QDate::currentDate();
        CheckIn c;
        c.day = today;
        c.scores = {{QStringLiteral("pain"), 7}, {QStringLiteral("fatigue"), 4}};
        FC_VERIFY_OK(journal.saveCheckIn(c));
        Trial t;
        t.treatmentId = journal.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
        t.schedule = QStringLiteral("4.5 mg at bedtime");
        t.start = today.addDays(-11);
        FC_VERIFY_OK(journal.trials().saveTrial(t));
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
        QVERIFY(journal.trials().saveTrial(t));
        window.showSection(QStringLiteral("library"));
        window.showSection(QStringLiteral("today"));
        QCOMPARE(view->trialTexts(), QStringList{QStringLiteral("No treatment trial running.")});

        QTest::mouseClick(view->readButton(), Qt::LeftButton);
        QCOMPARE(window.currentSection(), QStringLiteral("library"));
        QCOMPARE(window.currentSlug(), QStringLiteral("low-dose-naltrexone"));
    }

    // An imported or forgotten trial whose log went quiet is asked about, and the answer is
    // written: No ends the trial on its last logged day, Yes marks today taken.
    void aQuietTrialAsksWhetherItIsStillTaken()
    {
        AppContext &context = *m_app.context;
        JournalStore &journal = context.journal();
        const QDate today = QDate::currentDate();
        const QDate lastLogged = today.addDays(-40);
        Trial ldn, magnesium;
        ldn.treatmentId = journal.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
        magnesium.treatmentId =
            journal.trials().treatment(QStringLiteral("magnesium-l-threonate"))->id;
        // A dose change noted after the last dose logged: the trial ran at least until then.
        const QDate lastNoted = today.addDays(-35);
        ldn.doseChanges.append({0, lastNoted, 3.0, QStringLiteral("mg"), QString()});
        for (Trial *t : {&ldn, &magnesium}) {
            t->start = today.addDays(-60);
            FC_VERIFY_OK(journal.trials().saveTrial(*t));
            QVERIFY(journal.trials().setDoseTaken(t->id, lastLogged, true));
        }
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TodayView *view = window.today()->view();
        const QList<StillTakingPrompt *> prompts = view->findChildren<StillTakingPrompt *>();
        QCOMPARE(prompts.size(), 2);
        const QString name = journal.trials().trial(ldn.id)->treatmentName;
        QVERIFY2(view->trialTexts().contains(
                     QStringLiteral("Still taking %1? Nothing has been logged for it since %2.")
                         .arg(name, displayDate(lastLogged))),
                 qPrintable(view->trialTexts().join('\n')));

        StillTakingPrompt *ldnPrompt = nullptr, *magnesiumPrompt = nullptr;
        for (StillTakingPrompt *p : prompts)
            (p->text().contains(name) ? ldnPrompt : magnesiumPrompt) = p;
        QVERIFY(ldnPrompt && magnesiumPrompt);
        magnesiumPrompt->yesButton()->setFocus();
        QTest::keyClick(magnesiumPrompt->yesButton(), Qt::Key_Space);
        QCOMPARE(journal.trials().doseLog(magnesium.id).value(today), true);
        QVERIFY(journal.trials().trial(magnesium.id)->isOngoing());
        QTest::mouseClick(ldnPrompt->stoppedButton(), Qt::LeftButton);
        QCOMPARE(journal.trials().trial(ldn.id)->stop, lastNoted);
        QTRY_COMPARE(view->findChildren<StillTakingPrompt *>().size(), 0);
        QCOMPARE(view->trialTexts().size(), 1); // magnesium, running and answered
    }

    // A quiet trial of LDN and a test of LDN running today: one instruction for LDN, the
    // test's, with no "Still taking?" and no "Day 101 of"; its button logs the trial's dose as
    // the test asks, after which the line says what was logged.
    void oneInstructionPerTreatmentPerDay()
    {
        JournalStore &journal = m_app.context->journal();
        const QDate today = QDate::currentDate();
        Trial ldn;
        ldn.treatmentId = journal.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
        ldn.start = today.addDays(-100);
        FC_VERIFY_OK(journal.trials().saveTrial(ldn));
        QVERIFY(journal.trials().setDoseTaken(ldn.id, today.addDays(-30), true));
        PlannedTrial test;
        test.treatmentId = ldn.treatmentId;
        test.symptomKey = QStringLiteral("pain");
        test.start = today.addDays(-15);
        test.periodDays = 14;
        test.pairs = 6;
        test.washoutDays = 2;
        test.seed = 7;
        test.onFirst = PlannedTrial::drawOrder(test.seed, test.pairs);
        FC_VERIFY_OK(journal.startPlannedTrial(test));
        const bool on = test.phase(today).on;

        MainWindow window(m_app.context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TodayView *view = window.today()->view();
        const QString name = journal.trials().trial(ldn.id)->treatmentName;
        QStringList aboutLdn;
        for (const QString &text : view->trialTexts())
            if (text.contains(name))
                aboutLdn << text;
        QCOMPARE(aboutLdn.size(), 1);
        QVERIFY2(aboutLdn[0].startsWith(QStringLiteral("Test of %1").arg(name)),
                 qPrintable(aboutLdn[0]));
        QVERIFY(view->findChildren<StillTakingPrompt *>().isEmpty());

        QPushButton *log = nullptr;
        for (QPushButton *b : view->findChildren<QPushButton *>())
            if (b->text().startsWith(QStringLiteral("Log as")))
                log = b;
        QVERIFY(log);
        log->click();
        QCOMPARE(journal.trials().doseLog(ldn.id).value(today, !on), on);
        QTRY_VERIFY(view->trialTexts().join(u'\n').contains(
            on ? QStringLiteral("Logged as taken today.") : QStringLiteral("Logged as not taken")));
    }

    void recentDaysShowTheWeekAndOpenInTheJournal()
    {
        AppContext &context = *m_app.context;
        const QDate today = QDate::currentDate();
        CheckIn hard;
        hard.day = today.addDays(-2);
        hard.scores = {{QStringLiteral("pain"), 8}, {QStringLiteral("fatigue"), 7}};
        hard.crash = true;
        FC_VERIFY_OK(context.journal().saveCheckIn(hard));
        CheckIn old;
        old.day = today.addDays(-TodaySection::recentDays);
        old.scores = {{QStringLiteral("pain"), 1}};
        FC_VERIFY_OK(context.journal().saveCheckIn(old));

        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget *days = window.today()->recentDayList();
        QCOMPARE(days->count(), TodaySection::recentDays);
        // Same words as the Journal's list: how hard the day was, crash/flare, the scores.
        const QString dayText = days->item(2)->text();
        QVERIFY2(dayText.contains(QStringLiteral(" · hard · crash/flare\n")), qPrintable(dayText));
        QVERIFY(dayText.contains(QLatin1String("Pain 8")));
        QCOMPARE(days->item(2)->data(Qt::UserRole).toDate(), hard.day);
        QCOMPARE(days->item(6)->data(Qt::UserRole).toDate(), today.addDays(-6));

        // A check-in saved anywhere shows at once: the journal says it changed.
        CheckIn now;
        now.day = today;
        now.scores = {{QStringLiteral("pain"), 3}};
        QVERIFY(context.journal().saveCheckIn(now));
        QTRY_VERIFY(days->item(0)->text().contains(QLatin1String("Pain 3")));

        // Deleting a day in the Journal, and undoing it, reach the Today page too.
        QVERIFY(window.journal()->deleteDay(hard.day));
        window.showSection(QStringLiteral("today"));
        QTRY_VERIFY(days->item(2)->text().endsWith(QLatin1String("\nno check-in")));
        window.journal()->undoStack()->undo();
        QTRY_VERIFY(days->item(2)->text().contains(QLatin1String("Pain 8")));

        // Enter on a day opens it in the Journal.
        days->setFocus();
        days->setCurrentRow(2);
        QTest::keyClick(days, Qt::Key_Return);
        QCOMPARE(window.currentSection(), QStringLiteral("journal"));
        QCOMPARE(window.journal()->sidePanel()->selectedDay(), hard.day);
    }

    // Off by default; once turned on, each is offered until answered, then after a week (FIQR)
    // or a calendar month (body map).
    void questionnairesAreOfferedWhenDue()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TodayView *view = window.today()->view();
        view->refresh();
        QVERIFY(!view->fiqrButton()->isVisible());
        QVERIFY(!view->bodyMapButton()->isVisible());
        context.settings().setFiqrReminder(true);
        context.settings().setAcr2016Reminder(true);
        view->refresh();
        QVERIFY(view->fiqrButton()->isVisible());
        QVERIFY(view->bodyMapButton()->isVisible());

        const QDate today = QDate::currentDate();
        FiqrAnswers f;
        f.day = today.addDays(-6);
        f.items.at(0) = 4;
        QVERIFY(context.journal().questionnaires().saveFiqr(f));
        Acr2016Answers a;
        a.day = today.addMonths(-1);
        a.painfulAreas = {QStringLiteral("neck")};
        QVERIFY(context.journal().questionnaires().saveAcr2016(a));
        view->refresh();
        QVERIFY(!view->fiqrButton()->isVisible());   // answered 6 days ago
        QVERIFY(view->bodyMapButton()->isVisible()); // a month ago today
        QVERIFY2(view->bodyMapButton()->accessibleDescription().contains(displayDate(a.day)),
                 qPrintable(view->bodyMapButton()->accessibleDescription()));
        a.day = today.addMonths(-1).addDays(1);
        QVERIFY(context.journal().questionnaires().saveAcr2016(a));
        view->refresh();
        QVERIFY(!view->bodyMapButton()->isVisible());
    }

    void insightsButtonLeadsToTheSection()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        QVERIFY(window.hasSection(QStringLiteral("insights")));
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
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Nothing read yet, then an article read last that has since been removed.
        TodayView *view = window.today()->view();
        view->refresh();
        QCOMPARE(view->readButton()->text(), QStringLiteral("&Open the library"));
        context.settings().setLastArticle(QStringLiteral("no-such-article"));
        view->refresh();
        QCOMPARE(view->readButton()->text(), QStringLiteral("&Open the library"));
        QTest::mouseClick(view->readButton(), Qt::LeftButton);
        QCOMPARE(window.currentSection(), QStringLiteral("library"));
    }

    // After a day above the person's own limit, Today says what followed such days in their
    // diary; after an ordinary day it says nothing.
    void aDayAboveTheEnvelopeIsNamed()
    {
        JournalStore &store = m_app.context->journal();
        const QDate today = QDate::currentDate();
        const int days = 120;
        // Effort cycles over 0-10; fatigue is high two days after effort above 7.
        QVector<DayMeasure> effort;
        FC_VERIFY_OK(WriteTransaction::run(store.database().db(), [&]() -> Result {
            for (int i = 0; i < days; ++i) {
                const QDate day = today.addDays(i - days + 1);
                const int load = (i * 7 + (i / 5) * 3) % 11;
                effort.append({day, QStringLiteral("exertion_physical"), double(load),
                               QStringLiteral("check-in")});
                const int before = i >= 2 ? ((i - 2) * 7 + ((i - 2) / 5) * 3) % 11 : 0;
                CheckIn c;
                c.day = day;
                c.scores.insert(QStringLiteral("fatigue"), before > 7 ? 8 : 3 + i % 2);
                if (Result saved = store.saveCheckIn(c); !saved)
                    return saved;
            }
            return {};
        }));
        effort.last().value = 3;              // today
        effort[effort.size() - 2].value = 10; // yesterday, above any limit
        FC_VERIFY_OK(store.measures().save(effort));
        MainWindow window(m_app.context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        TodayView *view = window.today()->view();
        QVERIFY2(view->pacingText().startsWith(QLatin1String("Yesterday's physical exertion, 10, "
                                                             "went above your usual limit of")),
                 qPrintable(view->pacingText()));
        // An ordinary yesterday: nothing said.
        FC_VERIFY_OK(store.measures().save({{today.addDays(-1), QStringLiteral("exertion_physical"),
                                             1, QStringLiteral("check-in")}}));
        view->refresh();
        QCOMPARE(view->pacingText(), QString());
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstTodayView)
#include "tst_todayview.moc"
