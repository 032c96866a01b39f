// The fuzz targets' safety check reads markup, not text: it must flag what a browser would run and
// nothing that is only visible text.
#include "markupcheck.h"
#include "testsuites.h"

#include <QTest>

using fc::fuzz::unsafeMarkup;

class TstMarkupCheck : public QObject
{
    Q_OBJECT
private slots:
    void safe_data();
    void safe();
    void unsafe_data();
    void unsafe();
};

void TstMarkupCheck::safe_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("text with onl=y") << "<p>but onl=y in focus</p>";
    QTest::newRow("text with onclick=") << "<p>type onclick=\"x\" to see</p>";
    QTest::newRow("escaped script") << "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>";
    QTest::newRow("comment") << "<!-- <script>x</script> --><p>hi</p>";
    QTest::newRow("quoted value with markup") << "<a title=\"<script> onload=x\" href=\"#a\">a</a>";
    QTest::newRow("plain link") << "<a href=\"fibro://app/article/ldn\">LDN</a>";
    QTest::newRow("csp meta") << "<meta http-equiv=\"Content-Security-Policy\" "
                                 "content=\"default-src 'none'; script-src 'none'\">";
    QTest::newRow("lone less-than") << "<p>pain < 3 and 2<5</p>";
    QTest::newRow("data word in text") << "<p>data: javascript: are words here</p>";
}

void TstMarkupCheck::safe()
{
    QFETCH(QString, html);
    QCOMPARE(unsafeMarkup(html), QString());
}

void TstMarkupCheck::unsafe_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("script") << "<p>x</p><SCRIPT>alert(1)</SCRIPT>";
    QTest::newRow("style") << "<style>p{}</style>";
    QTest::newRow("iframe") << "<iframe src=\"x\"></iframe>";
    QTest::newRow("form input") << "<form><input name=a></form>";
    QTest::newRow("handler") << "<img src=\"a.png\" onerror=\"alert(1)\">";
    QTest::newRow("unquoted handler") << "<div onmouseover=alert(1)>x</div>";
    QTest::newRow("javascript href") << "<a href=\"javascript:alert(1)\">x</a>";
    QTest::newRow("spaced scheme") << "<a href=\" JaVa\tScript:alert(1)\">x</a>";
    QTest::newRow("entity scheme") << "<a href=\"&#106;avascript&colon;x\">x</a>";
    QTest::newRow("hex entity scheme") << "<a href='&#x6a;avascript:x'>x</a>";
    QTest::newRow("data src") << "<img src=data:text/html,x>";
    QTest::newRow("vbscript") << "<a href=\"vbscript:x\">x</a>";
}

void TstMarkupCheck::unsafe()
{
    QFETCH(QString, html);
    QVERIFY(!unsafeMarkup(html).isEmpty());
}

FC_CORE_TEST_MAIN(TstMarkupCheck)
#include "tst_markupcheck.moc"
