#include "export/articlenotes.h"
#include "testsuites.h"

#include <QtTest>

using namespace fc;

class TstArticleNotes : public QObject
{
    Q_OBJECT
private slots:
    void marksAPassageInsideOneParagraph()
    {
        const QString html = QStringLiteral("<p>Low doses help some people sleep.</p>");
        int found = 0;
        QCOMPARE(ArticleNotes::highlight(html, QStringLiteral("help some"), &found),
                 QStringLiteral("<p>Low doses <mark class=\"note-quote\">help some</mark> people "
                                "sleep.</p>"));
        QCOMPARE(found, 1);
    }

    void marksAcrossInlineTagsAndBlocksWithoutCuttingTags()
    {
        const QString html =
            QStringLiteral("<p>Take <em>4.5&nbsp;mg</em> at night.</p>\n<p>Then wait.</p>");
        // selectedText() gives a newline between paragraphs and a plain space for &nbsp;.
        const QString out =
            ArticleNotes::highlight(html, QStringLiteral("4.5 mg at night.\nThen"), nullptr);
        QCOMPARE(out, QStringLiteral("<p>Take <em><mark class=\"note-quote\">4.5&nbsp;mg</mark>"
                                     "</em><mark class=\"note-quote\"> at night.</mark></p>\n"
                                     "<p><mark class=\"note-quote\">Then</mark> wait.</p>"));
    }

    void decodesEntitiesAndMarksEveryOccurrence()
    {
        const QString html = QStringLiteral("<p>A &amp; B, then A &amp; B.</p>");
        int found = 0;
        const QString out = ArticleNotes::highlight(html, QStringLiteral("A & B"), &found);
        QCOMPARE(found, 2);
        QCOMPARE(out.count(QStringLiteral("<mark")), 2);
        QVERIFY(out.contains(QStringLiteral("<mark class=\"note-quote\">A &amp; B</mark>")));
    }

    void leavesPagesAloneWhenNothingMatches()
    {
        const QString html = QStringLiteral("<p>text <a href=\"x\">link</a></p>");
        int found = -1;
        QCOMPARE(ArticleNotes::highlight(html, QStringLiteral("not there"), &found), html);
        QCOMPARE(found, 0);
        // Attribute values are not text: a quote equal to them is not found there.
        QCOMPARE(ArticleNotes::highlight(html, QStringLiteral("href"), &found), html);
        QCOMPARE(ArticleNotes::highlight(html, QStringLiteral("x"), &found), html); // too short
    }

    void decorateAddsTheBoxAfterTheBodyAndEscapes()
    {
        const QString page = QStringLiteral(
            "<html><head><title>t</title></head><body><main><article class=\"content\"><p>Pacing "
            "means stopping early.</p></article><footer>Source</footer></main></body></html>");
        Note n;
        n.id = 7;
        n.title = QStringLiteral("<b>mine</b>");
        n.quote = QStringLiteral("stopping early");
        n.createdAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0));
        const QString out = ArticleNotes::decorate(page, {n});
        QVERIFY(out.contains(QStringLiteral("<mark class=\"note-quote\">stopping early</mark>")));
        const int box = int(out.indexOf(QStringLiteral("Your notes on this article")));
        QVERIFY(box > out.indexOf(QStringLiteral("</article>")));
        QVERIFY(box < out.indexOf(QStringLiteral("<footer>")));
        QVERIFY(
            out.contains(QStringLiteral("href=\"fibro://app/note/7\">&lt;b&gt;mine&lt;/b&gt;")));
        QVERIFY(out.contains(QStringLiteral("notes.css\"></head>")));
        QCOMPARE(ArticleNotes::decorate(page, {}), page);
    }
};

FC_CORE_TEST_MAIN(TstArticleNotes)
#include "tst_articlenotes.moc"
