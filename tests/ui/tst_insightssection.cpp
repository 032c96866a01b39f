#include "appfixture.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/insights/insightssection.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"
#include "ui/readertheme.h"
#include "uitestmain.h"
#include "webpagehelpers.h"

#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace fc;
using fc::test::pageText;

namespace {

// Waits until the page's text contains needle (pages reload as controls change).
bool waitForText(QWebEnginePage *page, const QString &needle, QString *last = nullptr)
{
    QString text;
    const bool found = QTest::qWaitFor(
        [&] {
            text = pageText(page);
            return text.contains(needle);
        },
        30000);
    if (last)
        *last = text;
    return found;
}

// The symptom keys ticked in the side panel, top to bottom.
QStringList checkedKeys(const InsightsSection *section)
{
    QStringList checked;
    for (int i = 0; i < section->symptomList()->count(); ++i) {
        if (section->symptomList()->item(i)->checkState() == Qt::Checked)
            checked << section->symptomList()->item(i)->data(Qt::UserRole).toString();
    }
    return checked;
}

void fillJournal(JournalStore &journal)
{
    const QDate today = QDate::currentDate();
    for (int i = 0; i < 40; ++i) {
        CheckIn c;
        c.day = today.addDays(-39 + i);
        c.scores.insert(QStringLiteral("pain"), i < 20 ? 7 : 4);
        c.scores.insert(QStringLiteral("fatigue"), 6);
        c.hoursSlept = 5 + i % 4;
        FC_VERIFY_OK(journal.saveCheckIn(c));
    }
    Trial t;
    t.treatmentId = journal.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
    t.dose = 4.5;
    t.unit = QStringLiteral("mg");
    t.start = today.addDays(-19);
    t.rampUpDays = 3;
    FC_VERIFY_OK(journal.trials().saveTrial(t));
}

} // namespace

