// The reader's parts that only show on demand, walked like the rest of the window: the find bar,
// the full-text search results and the report after importing articles. Every control named,
// Tab in screen order and no text cut off, at normal size, large type (dark) and 200% text.

#include "accessibilitychecks.h"
#include "appfixture.h"
#include "testsupport.h"
#include "ui/access/appearance.h"
#include "ui/appcontext.h"
#include "ui/articleview.h"
#include "ui/findbar.h"
#include "ui/librarypanel.h"
#include "ui/librarysidebar.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"
#include "uitestmain.h"

#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>

using namespace fc;

namespace {

QStringList problemsIn(QWidget *root)
{
    QStringList problems = test::accessibilityProblems(root);
    problems << test::mnemonicClashes(root->window()) << test::clippedText(root);
    return problems;
}

QToolButton *toolButton(QWidget *parent, const QString &text)
{
    for (auto *b : parent->findChildren<QToolButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TstReaderAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void findBar_data() { test::AppFixture::addTextSizeRows(); }
    void findBar()
    {
        QFETCH(double, factor);
        MainWindow window(m_app.context.get());
        m_app.applyTextSize();
        window.resize(1280, 800); // a small laptop screen
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showSection(QStringLiteral("library"));
        FindBar *bar = window.reader()->findBar();
        bar->open();
        QTest::keyClicks(bar->field(), QStringLiteral("sleep")); // shows the clear button
        QTRY_VERIFY(!bar->status().isEmpty());
        // The bar makes room for the match count once its layout has caught up.
        QStringList problems;
        QTRY_VERIFY2((problems = problemsIn(bar)).isEmpty(), qPrintable(problems.join(u'\n')));
        const QList<QWidget *> expected{bar->field(), toolButton(bar, QStringLiteral("Previous")),
                                        toolButton(bar, QStringLiteral("Next")),
                                        toolButton(bar, QStringLiteral("Close"))};
        const QList<QWidget *> order = test::tabWalk(bar->field());
        problems = test::unnamedTabStops(order);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // From the bar, Tab goes on into the article and round the window; the bar's own stops
        // come first and in order.
        QVERIFY2(order.mid(0, expected.size()) == expected,
                 qPrintable(test::widgetNames(order).join(u", ")));

        // With the side panel as wide as it goes, the bar puts its buttons under the field
        // rather than cutting anything off.
        auto *splitter = window.findChild<QSplitter *>();
        splitter->setSizes({window.width(), 1});
        QTRY_VERIFY2((problems = problemsIn(bar)).isEmpty(), qPrintable(problems.join(u'\n')));
        if (factor > 1.0)
            QVERIFY(!bar->isOneRow());
        // Given the room, one row again, which 200% text does not fit on a small screen.
        splitter->setSizes({1, window.width()});
        if (factor < 2.0)
            QTRY_VERIFY(bar->isOneRow());
        QTRY_VERIFY2((problems = problemsIn(bar)).isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void searchResults_data() { test::AppFixture::addTextSizeRows(); }
    void searchResults()
    {
        MainWindow window(m_app.context.get());
        m_app.applyTextSize();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showSection(QStringLiteral("library"));
        LibraryPanel *panel = window.reader()->panel();
        panel->focusSearch();
        QTest::keyClicks(panel->searchField(), QStringLiteral("sleep"));
        QTRY_VERIFY(!panel->resultSlugs().isEmpty());
        QApplication::processEvents();
        QStringList problems = problemsIn(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Down the panel as it is on screen: the box, the topics, the results, then the article.
        const QList<QWidget *> order = test::tabWalk(panel->searchField());
        const QStringList names = test::widgetNames(order);
        const QList<QWidget *> expected{panel->searchField(), window.sidebar(), panel->results(),
                                        window.articleView()};
        QVERIFY2(order.mid(0, expected.size()) == expected, qPrintable(names.join(u", ")));
        problems = test::unnamedTabStops(order);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void importReport_data() { test::AppFixture::addTextSizeRows(); }
    void importReport()
    {
        test::TempDataDir source;
        QFile good(source.filePath(QStringLiteral("pacing.md")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("---\ntitle: Pacing\nslug: pacing\n---\n\nRest before you are tired.\n");
        good.close();
        MainWindow window(m_app.context.get());
        m_app.applyTextSize();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QStringList problems;
        bool shown = false;
        QTimer::singleShot(0, &window, [&] {
            QMessageBox *box = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                        return box && box->isActiveWindow();
                    },
                    10000))
                return;
            shown = true;
            problems = problemsIn(box);
            // The details, with the file that failed and why, are named and fit too.
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::ActionRole)
                    b->click();
            QApplication::processEvents();
            problems << problemsIn(box);
            const QList<QWidget *> order = test::tabWalk(box->button(QMessageBox::Ok));
            problems << test::unnamedTabStops(order);
            if (order.size() < 2)
                problems << QStringLiteral("Tab reaches only %1")
                                .arg(test::widgetNames(order).join(u", "));
            box->accept();
        });
        window.reader()->importArticles(
            {good.fileName(), source.filePath(QStringLiteral("gone.md"))});
        QVERIFY(shown);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(m_app.context->library().find(QStringLiteral("pacing")));
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstReaderAccessibility)
#include "tst_readeraccessibility.moc"
