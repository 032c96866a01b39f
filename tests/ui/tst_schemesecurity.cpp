#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/web/requestinterceptor.h"
#include "ui/web/webprofile.h"
#include "uitestmain.h"
#include "webpagehelpers.h"

#include <QSignalSpy>
#include <QWebEnginePage>
#include <memory>

using namespace fc;
using fc::test::pageHtml;

namespace {

const QByteArray kSecret("fc-secret-5b0e92");

bool loadSucceeds(QWebEnginePage *page, const QUrl &url)
{
    QSignalSpy spy(page, &QWebEnginePage::loadFinished);
    page->load(url);
    if (!spy.wait(30000))
        qFatal("no loadFinished for %s", qPrintable(url.toString()));
    return spy.first().first().toBool();
}

} // namespace

// The fibro:// scheme as the web view sees it: Chromium normalises URLs before our handler
// gets them, so the traversal attempts are checked end to end, not only in ContentProvider.
class TstSchemeSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_secretDir.isValid());
        QFile secret(m_secretDir.filePath(QStringLiteral("secret.css")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(kSecret);
        m_context = std::make_unique<AppContext>(m_dataDir.path());
        QVERIFY(m_context->initialize());
    }

    void traversalUrlsFailToLoad_data()
    {
        QTest::addColumn<QString>("url");
        const QString secret = m_secretDir.filePath(QStringLiteral("secret.css"));
        QTest::newRow("dot-dot") << QStringLiteral("fibro://app/web/../../etc/passwd");
        QTest::newRow("encoded dots") << QStringLiteral("fibro://app/web/%2e%2e/%2e%2e/etc/passwd");
        QTest::newRow("encoded slash")
            << QStringLiteral("fibro://app/web/..%2f..%2f..%2fetc%2fpasswd");
        QTest::newRow("encoded backslash")
            << QStringLiteral("fibro://app/web/..%5c..%5cetc%5cpasswd");
        QTest::newRow("backslash") << QStringLiteral(R"(fibro://app/web/..\..\etc\passwd)");
        QTest::newRow("absolute") << QStringLiteral("fibro://app/web/") + secret;
        QTest::newRow("absolute encoded")
            << QStringLiteral("fibro://app/web/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(secret));
        QTest::newRow("resource outside web")
            << QStringLiteral("fibro://app/web/..%2fdata%2ftopics.json");
        QTest::newRow("overlong") << QStringLiteral("fibro://app/article/") + QString(4000, u'a');
    }
    void traversalUrlsFailToLoad()
    {
        QFETCH(QString, url);
        QWebEnginePage page(m_context->webProfile()->profile());
        QVERIFY2(!loadSucceeds(&page, QUrl(url)), qPrintable(url));
        const QString html = pageHtml(&page);
        QVERIFY(!html.contains(QLatin1String(kSecret)));
        QVERIFY(!html.contains(QLatin1String("root:")));
        QVERIFY(!html.contains(QLatin1String("\"groups\""))); // topics.json
        QCOMPARE(m_context->webProfile()->interceptor()->blockedCount(), 0);
    }

    void realContentStillLoads()
    {
        QWebEnginePage page(m_context->webProfile()->profile());
        QVERIFY(loadSucceeds(&page, QUrl(QStringLiteral("fibro://app/web/article.css"))));
        QVERIFY(
            loadSucceeds(&page, QUrl(QStringLiteral("fibro://app/article/low-dose-naltrexone"))));
    }

    void cleanupTestCase() { m_context.reset(); }

private:
    QTemporaryDir m_secretDir;
    test::TempDataDir m_dataDir;
    std::unique_ptr<AppContext> m_context;
};

FC_UI_TEST_MAIN(TstSchemeSecurity)
#include "tst_schemesecurity.moc"
