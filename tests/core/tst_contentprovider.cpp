#include "articles/articlelibrary.h"
#include "articles/contentprovider.h"
#include "core/appurl.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QTest>

using namespace fc;

namespace {

// Content that exists outside the library: a file on disk and a compiled-in resource outside
// :/web. A traversal that worked would return one of them.
const QByteArray kSecret("fc-secret-7d1f3a");

} // namespace

class TstContentProvider : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        FC_VERIFY_OK(m_library.loadBundled());
        QVERIFY(m_secretDir.isValid());
        QFile secret(m_secretDir.filePath(QStringLiteral("secret.css")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(kSecret);
    }

    void knownContentIsServed()
    {
        ContentProvider content(&m_library);
        const WebReply css = content.fetch(QUrl(QStringLiteral("fibro://app/web/article.css")));
        QVERIFY(css.found);
        QCOMPARE(css.mimeType, QByteArrayLiteral("text/css"));
        QVERIFY(!css.body.isEmpty());
        const WebReply article =
            content.fetch(QUrl(QStringLiteral("fibro://app/article/low-dose-naltrexone")));
        QVERIFY(article.found);
        QVERIFY(article.body.contains("Low Dose Naltrexone"));
    }

    void traversalIsNotFound_data()
    {
        QTest::addColumn<QString>("url");
        const QString secretPath = m_secretDir.filePath(QStringLiteral("secret.css"));
        const QString encodedPath = QString::fromLatin1(QUrl::toPercentEncoding(secretPath));
        const QString name129(129, u'a');
        const struct
        {
            const char *tag;
            QString url;
        } cases[] = {
            {"dot-dot", "fibro://app/web/../../../etc/passwd"},
            {"dot-dot in name", "fibro://app/web/..article.css"},
            {"dot-dot resource", "fibro://app/web/../data/topics.json"},
            {"encoded dots", "fibro://app/web/%2e%2e/%2e%2e/etc/passwd"},
            {"encoded dots upper", "fibro://app/web/%2E%2E%2Fdata%2Ftopics.json"},
            {"encoded slash", "fibro://app/web/..%2f..%2fetc%2fpasswd"},
            {"double encoded", "fibro://app/web/%252e%252e%252fetc%252fpasswd"},
            {"encoded backslash", "fibro://app/web/..%5c..%5cetc%5cpasswd"},
            {"backslash", R"(fibro://app/web/..\..\etc\passwd)"},
            {"absolute", "fibro://app/web/" + secretPath},
            {"absolute encoded", "fibro://app/web/" + encodedPath},
            {"double slash", "fibro://app/web//etc/passwd"},
            {"empty section", "fibro://app//web/article.css"},
            {"resource prefix", "fibro://app/web/:%2Fdata%2Ftopics.json"},
            {"nul byte", "fibro://app/web/article.css%00.png"},
            {"overlong name", "fibro://app/article/" + name129},
            {"overlong css", "fibro://app/web/" + name129 + ".css"},
            {"article traversal", "fibro://app/article/..%2f..%2fetc%2fpasswd"},
            {"unknown section", "fibro://app/etc/passwd"},
            {"other host", "fibro://evil/web/article.css"},
            {"user info", "fibro://user@app/web/article.css"},
            {"port", "fibro://app:80/web/article.css"},
            {"file scheme", "file:///etc/passwd"},
            {"file scheme secret", QUrl::fromLocalFile(secretPath).toString()},
            {"upper-case section", "fibro://app/WEB/article.css"},
            {"dot name", "fibro://app/web/."},
        };
        for (const auto &c : cases)
            QTest::newRow(c.tag) << c.url;
    }
    void traversalIsNotFound()
    {
        QFETCH(QString, url);
        ContentProvider content(&m_library);
        content.addRoute(QStringLiteral("echo"),
                         [](const QString &name) { return WebReply::html(name); });
        const WebReply reply = content.fetch(QUrl(url));
        QVERIFY2(!reply.found, qPrintable(url));
        QVERIFY(reply.body.isEmpty());
        QVERIFY(reply.mimeType.isEmpty());
    }

    void longestNameIsAcceptedButUnknown()
    {
        ContentProvider content(&m_library);
        const QUrl url(QStringLiteral("fibro://app/article/") + QString(128, u'a'));
        QVERIFY(AppUrl::parse(url, nullptr));
        QVERIFY(!content.fetch(url).found);
    }

    void routesOnlySeeCheckedNames()
    {
        ContentProvider content(&m_library);
        QStringList seen;
        content.addRoute(QStringLiteral("insights"), [&seen](const QString &name) {
            seen << name;
            return WebReply::html(name);
        });
        QVERIFY(content.fetch(QUrl(QStringLiteral("fibro://app/insights/chart-1.svg"))).found);
        QVERIFY(!content.fetch(QUrl(QStringLiteral("fibro://app/insights/%2e%2e%2fx"))).found);
        QVERIFY(!content.fetch(QUrl(QStringLiteral("fibro://app/insights/a%5cb"))).found);
        QCOMPARE(seen, QStringList{QStringLiteral("chart-1.svg")});
    }

private:
    ArticleLibrary m_library;
    QTemporaryDir m_secretDir;
};

FC_CORE_TEST_MAIN(TstContentProvider)
#include "tst_contentprovider.moc"
