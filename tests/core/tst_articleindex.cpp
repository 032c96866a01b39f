#include "articles/articleindex.h"
#include "articles/articlelibrary.h"
#include "articles/plaintext.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QFile>
#include <QtTest>

using namespace fc;

#define EXPECTED_HASH "14d3fe49622e8b0979955bc3c1fe260f"

namespace {

Article makeArticle(const QString &slug, const QString &title, const QString &body)
{
    Article a;
    a.slug = slug;
    a.title = title;
    a.summary = QStringLiteral("A note of mine.");
    a.body = body;
    a.origin = Article::Origin::Imported;
    return a;
}

QStringList slugsOf(const QVector<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << h.slug;
    return out;
}

} // namespace

class TstArticleIndex : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDataDir>();
        m_library = std::make_unique<ArticleLibrary>();
        FC_VERIFY_OK(m_library->loadBundled());
    }

    void searchFindsTheExpectedArticleFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole word") << "naltrexone"
                                    << "low-dose-naltrexone";
        QTest::newRow("prefix") << "naltrex"
                                << "low-dose-naltrexone";
        QTest::newRow("capitalised") << "Magnesium"
                                     << "magnesium-threonate-brain-fog";
        QTest::newRow("lower case") << "magnesium"
                                    << "magnesium-threonate-brain-fog";
        QTest::newRow("body only") << "kidney"
                                   << "magnesium-threonate-brain-fog";
        QTest::newRow("two words") << "brain fog"
                                   << "magnesium-threonate-brain-fog";
        QTest::newRow("marijuana") << "marijuana"
                                   << "medical-marijuana-fibromyalgia";
        QTest::newRow("stem") << "sedating"
                              << "flexeril-fibromyalgia-pain-sleep-fatigue";
        QTest::newRow("brand name") << "Flexeril"
                                    << "flexeril-fibromyalgia-pain-sleep-fatigue";
        QTest::newRow("prefix of generic") << "cyclobenz"
                                           << "flexeril-fibromyalgia-pain-sleep-fatigue";
        QTest::newRow("abbreviation") << "LDN"
                                      << "low-dose-naltrexone";
    }
    void searchFindsTheExpectedArticleFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        ArticleIndex index(m_dir->filePath(QStringLiteral("article-index.sqlite")));
        FC_VERIFY_OK(index.open());
        FC_VERIFY_OK(index.sync(*m_library, nullptr));
        const Expected<QVector<SearchHit>> found = index.search(query, 50);
        FC_VERIFY_OK(found);
        const QVector<SearchHit> &hits = *found;
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QCOMPARE(hits.first().slug, expected);
        QVERIFY2(hits.first().snippetHtml.contains(QLatin1String("<mark>")),
                 qPrintable(hits.first().snippetHtml));
    }

    void personNameFindsTheExerciseSeries()
    {
        ArticleIndex index(m_dir->filePath(QStringLiteral("i.sqlite")));
        QVERIFY(index.open());
        QVERIFY(index.sync(*m_library, nullptr));
        const QVector<SearchHit> hits =
            fc::test::valueOf(index.search(QStringLiteral("Kim Jones")));
        QCOMPARE(hits.size(), 3);
        for (const SearchHit &h : hits)
            QVERIFY2(h.slug.startsWith(QLatin1String("exercise-fm-cfs-segment-")),
                     qPrintable(h.slug));
        QVERIFY(hits.first().snippetHtml.contains(QLatin1String("<mark>Kim</mark>")));
    }

    void passagesForTheFirstHitsAndOnDemand()
    {
        ArticleIndex index(m_dir->filePath(QStringLiteral("i.sqlite")));
        QVERIFY(index.open());
        QVERIFY(index.sync(*m_library, nullptr));
        const QString query = QStringLiteral("fibromyalgia");
        const QVector<SearchHit> all = fc::test::valueOf(index.search(query, 50));
        QVERIFY(all.size() > 3);
        const QVector<SearchHit> firstTwo = fc::test::valueOf(index.search(query, 50, 2));
        QCOMPARE(firstTwo.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(firstTwo[i].slug, all[i].slug); // the same ranking
            QVERIFY(all[i].snippetHtml.contains(QLatin1String("<mark>")));
            QCOMPARE(firstTwo[i].snippetHtml, i < 2 ? all[i].snippetHtml : QString());
            // The passage made later is the one the list would have had.
            QCOMPARE(index.snippet(query, all[i].slug), all[i].snippetHtml);
        }
        QCOMPARE(index.snippet(query, QStringLiteral("no-such-article")), QString());
        QCOMPARE(index.snippet(QStringLiteral("zzqxv"), all[0].slug), QString());
        // The count is of every match, not of those listed.
        QCOMPARE(index.matchCount(query), int(all.size()));
        QCOMPARE(fc::test::valueOf(index.search(query, 2)).size(), 2);
        QCOMPARE(index.matchCount(QStringLiteral("zzqxv")), 0);
    }

    void wordsInMostArticlesListTitleMatchesFirst()
    {
        ArticleIndex index(m_dir->filePath(QStringLiteral("i.sqlite")));
        QVERIFY(index.open());
        QVERIFY(index.sync(*m_library, nullptr));
        // In every bundled article, and in the titles of some.
        const QString query = QStringLiteral("fibromyalgia");
        int matches = 0;
        const QVector<SearchHit> ranked = fc::test::valueOf(index.search(query, 50, 0, &matches));
        QCOMPARE(matches, int(m_library->articles().size()));
        QCOMPARE(int(ranked.size()), matches);
        // Fewer listed than match: the library-wide word ranks only the title matches.
        const QVector<SearchHit> few = fc::test::valueOf(index.search(query, 5, 0, &matches));
        QCOMPARE(few.size(), 5);
        QCOMPARE(matches, int(m_library->articles().size()));
        const auto inTitle = [](const SearchHit &hit) {
            return hit.title.contains(QLatin1String("fibromyalgia"), Qt::CaseInsensitive);
        };
        const qsizetype titled = std::count_if(ranked.cbegin(), ranked.cend(), inTitle);
        QVERIFY(titled > 0 && titled < 5);
        for (qsizetype i = 0; i < few.size(); ++i)
            QCOMPARE(inTitle(few[i]), i < titled);
        QSet<QString> slugs;
        for (const SearchHit &hit : few)
            slugs.insert(hit.slug);
        QCOMPARE(slugs.size(), 5); // no article twice
    }

    void everyWordMustMatch()
    {
        ArticleIndex index(m_dir->filePath(QStringLiteral("i.sqlite")));
        QVERIFY(index.open());
        QVERIFY(index.sync(*m_library, nullptr));
        QCOMPARE(fc::test::valueOf(index.search(QStringLiteral("magnesium marijuana"))).size(), 0);
        QCOMPARE(fc::test::valueOf(index.search(QStringLiteral("zzqxv"))).size(), 0);
        QCOMPARE(fc::test::valueOf(index.search(QStringLiteral("   "))).size(), 0);
    }

    void titleOutranksBody()
    {
        Article onlyBody = makeArticle(QStringLiteral("pacing-diary"), QStringLiteral("My diary"),
                                       QStringLiteral("Today I thought about pacing once."));
        Article inTitle = makeArticle(QStringLiteral("pacing"), QStringLiteral("Pacing"),
                                      QStringLiteral("Notes on the energy envelope."));
        QVERIFY(m_library->add(onlyBody));
        QVERIFY(m_library->add(inTitle));
        ArticleIndex index(m_dir->filePath(QStringLiteral("i.sqlite")));
        QVERIFY(index.open());
        QVERIFY(index.sync(*m_library, nullptr));
        QCOMPARE(slugsOf(fc::test::valueOf(index.search(QStringLiteral("pacing")))),
                 (QStringList{QStringLiteral("pacing"), QStringLiteral("pacing-diary")}));
    }

    void typedOperatorsAndQuotesAreText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quote") << "\"magnesium";
        QTest::newRow("operators") << "magnesium AND OR NOT";
        QTest::newRow("near") << "NEAR(magnesium";
        QTest::newRow("column filter") << "title:magnesium";
        QTest::newRow("star and caret") << "^magnes* -";
    }
    void typedOperatorsAndQuotesAreText()
    {
        QFETCH(QString, query);
        ArticleIndex index(m_dir->filePath(QStringLiteral("i.sqlite")));
        QVERIFY(index.open());
        QVERIFY(index.sync(*m_library, nullptr));
        const Expected<QVector<SearchHit>> found = index.search(query, 50);
        FC_VERIFY_OK(found);
        const QVector<SearchHit> &hits = *found;
        // Every token must match, so only the queries whose other tokens are punctuation find
        // the article; the point is that none of them is an FTS5 syntax error.
        if (query.startsWith(u'"') || query.startsWith(u'^'))
            QVERIFY(!hits.isEmpty());
    }

    void secondOpenDoesNotRebuild()
    {
        const QString path = m_dir->filePath(QStringLiteral("article-index.sqlite"));
        IndexSyncResult first, second;
        {
            ArticleIndex index(path);
            QVERIFY(index.open());
            QVERIFY(index.sync(*m_library, &first));
        }
        QCOMPARE(first.added, 7);
        QVERIFY(first.changed());
        {
            ArticleIndex index(path);
            QVERIFY(index.open());
            QVERIFY(index.sync(*m_library, &second));
            QCOMPARE(fc::test::valueOf(index.search(QStringLiteral("naltrex"))).first().slug,
                     QStringLiteral("low-dose-naltrexone"));
        }
        QCOMPARE(second.added, 0);
        QCOMPARE(second.removed, 0);
        QCOMPARE(second.unchanged, 7);
        QVERIFY(!second.changed());
    }

    void articleHashIsTheSameInEveryProcess()
    {
        // A fixed value: a per-process seed would make every start-up re-index everything.
        const Article a =
            makeArticle(QStringLiteral("h"), QStringLiteral("Title"), QStringLiteral("Body text"));
        QCOMPARE(ArticleIndex::articleHash(a).toHex(), QByteArray(EXPECTED_HASH));
        Article b = a;
        b.body += u' ';
        QVERIFY(ArticleIndex::articleHash(b) != ArticleIndex::articleHash(a));
        b = a;
        b.title = QStringLiteral("Titl");
        b.summary = QStringLiteral("eA note of mine.");
        QVERIFY(ArticleIndex::articleHash(b) != ArticleIndex::articleHash(a));
    }

    void changedArticleIsReindexedAlone()
    {
        const QString path = m_dir->filePath(QStringLiteral("i.sqlite"));
        Article mine = makeArticle(QStringLiteral("mine"), QStringLiteral("Mine"),
                                   QStringLiteral("Warm baths help."));
        QVERIFY(m_library->add(mine));
        {
            ArticleIndex index(path);
            QVERIFY(index.open());
            QVERIFY(index.sync(*m_library, nullptr));
        }
        QVERIFY(m_library->remove(QStringLiteral("mine")));
        mine.body = QStringLiteral("Cold showers help.");
        QVERIFY(m_library->add(mine));
        ArticleIndex index(path);
        QVERIFY(index.open());
        IndexSyncResult r;
        QVERIFY(index.sync(*m_library, &r));
        QCOMPARE(r.added, 1);
        QCOMPARE(r.removed, 1);
        QCOMPARE(r.unchanged, 7);
        QCOMPARE(fc::test::valueOf(index.search(QStringLiteral("warm"))).size(), 0);
        QCOMPARE(slugsOf(fc::test::valueOf(index.search(QStringLiteral("showers")))),
                 QStringList{QStringLiteral("mine")});

        QVERIFY(m_library->remove(QStringLiteral("mine")));
        QVERIFY(index.sync(*m_library, &r));
        QCOMPARE(r.removed, 1);
        QCOMPARE(r.added, 0);
        QCOMPARE(fc::test::valueOf(index.search(QStringLiteral("showers"))).size(), 0);
    }

    void addOrUpdateMakesAnArticleSearchableAtOnce()
    {
        ArticleIndex index(m_dir->filePath(QStringLiteral("i.sqlite")));
        QVERIFY(index.open());
        QVERIFY(index.sync(*m_library, nullptr));
        FC_VERIFY_OK(
            index.addOrUpdate(makeArticle(QStringLiteral("tai-chi"), QStringLiteral("Tai chi"),
                                          QStringLiteral("Slow **movement** in the park."))));
        const auto hits = fc::test::valueOf(index.search(QStringLiteral("movem")));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().slug, QStringLiteral("tai-chi"));
        // Markdown syntax is not indexed: the snippet shows the words, not the asterisks.
        QVERIFY2(!hits.first().snippetHtml.contains(u'*'), qPrintable(hits.first().snippetHtml));
        QVERIFY(index.remove(QStringLiteral("tai-chi")));
        QVERIFY(!slugsOf(fc::test::valueOf(index.search(QStringLiteral("movem"))))
                     .contains(QStringLiteral("tai-chi")));
    }

    void snippetIsEscaped()
    {
        ArticleIndex index(m_dir->filePath(QStringLiteral("i.sqlite")));
        QVERIFY(index.open());
        QVERIFY(index.addOrUpdate(makeArticle(QStringLiteral("x"), QStringLiteral("X"),
                                              QStringLiteral("Tomatoes `<b>` & peppers"))));
        const auto hits = fc::test::valueOf(index.search(QStringLiteral("peppers")));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippetHtml.contains(
                     QLatin1String("&lt;b&gt; &amp; <mark>peppers</mark>")),
                 qPrintable(hits.first().snippetHtml));
    }

    void damagedCacheIsRecreated()
    {
        const QString path = m_dir->filePath(QStringLiteral("i.sqlite"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        ArticleIndex index(path);
        FC_VERIFY_OK(index.open());
        IndexSyncResult r;
        QVERIFY(index.sync(*m_library, &r));
        QCOMPARE(r.added, 7);
        QCOMPARE(fc::test::valueOf(index.search(QStringLiteral("kidney"))).first().slug,
                 QStringLiteral("magnesium-threonate-brain-fog"));
    }

    void unopenableCacheIsAnError()
    {
        ArticleIndex index(m_dir->filePath(QStringLiteral("no/such/folder/i.sqlite")));
        QString error;
        QVERIFY(test::fails(index.open(), &error));
        QVERIFY2(error.contains(QLatin1String("no/such/folder")), qPrintable(error));
        QVERIFY(fc::test::valueOf(index.search(QStringLiteral("magnesium"))).isEmpty());
    }

    void plainTextDropsMarkdownSyntax()
    {
        const QString text = markdownPlainText(
            QStringLiteral("## Results\n\n- **Pain** fell [a lot](https://x.org)\n\n"
                           "[[caption: LDN and pain]]\n\n<script>alert(1)</script>\n"));
        QVERIFY2(text.contains(QLatin1String("Results")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Pain fell a lot")));
        QVERIFY(text.contains(QLatin1String("LDN and pain")));
        QVERIFY(!text.contains(u'*'));
        QVERIFY(!text.contains(QLatin1String("https")));
        QVERIFY(!text.contains(QLatin1String("[[")));
        QVERIFY(!text.contains(QLatin1String("alert")));
    }

    void ftsQueryQuotesEveryWord()
    {
        QCOMPARE(ArticleIndex::ftsQuery(QStringLiteral("Brain \"fog")),
                 QStringLiteral("\"brain\"* AND \"fog\"*"));
        QCOMPARE(ArticleIndex::ftsQuery(QStringLiteral("-- ** ")), QString());
        // One letter alone searches nothing; beside other words it is a whole word.
        QCOMPARE(ArticleIndex::ftsQuery(QStringLiteral("m")), QString());
        QCOMPARE(ArticleIndex::ftsQuery(QStringLiteral("vitamin d")),
                 QStringLiteral("\"vitamin\"* AND \"d\""));
    }

private:
    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<ArticleLibrary> m_library;
};

FC_CORE_TEST_MAIN(TstArticleIndex)
#include "tst_articleindex.moc"