class TstInsightsSection : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    // Dark theme and large type chosen while the Insights are open: the page follows at once,
    // without a restart or a refresh by hand.
    void themeAndTypeSizeFollowAtOnce()
    {
        AppContext &context = *m_app.context;
        fillJournal(context.journal());
        context.settings().setTheme(Settings::Theme::Light);
        context.settings().setLargeType(false);
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *section = window.findChild<InsightsSection *>();
        window.showSection(QStringLiteral("insights"));
        QWebEnginePage *page = section->view()->page();
        QString text;
        QVERIFY2(waitForText(page, QStringLiteral("Did a treatment help?"), &text),
                 qPrintable(text));
        QVERIFY(!test::pageHtml(page).contains(QLatin1String("theme-dark")));
        context.settings().setTheme(Settings::Theme::Dark);
        context.settings().setLargeType(true);
        window.reader()->theme()->apply();
        QTRY_VERIFY_WITH_TIMEOUT(test::pageHtml(page).contains(QLatin1String("theme-dark")) &&
                                     test::pageHtml(page).contains(QLatin1String("large-type")),
                                 20000);
        context.settings().setTheme(Settings::Theme::Light);
        context.settings().setLargeType(false);
        window.reader()->theme()->apply();
    }

    void sectionShowsChartsResultsAndTrials()
    {
        AppContext &context = *m_app.context;
        fillJournal(context.journal());
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *section = window.findChild<InsightsSection *>();
        QVERIFY(section);

        window.showSection(QStringLiteral("insights"));
        QCOMPARE(window.currentSection(), QStringLiteral("insights"));
        QWebEnginePage *page = section->view()->page();
        QString text;
        QVERIFY2(waitForText(page, QStringLiteral("Did a treatment help?"), &text),
                 qPrintable(text));
        // Everyday words first; the statistics wait behind "The numbers, for your doctor".
        QVERIFY2(text.contains(QLatin1String("Your pain was 43% lower")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("it probably helped.")));
        QVERIFY(text.contains(QLatin1String("The numbers, for your doctor")));
        for (const char *jargon : {"IMMPACT", "p = ", "rank correlation", "95% interval"})
            QVERIFY2(!text.contains(QLatin1String(jargon)), jargon);
        QVERIFY(text.contains(QLatin1String("What this cannot tell")));
        QCOMPARE(section->symptomList()->count(), context.journal().symptoms().size() + 1);
        QCOMPARE(section->trialList()->count(), 1);
        // The first visit charts the symptoms that hold data: pain and fatigue.
        QCOMPARE(section->state().symptomKeys,
                 QStringList({QStringLiteral("pain"), QStringLiteral("fatigue")}));

        // Unchecking a symptom drops it; checking it again adds its chart and its result.
        QListWidgetItem *fatigue = section->symptomList()->item(1);
        QCOMPARE(fatigue->data(Qt::UserRole).toString(), QStringLiteral("fatigue"));
        fatigue->setCheckState(Qt::Unchecked);
        QTRY_COMPARE_WITH_TIMEOUT(section->state().symptomKeys, QStringList{QStringLiteral("pain")},
                                  10000);
        fatigue->setCheckState(Qt::Checked);
        QVERIFY2(waitForText(page, QStringLiteral("Your fatigue was about the same"), &text),
                 qPrintable(text));
        QCOMPARE(section->state().symptomKeys,
                 QStringList({QStringLiteral("pain"), QStringLiteral("fatigue")}));

        QCOMPARE(context.settings().insightsSeries(),
                 QStringList({QStringLiteral("pain"), QStringLiteral("fatigue")}));

        // The range picker changes the page's range line.
        section->rangeBox()->setCurrentIndex(0);
        const QString from =
            QLocale::c().toString(QDate::currentDate().addDays(-29), QStringLiteral("d MMM yyyy"));
        QVERIFY2(waitForText(page, from + QStringLiteral(" to "), &text), qPrintable(text));
        QCOMPARE(context.settings().insightsRange(), 0);

        // A trial opens its summary; its article link leads to the library.
        QListWidgetItem *trial = section->trialList()->item(0);
        emit section->trialList()->itemActivated(trial);
        QVERIFY2(waitForText(page, QStringLiteral("Read the article about"), &text),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Brain fog")));
        page->runJavaScript(QStringLiteral("document.querySelector('a[href^=\"fibro://app/"
                                           "article/\"]').click()"),
                            QWebEngineScript::ApplicationWorld);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentSection(), QStringLiteral("library"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentSlug(), QStringLiteral("low-dose-naltrexone"),
                                  10000);
    }

    void choicesAreRemembered()
    {
        AppContext &context = *m_app.context;
        context.settings().setInsightsSeries({QStringLiteral("mood"), QStringLiteral("sleep")});
        context.settings().setInsightsRange(2);
        MainWindow window(&context);
        window.show();
        auto *section = window.findChild<InsightsSection *>();
        window.showSection(QStringLiteral("insights"));
        QTRY_COMPARE_WITH_TIMEOUT(section->symptomList()->count(),
                                  context.journal().symptoms().size() + 1, 10000);
        const QStringList checked = checkedKeys(section);
        QCOMPARE(checked, QStringList({QStringLiteral("sleep"), QStringLiteral("mood")}));
        QCOMPARE(section->rangeBox()->currentIndex(), 2);
        QCOMPARE(section->state().range, ChartRange::Year);
    }

    void firstVisitOpensOnWhatWasLogged()
    {
        // An imported journal: only fatigue and mood, and the last day 200 days ago.
        test::TempDataDir dir;
        AppContext context(dir.path());
        FC_VERIFY_OK(context.initialize());
        for (int ago = 200; ago < 230; ++ago) {
            CheckIn c;
            c.day = QDate::currentDate().addDays(-ago);
            c.scores = {{QStringLiteral("fatigue"), 5}, {QStringLiteral("mood"), 6}};
            FC_VERIFY_OK(context.journal().saveCheckIn(c));
        }
        MainWindow window(&context);
        window.show();
        auto *section = window.findChild<InsightsSection *>();
        window.showSection(QStringLiteral("insights"));
        QTRY_COMPARE_WITH_TIMEOUT(section->symptomList()->count(),
                                  context.journal().symptoms().size() + 1, 10000);
        const QStringList checked = checkedKeys(section);
        QCOMPARE(checked, QStringList({QStringLiteral("fatigue"), QStringLiteral("mood")}));
        QCOMPARE(section->state().range, ChartRange::All);
    }

    void unknownPagesAreNotFound()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        const auto fetch = [&](const QString &name) {
            return context.content().fetch(QUrl(QStringLiteral("fibro://app/insights/") + name));
        };
        QVERIFY(fetch(QStringLiteral("overview.3")).found);
        QVERIFY(fetch(QStringLiteral("overview")).body.contains("Nothing logged yet"));
        QVERIFY(!fetch(QStringLiteral("trial-42")).found);
        QVERIFY(!fetch(QStringLiteral("trial-x")).found);
        QVERIFY(!fetch(QStringLiteral("secrets")).found);
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstInsightsSection)
#include "tst_insightssection.moc"
