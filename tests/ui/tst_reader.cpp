#include "appfixture.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/articleview.h"
#include "ui/findbar.h"
#include "ui/librarypanel.h"
#include "ui/librarysidebar.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"
#include "ui/sidebarrow.h"
#include "ui/web/requestinterceptor.h"
#include "ui/web/webprofile.h"
#include "uitestmain.h"
#include "webpagehelpers.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidgetItemIterator>
#include <QUrlQuery>
#include <QWebEngineScript>

using namespace fc;
using fc::test::pageHtml;
using fc::test::runScript;

namespace {

bool waitForArticle(ReaderSection *reader, const QString &slug)
{
    QSignalSpy spy(reader, &ReaderSection::articleLoaded);
    return QTest::qWaitFor(
        [&] {
            for (const auto &args : spy)
                if (args.first().toString() == slug)
                    return true;
            return false;
        },
        30000);
}

QAction *findAction(MainWindow *window, const QString &objectName)
{
    return window->findChild<QAction *>(objectName);
}

} // namespace

class TstReader : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void filterBoxNarrowsTheTree()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        LibraryPanel *panel = window.reader()->panel();
        QCOMPARE(window.sidebar()->visibleSlugs().size(), 7);
        QTest::keyClicks(panel->searchField(), QStringLiteral("magnes"));
        QTRY_COMPARE(window.sidebar()->visibleSlugs(),
                     QStringList{QStringLiteral("magnesium-threonate-brain-fog")});
        // A topic name matches every article under it.
        panel->setQuery(QStringLiteral("cannabis"));
        QCOMPARE(window.sidebar()->visibleSlugs(),
                 QStringList{QStringLiteral("medical-marijuana-fibromyalgia")});
        // A word in many titles lists each article once: "Recently read" steps aside and an
        // article under several topics is listed under the first.
        window.sidebar()->setRecent({QStringLiteral("flexeril-fibromyalgia-pain-sleep-fatigue")});
        panel->setQuery(QStringLiteral("fibromyalgia"));
        QVERIFY(window.sidebar()->recentGroup()->isHidden());
        QStringList rows;
        for (QTreeWidgetItemIterator it(window.sidebar()); *it; ++it) {
            const QString slug = (*it)->data(0, Qt::UserRole + 1).toString();
            if (!slug.isEmpty() && !(*it)->isHidden() && !(*it)->parent()->isHidden())
                rows << slug;
        }
        QVERIFY(rows.size() >= 2);
        QCOMPARE(QSet<QString>(rows.begin(), rows.end()).size(), rows.size());
        panel->setQuery(QStringLiteral("zzz-nothing"));
        QVERIFY(window.sidebar()->visibleSlugs().isEmpty());
        QTest::keyClick(panel->searchField(), Qt::Key_Escape);
        QCOMPARE(panel->query(), QString());
        QCOMPARE(window.sidebar()->visibleSlugs().size(), 7);
    }

    void keyboardOpensFromTheTree()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LibrarySidebar *tree = window.sidebar();
        window.reader()->panel()->setQuery(QStringLiteral("Flexeril"));
        QTest::keyClick(window.reader()->panel()->searchField(), Qt::Key_Down);
        // Full-text results take the focus first when there are any.
        QListWidget *results = window.reader()->panel()->results();
        QVERIFY(results->hasFocus());
        QTest::keyClick(results, Qt::Key_Return);
        QTRY_COMPARE(window.currentSlug(),
                     QStringLiteral("flexeril-fibromyalgia-pain-sleep-fatigue"));

        window.reader()->panel()->setQuery(QString());
        tree->setFocus();
        tree->setCurrentItem(nullptr);
        const QStringList slugs = tree->articleSlugs();
        // Moving does not open; Enter does.
        tree->topLevelItem(1)->child(0)->setExpanded(true);
        tree->setCurrentItem(tree->topLevelItem(1)->child(0));
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(window.currentSlug(), QStringLiteral("flexeril-fibromyalgia-pain-sleep-fatigue"));
        const QString chosen = tree->currentItem()->data(0, Qt::UserRole + 1).toString();
        QVERIFY(!chosen.isEmpty());
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(window.currentSlug(), chosen);
        // The open article is shown in bold wherever it is listed.
        QVERIFY(tree->currentItem()->font(0).bold());
    }

    void recentlyReadGroupListsNewestFirstAndPersists()
    {
        AppContext &context = *m_app.context;
        {
            MainWindow window(&context);
            // The article view is made on first use, and then opens the first article.
            window.articleView();
            QVERIFY(!window.currentSlug().isEmpty());
            QVERIFY(waitForArticle(window.reader(), window.currentSlug()));
            window.openArticle(QStringLiteral("low-dose-naltrexone"));
            QVERIFY(waitForArticle(window.reader(), QStringLiteral("low-dose-naltrexone")));
            window.openArticle(QStringLiteral("medical-marijuana-fibromyalgia"));
            QVERIFY(
                waitForArticle(window.reader(), QStringLiteral("medical-marijuana-fibromyalgia")));
            QCOMPARE(window.sidebar()->recentSlugs().mid(0, 2),
                     (QStringList{QStringLiteral("medical-marijuana-fibromyalgia"),
                                  QStringLiteral("low-dose-naltrexone")}));
            QCOMPARE(window.sidebar()->topLevelItem(0), window.sidebar()->recentGroup());
            window.close();
        }
        MainWindow again(&context);
        QCOMPARE(again.sidebar()->recentSlugs().first(),
                 QStringLiteral("medical-marijuana-fibromyalgia"));
        QCOMPARE(again.currentSlug(), QStringLiteral("medical-marijuana-fibromyalgia"));
    }

    void themeAndLargeTypeRerenderThePage()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.openArticle(QStringLiteral("low-dose-naltrexone"));
        QVERIFY(waitForArticle(window.reader(), QStringLiteral("low-dose-naltrexone")));
        QWebEnginePage *page = window.articleView()->page();
        QVERIFY(pageHtml(page).contains(QLatin1String("class=\"theme-light\"")));

        QAction *dark =
            findAction(&window, QStringLiteral("theme-%1").arg(int(Settings::Theme::Dark)));
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(context.settings().theme(), Settings::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QTRY_VERIFY_WITH_TIMEOUT(pageHtml(page).contains(QLatin1String("theme-dark")), 20000);

        QAction *large = findAction(&window, QStringLiteral("large-type"));
        QVERIFY(large);
        large->trigger();
        QVERIFY(context.settings().largeType());
        QTRY_VERIFY_WITH_TIMEOUT(pageHtml(page).contains(QLatin1String("theme-dark large-type")),
                                 20000);

        findAction(&window, QStringLiteral("theme-%1").arg(int(Settings::Theme::Light)))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pageHtml(page).contains(QLatin1String("theme-light large-type")),
                                 20000);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    }

    void findBarFindsAndEscCloses()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(QStringLiteral("low-dose-naltrexone"));
        QVERIFY(waitForArticle(window.reader(), QStringLiteral("low-dose-naltrexone")));
        FindBar *bar = window.reader()->findBar();
        QVERIFY(bar->isHidden());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->field()->hasFocus());
        QTest::keyClicks(bar->field(), QStringLiteral("Stanford"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->status().startsWith(QLatin1String("1 of ")), 10000);
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(bar->status().startsWith(QLatin1String("2 of ")), 10000);
        bar->field()->setText(QStringLiteral("zzqqxx"));
        QTRY_COMPARE_WITH_TIMEOUT(bar->status(), QStringLiteral("Not found"), 10000);
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(bar->isHidden());
    }

    void searchHitOpensWithMarkedTermsScrolledIntoView()
    {
        AppContext &context = *m_app.context;
        QVERIFY(context.articleIndex());
        MainWindow window(&context);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LibraryPanel *panel = window.reader()->panel();
        panel->focusSearch();
        QTest::keyClicks(panel->searchField(), QStringLiteral("kidney"));
        // Typing searches after a pause, not at every letter.
        QVERIFY(panel->resultSlugs().isEmpty());
        QTRY_COMPARE(panel->resultSlugs(),
                     QStringList{QStringLiteral("magnesium-threonate-brain-fog")});
        QVERIFY(panel->results()
                    ->item(0)
                    ->data(Qt::UserRole + 10)
                    .toString()
                    .contains(QLatin1String("<mark>kidney</mark>")));
        // The tree above lists every article the results count, not only title matches.
        QStringList listed;
        for (QTreeWidgetItemIterator it(panel->sidebar()); *it; ++it)
            if ((*it)->type() == ArticleRow::RowType && !(*it)->isHidden())
                listed << (*it)->text(0);
        QCOMPARE(listed, QStringList{panel->results()->item(0)->text()});
        QVERIFY2(panel->resultsText().contains(QLatin1String("Found in the text of 1 article")),
                 qPrintable(panel->resultsText()));
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QVERIFY(waitForArticle(window.reader(), QStringLiteral("magnesium-threonate-brain-fog")));
        // The tree's selection is the article open, never another one.
        QVERIFY(panel->sidebar()->currentItem());
        QCOMPARE(panel->sidebar()->currentItem()->text(0), listed.first());
        QWebEnginePage *page = window.articleView()->page();
        QCOMPARE(QUrlQuery(page->url()).queryItemValue(QStringLiteral("highlight")),
                 QStringLiteral("kidney"));
        const QString html = pageHtml(page);
        QVERIFY(html.contains(QLatin1String("<mark class=\"hit\" id=\"first-hit\">kidney</mark>")));
        // "kidney" is far down the article: the fragment scrolled to it.
        QTRY_VERIFY_WITH_TIMEOUT(page->scrollPosition().y() > 200, 10000);
        const double top = runScript(page, QStringLiteral("document.getElementById('first-hit')"
                                                          ".getBoundingClientRect().top"))
                               .toDouble();
        QVERIFY2(top >= 0 && top < page->contentsSize().height(), qPrintable(QString::number(top)));
    }

    void scrollPositionComesBackAfterRestart()
    {
        AppContext &context = *m_app.context;
        double saved = 0;
        {
            MainWindow window(&context);
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openArticle(QStringLiteral("medical-marijuana-fibromyalgia"));
            QVERIFY(
                waitForArticle(window.reader(), QStringLiteral("medical-marijuana-fibromyalgia")));
            QWebEnginePage *page = window.articleView()->page();
            // Page scripts are off, but the app's own ApplicationWorld scripts run.
            QCOMPARE(runScript(page, QStringLiteral("1 + 1")).toInt(), 2);
            runScript(page, QStringLiteral(
                                "window.scrollTo(0, 0.5 * document.documentElement.scrollHeight)"));
            QTRY_VERIFY_WITH_TIMEOUT(page->scrollPosition().y() > 100, 10000);
            saved = window.reader()->scrollFraction();
            QVERIFY(saved > 0.3 && saved < 0.7);
            window.close();
        }
        QCOMPARE(context.settings().lastArticle(),
                 QStringLiteral("medical-marijuana-fibromyalgia"));
        QVERIFY(qAbs(context.settings().scrollPosition(
                         QStringLiteral("medical-marijuana-fibromyalgia")) -
                     saved) < 0.01);
        MainWindow again(&context);
        again.resize(1000, 700);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        // The app opens on Today, without the article view; the Library makes it and opens the
        // article at the remembered place.
        QCOMPARE(again.currentSection(), QStringLiteral("today"));
        QVERIFY(!again.reader()->hasView());
        QSignalSpy loaded(again.reader(), &ReaderSection::articleLoaded);
        again.showSection(QStringLiteral("library"));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toString(),
                 QStringLiteral("medical-marijuana-fibromyalgia"));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(again.reader()->scrollFraction() - saved) < 0.02, 10000);
    }

    void trackLinkEmitsTheTreatmentKey()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy track(window.reader(), &ReaderSection::trackTreatmentRequested);
        window.openArticle(QStringLiteral("low-dose-naltrexone"));
        QVERIFY(waitForArticle(window.reader(), QStringLiteral("low-dose-naltrexone")));
        QWebEnginePage *page = window.articleView()->page();
        runScript(page, QStringLiteral(
                            "document.querySelector('a.track').scrollIntoView({block: 'center'})"));
        QTest::qWait(300);
        const QVariantList rect =
            runScript(
                page,
                QStringLiteral(
                    "(function(){var r=document.querySelector('a.track').getBoundingClientRect();"
                    "return [r.left + 5, r.top + r.height / 2];})()"))
                .toList();
        QCOMPARE(rect.size(), 2);
        const double zoom = window.articleView()->zoomFactor();
        QWidget *target = window.articleView()->focusProxy();
        QVERIFY(target);
        QTest::mouseClick(target, Qt::LeftButton, {},
                          QPoint(int(rect[0].toDouble() * zoom), int(rect[1].toDouble() * zoom)));
        // The journal answers with a modal "new trial" dialog; note it and close it.
        QString dialogTitle;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                dialogTitle = modal->windowTitle();
                modal->close();
            }
        });
        closer.start(100);
        QTRY_COMPARE_WITH_TIMEOUT(track.size(), 1, 10000);
        QCOMPARE(track.first().first().toString(), QStringLiteral("low-dose-naltrexone"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialogTitle.isEmpty(), 10000);
        closer.stop();
        QCOMPARE(window.currentSlug(), QStringLiteral("low-dose-naltrexone"));
    }

    void hostileImportedArticleRunsAndFetchesNothing()
    {
        test::TempDataDir dir;
        test::TempDataDir source;
        QFile file(source.filePath(QStringLiteral("hostile.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: Hostile\nslug: hostile\n---\n\n"
                   "Before <script>document.title='pwned'</script> after.\n\n"
                   "<iframe src=\"http://127.0.0.1:9/frame\"></iframe>\n\n"
                   "<img src=\"http://127.0.0.1:9/pixel.png\">\n\n"
                   "![remote](http://127.0.0.1:9/md.png)\n\n"
                   "[js](javascript:document.title='pwned') and "
                   "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and "
                   "<a href=\"javascript:alert(1)\">raw</a>\n\n"
                   "<style>body{background:url(http://127.0.0.1:9/bg.png)}</style>\n\n"
                   "Safe words at the end.\n");
        file.close();
        AppContext context(dir.path());
        QVERIFY(context.initialize());
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.reader()->importArticles({file.fileName()});
        QVERIFY(context.library().find(QStringLiteral("hostile")));
        QVERIFY(waitForArticle(window.reader(), QStringLiteral("hostile")));
        QWebEnginePage *page = window.articleView()->page();
        QTRY_COMPARE_WITH_TIMEOUT(page->title(), QStringLiteral("Hostile"), 10000);
        QTest::qWait(500);
        QCOMPARE(page->title(), QStringLiteral("Hostile"));
        const QString html = pageHtml(page);
        QVERIFY(html.contains(QLatin1String("Safe words at the end.")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<iframe"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<style>body"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("src=\"http"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("href=\"javascript:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("href=\"data:"), Qt::CaseInsensitive));
        QCOMPARE(runScript(page, QStringLiteral("document.scripts.length")).toInt(), 0);
        QCOMPARE(runScript(page, QStringLiteral(
                                     "document.querySelectorAll('iframe, object, embed').length"))
                     .toInt(),
                 0);
        QCOMPARE(
            runScript(
                page,
                QStringLiteral(
                    "Array.from(document.images).filter(i => !i.src.startsWith('fibro:')).length"))
                .toInt(),
            0);
        QCOMPARE(context.webProfile()->interceptor()->blockedCount(), 0);
        // It is searchable at once, and removable again.
        QCOMPARE(fc::test::valueOf(context.articleIndex()->search(QStringLiteral("safe words")))
                     .first()
                     .slug,
                 QStringLiteral("hostile"));
        FC_VERIFY_OK(window.reader()->removeArticle(QStringLiteral("hostile")));
        QVERIFY(!context.library().find(QStringLiteral("hostile")));
        QVERIFY(fc::test::valueOf(context.articleIndex()->search(QStringLiteral("safe words")))
                    .isEmpty());
        QVERIFY(!window.sidebar()->articleSlugs().contains(QStringLiteral("hostile")));
        QVERIFY(window.currentSlug() != QStringLiteral("hostile"));
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstReader)
#include "tst_reader.moc"
