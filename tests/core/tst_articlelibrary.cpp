#include "articles/articlelibrary.h"
#include "articles/articlepage.h"
#include "testsuites.h"

#include <QtTest>

using namespace fc;

class TstArticleLibrary : public QObject
{
    Q_OBJECT
private slots:
    void bundledArticlesLoadWithTitleTopicsAndSummary()
    {
        ArticleLibrary library;
        FC_VERIFY_OK(library.loadBundled());
        QCOMPARE(library.articles().size(), 7);
        for (const Article &a : library.articles()) {
            QVERIFY2(!a.title.isEmpty(), qPrintable(a.slug));
            QVERIFY2(!a.summary.isEmpty(), qPrintable(a.slug));
            QVERIFY2(!a.topics.isEmpty(), qPrintable(a.slug));
            for (const QString &t : a.topics)
                QVERIFY2(library.taxonomy().contains(t), qPrintable(a.slug + u' ' + t));
            const Expected<QString> page = ArticlePage::build(a, library, PageStyle{});
            QVERIFY2(page && !page->isEmpty(), qPrintable(page.message()));
            const QString &html = *page;
            QVERIFY(
                html.contains(QStringLiteral("<title>%1</title>").arg(a.title.toHtmlEscaped())));
            QVERIFY(html.contains(QLatin1String("not medical advice")));
            QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
        }
    }

    void ldnStudyNumbersComeFromFrontMatter()
    {
        ArticleLibrary library;
        QVERIFY(library.loadBundled());
        const Article *ldn = library.find(QStringLiteral("low-dose-naltrexone"));
        QVERIFY(ldn);
        QCOMPARE(ldn->study.participants.value_or(0), 31);
        QCOMPARE(ldn->study.doseValue.value_or(0), 4.5);
        const StudyResult &pain = ldn->study.results.first();
        QCOMPARE(pain.symptom, QStringLiteral("pain"));
        QCOMPARE(pain.treatmentChangePercent.value_or(0), -28.8);
        QCOMPARE(pain.placeboChangePercent.value_or(0), -18.0);
        QCOMPARE(pain.p.value_or(0), 0.016);
    }

    void exerciseSeriesIsOrdered()
    {
        ArticleLibrary library;
        QVERIFY(library.loadBundled());
        const auto parts = library.series(QStringLiteral("exercise-fm-cfs"));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[0]->slug, QStringLiteral("exercise-fm-cfs-segment-1"));
        QCOMPARE(parts[2]->slug, QStringLiteral("exercise-fm-cfs-segment-3"));
        QCOMPARE(library.seriesNeighbour(*parts[1], +1), parts[2]);
        QCOMPARE(library.seriesNeighbour(*parts[0], -1), nullptr);
    }

    void importedArticleFallsBackToHeadingAndFileName()
    {
        ArticleError error;
        const auto a =
            parseArticle(QStringLiteral("# My Pacing Plan\n\nRest *before* you crash.\n"),
                         QStringLiteral("Pacing Plan.md"), Article::Origin::Imported, &error);
        QVERIFY(a);
        QCOMPARE(a->title, QStringLiteral("My Pacing Plan"));
        QCOMPARE(a->slug, QStringLiteral("pacing-plan"));
        QVERIFY(!a->body.contains(QLatin1String("# My Pacing Plan")));
    }

    void obsidianTagsBecomeTopics()
    {
        ArticleError error;
        const auto a = parseArticle(
            QStringLiteral("---\ntitle: Sleep log\ntags: [Sleep, Brain Fog]\n---\nx\n"),
            QStringLiteral("s.md"), Article::Origin::Imported, &error);
        QVERIFY(a);
        QCOMPARE(a->topics, (QStringList{QStringLiteral("sleep"), QStringLiteral("brain-fog")}));
    }

    void badFrontMatterNamesFileAndLine()
    {
        ArticleError error;
        const auto a = parseArticle(QStringLiteral("---\ntitle: ok\n\tslug: x\n---\nbody\n"),
                                    QStringLiteral("broken.md"), Article::Origin::Imported, &error);
        QVERIFY(!a);
        QCOMPARE(error.file, QStringLiteral("broken.md"));
        QCOMPARE(error.line, 3);
        QVERIFY(error.toString().startsWith(QLatin1String("broken.md, line 3:")));
    }

    void bundledArticleWithoutSlugIsAnError()
    {
        ArticleError error;
        QVERIFY(!parseArticle(QStringLiteral("---\ntitle: T\n---\n"), QStringLiteral("t.md"),
                              Article::Origin::Bundled, &error));
        QVERIFY(error.message.contains(QLatin1String("slug")));
    }

    void invalidUtf8ReportsLine()
    {
        int line = 0;
        QVERIFY(!decodeUtf8(QByteArray("one\ntwo\nthr\xff"
                                       "ee\n"),
                            &line));
        QCOMPARE(line, 3);
        QCOMPARE(decodeUtf8(QByteArray("\xef\xbb\xbfok"), &line).value_or(QString()),
                 QStringLiteral("ok"));
    }

    // Found by fuzzing: a sequence cut short by the end of a line or of the file.
    void truncatedUtf8SequenceIsInvalid()
    {
        int line = 0;
        QVERIFY(!decodeUtf8(QByteArray("---\nslug: x\xc2\n---\n"), &line));
        QCOMPARE(line, 2);
        line = 0;
        QVERIFY(!decodeUtf8(QByteArray("text\nends in\xe2\x80"), &line));
        QCOMPARE(line, 2);
    }
};

FC_CORE_TEST_MAIN(TstArticleLibrary)
#include "tst_articlelibrary.moc"
