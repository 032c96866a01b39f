#include "articles/markdownrenderer.h"
#include "testsuites.h"

#include <QtTest>

using namespace fc;

class TstMarkdownRenderer : public QObject
{
    Q_OBJECT
private slots:
    void headingsAndEmphasis()
    {
        const RenderedMarkdown r = MarkdownRenderer().render(QStringLiteral(
            "## Background\n\nSome *gentle* and **strong** words.\n\n## Take Home Thoughts\n"));
        QVERIFY(r.ok);
        QVERIFY(r.html.contains(QLatin1String("<h2 id=\"background\">Background</h2>")));
        QVERIFY(r.html.contains(QLatin1String("<em>gentle</em>")));
        QVERIFY(r.html.contains(QLatin1String("<strong>strong</strong>")));
        QCOMPARE(r.headings.size(), 2);
        QCOMPARE(r.headings[1].id, QStringLiteral("take-home-thoughts"));
        QCOMPARE(r.headings[1].level, 2);
    }

    void duplicateHeadingsGetDistinctIds()
    {
        const RenderedMarkdown r =
            MarkdownRenderer().render(QStringLiteral("## Study\n\n## Study\n"));
        QCOMPARE(r.headings[0].id, QStringLiteral("study"));
        QCOMPARE(r.headings[1].id, QStringLiteral("study-2"));
    }

    void scriptsAndJavascriptLinksDoNotSurvive_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("forbidden");
        QTest::newRow("script block")
            << QStringLiteral("<script>alert(1)</script>\n") << QStringLiteral("<script");
        QTest::newRow("inline script")
            << QStringLiteral("Hi <script>alert(1)</script>") << QStringLiteral("<script");
        QTest::newRow("javascript link")
            << QStringLiteral("[x](javascript:alert(1))") << QStringLiteral("javascript:");
        QTest::newRow("encoded javascript")
            << QStringLiteral("[x](JaVaScRiPt:alert(1))") << QStringLiteral("alert(1)");
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"http://evil\"></iframe>")
                                << QStringLiteral("<iframe");
        QTest::newRow("onerror attr")
            << QStringLiteral("<img src=x onerror=alert(1)>") << QStringLiteral("onerror");
        QTest::newRow("data link")
            << QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD4=)") << QStringLiteral("data:");
        QTest::newRow("remote image") << QStringLiteral("![chart](http://example.com/a.png)")
                                      << QStringLiteral("http://example.com");
    }
    void scriptsAndJavascriptLinksDoNotSurvive()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, forbidden);
        const RenderedMarkdown r = MarkdownRenderer().render(markdown);
        QVERIFY(r.ok);
        QVERIFY2(!r.html.contains(forbidden, Qt::CaseInsensitive), qPrintable(r.html));
    }

    void remoteImageBecomesNote()
    {
        const RenderedMarkdown r =
            MarkdownRenderer().render(QStringLiteral("![LDN chart](https://x.org/a.png)"));
        QVERIFY(r.html.contains(QLatin1String("Image not shown: LDN chart")));
        QVERIFY(!r.html.contains(QLatin1String("<img")));
    }

    void captionAndVideoConventions()
    {
        const RenderedMarkdown r = MarkdownRenderer().render(
            QStringLiteral("Text.\n\n[[caption: LDN and pain]]\n\n[[video: Part 1 of 3]]\n"));
        // The picture is not in the library, and the caption says so.
        QVERIFY(r.html.contains(QLatin1String("<figcaption><span class=\"label\">Picture not "
                                              "included:</span> LDN and pain</figcaption>")));
        QVERIFY(r.html.contains(QLatin1String("Video: available online only")));
        QVERIFY(r.html.contains(QLatin1String("Part 1 of 3")));
        QVERIFY(!r.html.contains(QLatin1String("[[")));
    }

    void captionTextIsEscaped()
    {
        const RenderedMarkdown r =
            MarkdownRenderer().render(QStringLiteral("[[caption: <b>x</b> & y]]"));
        QVERIFY(!r.html.contains(QLatin1String("<b>")));
    }

    void oversizedInputIsRefused()
    {
        const QString big = QStringLiteral("Plain words of a long page.\n\n").repeated(20000);
        QVERIFY(big.size() > MarkdownRenderer::maxInputBytes);
        const RenderedMarkdown r = MarkdownRenderer().render(big);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("The text is 567 KB; the largest that can be shown is "
                                         "512 KB. Split it into smaller pages (each section can "
                                         "be a file of its own)."));
        // A real library page of 400 KB is shown.
        QVERIFY(MarkdownRenderer().render(big.left(400 * 1024)).ok);
    }

    void cveInputFileIsRefusedForItsBrackets()
    {
        // The published reproducer, kept with the fuzz regressions: 80,000 times "![[]()", a
        // pattern quadratic in cmark 0.30.2 (CVE-2023-22486). It is under the size limit; its
        // 160,000 '[' in one block are not.
        QFile file(
            QStringLiteral(FC_SOURCE_DIR "/tests/fuzz/regressions/article/cve-2023-22486.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.size(), 480000);
        QVERIFY(bytes.startsWith("![[]()![[]()"));
        const RenderedMarkdown r = MarkdownRenderer().render(QString::fromUtf8(bytes));
        QVERIFY(!r.ok);
        QVERIFY(r.html.isEmpty());
        QCOMPARE(r.error, QStringLiteral("The text from line 1 has 160000 '[' with no blank line "
                                         "between them; the most that can be shown safely is "
                                         "8000. Add blank lines between its paragraphs."));
    }

    void bracketsAreCountedBetweenBlankLines()
    {
        // The count starts again after each blank line (spaces and tabs count as blank), and
        // the message names the line where the crowded block begins.
        const QString block = QStringLiteral("[").repeated(MarkdownRenderer::maxBracketsPerBlock);
        QVERIFY(MarkdownRenderer::refusal((block + QStringLiteral("\n \t\n") + block).toUtf8())
                    .isEmpty());
        const QString refused = MarkdownRenderer::refusal(
            (QStringLiteral("Intro\n\nMore\n") + block + QStringLiteral("[")).toUtf8());
        QVERIFY2(refused.startsWith(QStringLiteral("The text from line 3 has 8001 '['")),
                 qPrintable(refused));
    }

    void largestAllowedHostileInputStillRenders()
    {
        // As many brackets as a block may hold, in every block of the largest page allowed.
        const QString block =
            QStringLiteral("![[]()").repeated(MarkdownRenderer::maxBracketsPerBlock / 2) +
            QStringLiteral("\n\n");
        const QString hostile =
            block.repeated(int(MarkdownRenderer::maxInputBytes / block.toUtf8().size()));
        QVERIFY(MarkdownRenderer::refusal(hostile.toUtf8()).isEmpty());
        QVERIFY(MarkdownRenderer().render(hostile).ok);
    }
};

FC_CORE_TEST_MAIN(TstMarkdownRenderer)
#include "tst_markdownrenderer.moc"
