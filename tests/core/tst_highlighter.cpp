#include "articles/articlelibrary.h"
#include "articles/articlepage.h"
#include "articles/highlighter.h"
#include "testsuites.h"

#include <QtTest>

using namespace fc;

class TstHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void marksWordsNotMarkup()
    {
        Highlighter h({QStringLiteral("mag")});
        const QString out = h.apply(QStringLiteral(
            "<p class=\"mag\">Magnesium &amp; <a href=\"#magnesium\">magnets</a>; imagine</p>"));
        QCOMPARE(out, QStringLiteral("<p class=\"mag\"><mark class=\"hit\" id=\"first-hit\">"
                                     "Magnesium</mark> &amp; <a href=\"#magnesium\"><mark "
                                     "class=\"hit\">magnets</mark></a>; imagine</p>"));
        QCOMPARE(h.count(), 2);
    }

    void entitiesAreNotText()
    {
        Highlighter h({QStringLiteral("amp"), QStringLiteral("quot")});
        QCOMPARE(h.apply(QStringLiteral("a &amp; b &quot;c&quot;")),
                 QStringLiteral("a &amp; b &quot;c&quot;"));
        QCOMPARE(h.count(), 0);
    }

    void stemMeetsRelatedForms()
    {
        QCOMPARE(Highlighter::root(QStringLiteral("sedating")), QStringLiteral("sedat"));
        QCOMPARE(Highlighter::root(QStringLiteral("LDN")), QStringLiteral("ldn"));
        Highlighter h({QStringLiteral("sedating")});
        QCOMPARE(h.apply(QStringLiteral("sedation, sedative")),
                 QStringLiteral("<mark class=\"hit\" id=\"first-hit\">sedation</mark>, "
                                "<mark class=\"hit\">sedative</mark>"));
    }

    void articlePageMarksSearchTermsAndLinksTreatments()
    {
        ArticleLibrary library;
        QVERIFY(library.loadBundled());
        const Article *ldn = library.find(QStringLiteral("low-dose-naltrexone"));
        QVERIFY(ldn);
        PageStyle style;
        QString html = *ArticlePage::build(*ldn, library, style);
        QVERIFY(!html.contains(QLatin1String("<mark")));
        QVERIFY2(html.contains(QLatin1String(
                     "href=\"fibro://app/track/low-dose-naltrexone\">Track Low-dose naltrexone")),
                 qPrintable(html));

        html = *ArticlePage::build(*ldn, library, style, QStringList{QStringLiteral("stanford")});
        QCOMPARE(html.count(QLatin1String("id=\"first-hit\"")), 1);
        QVERIFY(html.count(QLatin1String("<mark class=\"hit\"")) >= 2);
        // The title element stays plain text.
        QVERIFY(html.contains(QStringLiteral("<title>%1</title>").arg(ldn->title.toHtmlEscaped())));
    }
};

FC_CORE_TEST_MAIN(TstHighlighter)
#include "tst_highlighter.moc"
