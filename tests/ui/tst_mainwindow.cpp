#include "appfixture.h"
#include "articles/articlelibrary.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/articleview.h"
#include "ui/librarysidebar.h"
#include "ui/mainwindow.h"
#include "ui/web/requestinterceptor.h"
#include "ui/web/webprofile.h"
#include "uitestmain.h"
#include "webpagehelpers.h"

#include <QSignalSpy>
#include <QWebEnginePage>

using namespace fc;
using fc::test::pageText;
using fc::test::waitForLoad;

namespace {} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void windowShowsSidebarAndLoadsArticles()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList slugs = window.sidebar()->articleSlugs();
        QCOMPARE(slugs.size(), context.library().articles().size());
        QVERIFY(slugs.contains(QStringLiteral("low-dose-naltrexone")));

        QWebEnginePage *page = window.articleView()->page();
        window.openArticle(QStringLiteral("low-dose-naltrexone"));
        QTRY_COMPARE_WITH_TIMEOUT(
            page->title(),
            QStringLiteral("Low Dose Naltrexone (LDN): Possibly a Major Breakthrough"), 30000);
        QVERIFY(window.windowTitle().startsWith(QLatin1String("Low Dose Naltrexone")));
        // Elsewhere the title names the section, not the article left open in the library.
        window.showSection(QStringLiteral("journal"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Journal — Fibro Companion"));
        window.showSection(QStringLiteral("library"));
        QVERIFY(window.windowTitle().startsWith(QLatin1String("Low Dose Naltrexone")));
        QCOMPARE(window.currentSlug(), QStringLiteral("low-dose-naltrexone"));
        // The title can arrive before the body is laid out; poll the text.
        QTRY_VERIFY_WITH_TIMEOUT(
            pageText(page).contains(QLatin1String("Thirty one women with Fibromyalgia")), 20000);
        QVERIFY(pageText(page).contains(QLatin1String("not medical advice")));

        QCOMPARE(context.webProfile()->interceptor()->blockedCount(), 0);
        QVERIFY(context.webProfile()->interceptor()->allowedCount() > 0);
    }

    void interceptorBlocksEverythingOutsideTheScheme()
    {
        AppContext &context = *m_app.context;
        RequestInterceptor *interceptor = context.webProfile()->interceptor();
        // Subresources of an app page never even reach the interceptor: the scheme is local and
        // local content may not load remote URLs. No CSP here on purpose.
        const QUrl probe = context.content().addGenerated(QStringLiteral(
            "<!DOCTYPE html><title>probe</title><img src=\"http://127.0.0.1:9/a.png\">"
            "<link rel=\"stylesheet\" href=\"https://127.0.0.1:9/s.css\">"
            "<iframe src=\"http://127.0.0.1:9/\"></iframe>"));
        QWebEnginePage page(context.webProfile()->profile());
        page.load(probe);
        QVERIFY(waitForLoad(&page));
        QCOMPARE(page.title(), QStringLiteral("probe"));
        const int allowedAfterProbe = interceptor->allowedCount();
        // Top-level loads do reach it, and it refuses them.
        const QStringList outside{
            QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("https://127.0.0.1:9/x"),
            QStringLiteral("ftp://127.0.0.1:9/y"), QStringLiteral("file:///etc/hostname")};
        for (const QString &url : outside) {
            page.load(QUrl(url));
            QVERIFY(!waitForLoad(&page));
        }
        QTRY_VERIFY_WITH_TIMEOUT(interceptor->blockedCount() >= 3, 10000);
        QCOMPARE(interceptor->allowedCount(), allowedAfterProbe);
    }

    void unknownSchemeUrlIs404()
    {
        AppContext &context = *m_app.context;
        QWebEnginePage page(context.webProfile()->profile());
        page.load(QUrl(QStringLiteral("fibro://app/web/%2e%2e/%2e%2e/etc/passwd")));
        QVERIFY(!waitForLoad(&page));
        QVERIFY(!pageText(&page).contains(QLatin1String("root:")));
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
