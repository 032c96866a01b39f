#include "articles/articlelibrary.h"
#include "articles/articlemetacodec.h"
#include "articles/librarycache.h"
#include "generatedarticles.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QFile>
#include <QtTest>

using namespace fc;

class TstLibraryCache : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_data = std::make_unique<test::TempDataDir>();
        QVERIFY(test::writeGeneratedArticles(articles(), 5));
    }

    void unchangedFilesAreListedFromTheCacheWithoutTheirBodies()
    {
        ArticleLibrary first;
        QVector<ArticleError> errors;
        first.loadImported(articles(), &errors, cache());
        QVERIFY(errors.isEmpty());
        QVERIFY(first.importedCacheStale()); // no cache yet
        QVERIFY(first.find(QStringLiteral("generated-003"))->bodyLoaded);
        FC_VERIFY_OK(first.saveImportedCache(cache()));
        QVERIFY(!first.importedCacheStale());
        QCOMPARE(QFile::permissions(cache()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        ArticleLibrary second;
        second.loadImported(articles(), &errors, cache());
        QVERIFY(errors.isEmpty());
        QVERIFY(!second.importedCacheStale());
        QCOMPARE(second.articles().size(), 5);
        const Article *cached = second.find(QStringLiteral("generated-003"));
        const Article *parsed = first.find(QStringLiteral("generated-003"));
        QVERIFY(cached && parsed);
        QVERIFY(!cached->bodyLoaded);
        QVERIFY(cached->body.isEmpty());
        QCOMPARE(cached->title, parsed->title);
        QCOMPARE(cached->summary, parsed->summary);
        QCOMPARE(cached->topics, parsed->topics);
        QCOMPARE(cached->treatments, parsed->treatments);
        QCOMPARE(cached->study.participants, parsed->study.participants);
        QCOMPARE(cached->study.results.size(), 1);
        QCOMPARE(cached->filePath, parsed->filePath);
        QCOMPARE(cached->origin, Article::Origin::Imported);

        ArticleError readError;
        const std::optional<Article> full = ArticleLibrary::withBody(*cached, &readError);
        QVERIFY(full && full->bodyLoaded);
        QCOMPARE(full->body, parsed->body);
        QVERIFY(full->body.contains(test::generatedMarker(3)));
    }

    void aChangedFileIsParsedAgainAndAGoneOneLeaves()
    {
        saveCacheOfCurrentFiles();
        QFile changed(articles() + QStringLiteral("/generated-001.md"));
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write("---\ntitle: \"Edited title\"\nslug: generated-001\n---\n\nNew text.\n");
        changed.close();
        QVERIFY(QFile::remove(articles() + QStringLiteral("/generated-004.md")));

        ArticleLibrary library;
        QVector<ArticleError> errors;
        library.loadImported(articles(), &errors, cache());
        QVERIFY(errors.isEmpty());
        QVERIFY(library.importedCacheStale());
        QCOMPARE(library.articles().size(), 4);
        QVERIFY(!library.find(QStringLiteral("generated-004")));
        const Article *edited = library.find(QStringLiteral("generated-001"));
        QVERIFY(edited && edited->bodyLoaded);
        QCOMPARE(edited->title, QStringLiteral("Edited title"));
        QVERIFY(!library.find(QStringLiteral("generated-002"))->bodyLoaded);
    }

    void aDamagedCacheIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a cache at all, just words");
        QTest::newRow("huge count") << QByteArray::fromHex("434c434603000000ffffffff");
    }

    void aDamagedCacheIsIgnored()
    {
        QFETCH(QByteArray, bytes);
        QFile file(cache());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        ArticleLibrary library;
        QVector<ArticleError> errors;
        library.loadImported(articles(), &errors, cache());
        QVERIFY(errors.isEmpty());
        QCOMPARE(library.articles().size(), 5);
        for (const Article &a : library.articles())
            QVERIFY(a.bodyLoaded);
    }

    void aTruncatedCacheIsIgnored()
    {
        saveCacheOfCurrentFiles();
        QFile file(cache());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        ArticleLibrary library;
        QVector<ArticleError> errors;
        library.loadImported(articles(), &errors, cache());
        QCOMPARE(library.articles().size(), 5);
        QVERIFY(library.importedCacheStale());
    }

    void aBodyWhoseFileWentAwaySaysWhich()
    {
        saveCacheOfCurrentFiles();
        ArticleLibrary library;
        library.loadImported(articles(), nullptr, cache());
        QVERIFY(QFile::remove(articles() + QStringLiteral("/generated-002.md")));
        ArticleError error;
        QVERIFY(!ArticleLibrary::withBody(*library.find(QStringLiteral("generated-002")), &error));
        QCOMPARE(error.file, QStringLiteral("generated-002.md"));
        QVERIFY(error.toString().contains(QLatin1String("could not be read")));
    }

    void frontMatterSurvivesTheCodec()
    {
        ArticleLibrary bundled;
        QVERIFY(bundled.loadBundled());
        for (const Article &a : bundled.articles()) {
            Article back;
            QVERIFY(decodeArticleMeta(encodeArticleMeta(a), &back));
            QCOMPARE(back.slug, a.slug);
            QCOMPARE(back.title, a.title);
            QCOMPARE(back.series, a.series);
            QCOMPARE(back.part, a.part);
            QCOMPARE(back.excerpt, a.excerpt);
            QCOMPARE(back.cautions.size(), a.cautions.size());
            for (int i = 0; i < a.cautions.size(); ++i)
                QCOMPARE(back.cautions[i].quote, a.cautions[i].quote);
            QCOMPARE(back.study.doseValue, a.study.doseValue);
            QCOMPARE(back.study.results.size(), a.study.results.size());
            for (int i = 0; i < a.study.results.size(); ++i) {
                QCOMPARE(back.study.results[i].p, a.study.results[i].p);
                QCOMPARE(back.study.results[i].treatmentChangePercent,
                         a.study.results[i].treatmentChangePercent);
                QCOMPARE(back.study.results[i].week, a.study.results[i].week);
            }
        }
        Article ignored;
        QVERIFY(!decodeArticleMeta(QByteArray("FCM1"), &ignored));
        QVERIFY(
            !decodeArticleMeta(encodeArticleMeta(bundled.articles().first()).left(40), &ignored));
    }

private:
    QString articles() const { return m_data->filePath(QStringLiteral("articles")); }
    QString cache() const { return m_data->filePath(QStringLiteral("library-cache.bin")); }

    void saveCacheOfCurrentFiles()
    {
        ArticleLibrary library;
        library.loadImported(articles(), nullptr, cache());
        FC_VERIFY_OK(library.saveImportedCache(cache()));
    }

    std::unique_ptr<test::TempDataDir> m_data;
};

FC_CORE_TEST_MAIN(TstLibraryCache)
#include "tst_librarycache.moc"
