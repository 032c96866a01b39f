// The web engine starts when a web page is first needed, not with the window: Today, the
// Journal and the check-in are plain widgets. One process, so the cases run in order: first
// nothing starts, then the Library starts it. (tests/e2e/test_start_without_web_engine.sh checks
// the real binary's Today and --check-in starts.)
#include "appfixture.h"
#include "ui/insights/insightssection.h"
#include "ui/mainwindow.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notessection.h"
#include "ui/readersection.h"
#include "uitestmain.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QWebEngineView>
#include <unistd.h>

using namespace fc;

namespace {

// The helper processes the engine starts below this one, read from /proc.
int webEngineProcesses()
{
    int count = 0;
    const QString self = QString::number(getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const int close = line.lastIndexOf(')');
        const int open = line.indexOf('(');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        const QByteArray name = line.mid(open + 1, close - open - 1);
        if (fields.size() > 1 && fields[1] == self.toLatin1() && name.startsWith("QtWebEngine"))
            ++count;
    }
    return count;
}

} // namespace

class TstWebEngineStart : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_fixture.start()); }
    void cleanup() { m_fixture.stop(); }

    void todayJournalAndCheckInStartNoEngine()
    {
        MainWindow window(m_fixture.context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentSection(), QStringLiteral("today"));
        window.showSection(QStringLiteral("journal"));
        QTest::qWait(1500);
        QVERIFY(!window.reader()->hasView());
        QCOMPARE(webEngineProcesses(), 0);
    }

    void libraryStartsTheEngineAndShowsTheLastArticle()
    {
        m_fixture.context->settings().setLastArticle(QStringLiteral("low-dose-naltrexone"));
        MainWindow window(m_fixture.context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.reader()->hasView());
        QSignalSpy loaded(window.reader(), &ReaderSection::articleLoaded);
        window.showSection(QStringLiteral("library"));
        QVERIFY(window.reader()->hasView());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toString(), QStringLiteral("low-dose-naltrexone"));
        QCOMPARE(window.currentSlug(), QStringLiteral("low-dose-naltrexone"));
        QTRY_VERIFY_WITH_TIMEOUT(webEngineProcesses() > 0, 10000);
    }

    void insightsAndNotesMakeTheirViewsWhenShown()
    {
        MainWindow window(m_fixture.context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *insights = window.findChild<InsightsSection *>();
        QVERIFY(insights);
        auto *notes = window.findChild<NotesSection *>();
        QVERIFY(notes);
        QVERIFY(!insights->hasView());
        QVERIFY(!notes->editor()->hasPreview());
        window.showSection(QStringLiteral("insights"));
        QVERIFY(insights->hasView());
        QTRY_VERIFY_WITH_TIMEOUT(!insights->view()->url().isEmpty(), 10000);
        window.showSection(QStringLiteral("notes"));
        QVERIFY(notes->editor()->hasPreview());
    }

private:
    test::AppFixture m_fixture;
};

FC_UI_TEST_MAIN(TstWebEngineStart)
#include "tst_webenginestart.moc"
