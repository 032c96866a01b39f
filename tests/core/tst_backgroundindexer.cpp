#include "articles/articleindex.h"
#include "articles/articlelibrary.h"
#include "articles/backgroundindexer.h"
#include "generatedarticles.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace fc;

class TstBackgroundIndexer : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_data = std::make_unique<test::TempDataDir>();
        QVERIFY(test::writeGeneratedArticles(articles(), articleCount));
        m_library = std::make_unique<ArticleLibrary>();
        QVERIFY(m_library->loadBundled());
        m_library->loadImported(articles(), nullptr);
        // The window drops imported bodies once it has handed the work over; the worker reads
        // them from the files.
        m_library->releaseImportedBodies();
    }

    void buildsInBatchesWhileTheWindowsConnectionSearches()
    {
        ArticleIndex window(indexPath());
        FC_VERIFY_OK(window.open());
        const Expected<IndexPlan> plan = window.plan(*m_library);
        QVERIFY(plan);
        QCOMPARE(plan->toIndex.size(), articleCount + 7);

        BackgroundIndexer indexer;
        QSignalSpy progress(&indexer, &BackgroundIndexer::progress);
        QSignalSpy finished(&indexer, &BackgroundIndexer::finished);
        indexer.start(window.path(), *plan);
        QVERIFY(indexer.isRunning());
        // Searching on the window's own connection while the worker writes.
        int searchesDuringBuild = 0;
        while (finished.isEmpty()) {
            FC_VERIFY_OK(window.search(QStringLiteral("pacing"), 50));
            ++searchesDuringBuild;
            QTest::qWait(5);
            QVERIFY(searchesDuringBuild < 20000);
        }
        QVERIFY(!indexer.isRunning());
        QCOMPARE(finished.first().at(0).toBool(), true);
        const int batches =
            (articleCount + 7 + BackgroundIndexer::batchSize - 1) / BackgroundIndexer::batchSize;
        QCOMPARE(progress.size(), batches);
        QCOMPARE(progress.last().at(0).toInt(), articleCount + 7);
        QCOMPARE(progress.last().at(1).toInt(), articleCount + 7);

        const QVector<SearchHit> hits =
            fc::test::valueOf(window.search(test::generatedMarker(249)));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().slug, QStringLiteral("generated-249"));
        QVERIFY(window.plan(*m_library)->isEmpty());
    }

    void stoppingKeepsFinishedBatchesAndTheRestFollowsLater()
    {
        ArticleIndex window(indexPath());
        QVERIFY(window.open());
        {
            BackgroundIndexer indexer;
            QSignalSpy progress(&indexer, &BackgroundIndexer::progress);
            indexer.start(window.path(), *window.plan(*m_library));
            QTRY_VERIFY(!progress.isEmpty());
            indexer.stop();
            QVERIFY(!indexer.isRunning());
        }
        const Expected<IndexPlan> rest = window.plan(*m_library);
        QVERIFY(rest);
        QVERIFY(rest->unchanged >= BackgroundIndexer::batchSize);
        QCOMPARE(rest->unchanged + rest->toIndex.size(), articleCount + 7);
        QVERIFY(rest->toRemove.isEmpty());

        QVERIFY(window.apply(rest->toIndex, rest->toRemove));
        QVERIFY(window.plan(*m_library)->isEmpty());
        QCOMPARE(fc::test::valueOf(window.search(test::generatedMarker(100))).size(), 1);
        QCOMPARE(fc::test::valueOf(window.search(test::generatedMarker(249))).size(), 1);
    }

    void aStartFromAFreshCacheStillNoticesARowTheIndexLost()
    {
        ArticleIndex index(indexPath());
        QVERIFY(index.open());
        QVERIFY(index.sync(*m_library, nullptr));
        const QString cache = m_data->filePath(QStringLiteral("library-cache.bin"));
        QVERIFY(m_library->saveImportedCache(cache));

        ArticleLibrary next;
        QVERIFY(next.loadBundled());
        next.loadImported(articles(), nullptr, cache);
        QVERIFY(!next.importedCacheStale());
        Expected<IndexPlan> plan = index.plan(next);
        QVERIFY(plan && plan->isEmpty());
        QCOMPARE(plan->unchanged, articleCount + 7);

        QVERIFY(index.remove(QStringLiteral("generated-042")));
        plan = index.plan(next);
        QVERIFY(plan);
        QCOMPARE(plan->toIndex.size(), 1);
        QCOMPARE(plan->toIndex.first().slug, QStringLiteral("generated-042"));
        QVERIFY(index.apply(plan->toIndex, plan->toRemove));
        QCOMPARE(fc::test::valueOf(index.search(test::generatedMarker(42))).size(), 1);
    }

    void anUnwritableIndexIsReported()
    {
        IndexPlan plan;
        plan.toIndex = m_library->articles();
        BackgroundIndexer indexer;
        QSignalSpy finished(&indexer, &BackgroundIndexer::finished);
        indexer.start(m_data->filePath(QStringLiteral("no/such/folder/index.sqlite")), plan);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("no/such/folder")));
    }

private:
    static constexpr int articleCount = 250;
    QString articles() const { return m_data->filePath(QStringLiteral("articles")); }
    QString indexPath() const { return m_data->filePath(QStringLiteral("index.sqlite")); }

    std::unique_ptr<test::TempDataDir> m_data;
    std::unique_ptr<ArticleLibrary> m_library;
};

FC_CORE_TEST_MAIN(TstBackgroundIndexer)
#include "tst_backgroundindexer.moc"
