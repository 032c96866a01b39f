// A data folder with more imported articles than the window indexes in its own thread: the first
// start indexes in the background and says how far it is, the next start lists the library from
// its cache and reads an article's file only when it is opened.
#include "generatedarticles.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/librarypanel.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"
#include "ui/searchresultdelegate.h"
#include "uitestmain.h"

#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

using namespace fc;

class TstLargeLibrary : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_data = std::make_unique<test::TempDataDir>();
        QVERIFY(test::writeGeneratedArticles(m_data->filePath(QStringLiteral("articles")),
                                             articleCount));
    }

    void firstStartIndexesInTheBackgroundAndTheNextUsesTheCache()
    {
        const QString cache = m_data->filePath(QStringLiteral("library-cache.bin"));
        {
            AppContext context(m_data->path());
            FC_VERIFY_OK(context.initialize());
            QVERIFY(context.isIndexing());
            QCOMPARE(context.indexingTotal(), articleCount + 7);
            // The cache promises "indexed as listed", so it waits for the index.
            QVERIFY(!QFile::exists(cache));
            MainWindow window(&context);
            LibraryPanel *panel = window.reader()->panel();
            panel->setQuery(QStringLiteral("pacing"));
            const QLabel *label = panel->findChild<QLabel *>();
            QVERIFY(label);
            QSignalSpy ready(&context, &AppContext::articleIndexReady);
            QVERIFY(ready.wait(120000));
            QVERIFY(!context.isIndexing());
            QVERIFY(QFile::exists(cache));
            QVERIFY(!panel->resultSlugs().isEmpty());
            panel->setQuery(test::generatedMarker(249));
            QCOMPARE(panel->resultSlugs(), QStringList{QStringLiteral("generated-249")});
        }
        AppContext again(m_data->path());
        FC_VERIFY_OK(again.initialize());
        QVERIFY(!again.isIndexing());
        const Article *article = again.library().find(QStringLiteral("generated-120"));
        QVERIFY(article);
        QVERIFY(!article->bodyLoaded);
        const WebReply page =
            again.content().fetch(QUrl(QStringLiteral("fibro://app/article/generated-120")));
        QVERIFY(page.found);
        QVERIFY(QString::fromUtf8(page.body).contains(test::generatedMarker(120)));
        QCOMPARE(fc::test::valueOf(again.articleIndex()->search(test::generatedMarker(207))).size(),
                 1);
    }

    void theSearchSaysWhileTheIndexIsIncomplete()
    {
        AppContext context(m_data->path());
        QVERIFY(context.initialize());
        QVERIFY(context.isIndexing());
        MainWindow window(&context);
        LibraryPanel *panel = window.reader()->panel();
        panel->setIndexingProgress(100, articleCount + 7);
        panel->setQuery(QStringLiteral("pacing"));
        bool noted = false;
        for (const QLabel *label : panel->findChildren<QLabel *>())
            noted = noted || label->text().contains(QLatin1String("still being indexed"));
        QVERIFY(noted);
        QSignalSpy ready(&context, &AppContext::articleIndexReady);
        QVERIFY(ready.wait(120000));
        for (const QLabel *label : panel->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(QLatin1String("still being indexed")));
    }

    void quittingWhileIndexingLosesNothing()
    {
        {
            AppContext context(m_data->path());
            QString error;
            QVERIFY(context.initialize());
            QVERIFY(context.isIndexing());
        } // stops the worker after its current batch
        QVERIFY(!QFile::exists(m_data->filePath(QStringLiteral("library-cache.bin"))));
        AppContext again(m_data->path());
        QVERIFY(again.initialize());
        if (again.isIndexing()) {
            QSignalSpy ready(&again, &AppContext::articleIndexReady);
            QVERIFY(ready.wait(120000));
        }
        QCOMPARE(fc::test::valueOf(again.articleIndex()->search(test::generatedMarker(100))).size(),
                 1);
        QCOMPARE(fc::test::valueOf(again.articleIndex()->search(test::generatedMarker(249))).size(),
                 1);
    }

    void passagesAreReadForTheHitsOnScreen()
    {
        AppContext context(m_data->path());
        FC_VERIFY_OK(context.initialize());
        if (context.isIndexing()) {
            QSignalSpy ready(&context, &AppContext::articleIndexReady);
            QVERIFY(ready.wait(120000));
        }
        MainWindow window(&context);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(QStringLiteral("library"));
        LibraryPanel *panel = window.reader()->panel();
        // In every generated article: more matches than are listed.
        panel->setQuery(QStringLiteral("pacing"));
        QListWidget *list = panel->results();
        QCOMPARE(list->count(), 50);
        const QLabel *label = panel->findChild<QLabel *>();
        QVERIFY(label);
        QVERIFY2(label->text().contains(QLatin1String("the 50 best are listed")),
                 qPrintable(label->text()));
        const auto passage = [list](int row) {
            return list->item(row)->data(SearchResultDelegate::SnippetRole).toString();
        };
        QTRY_VERIFY(passage(0).contains(QLatin1String("<mark>")));
        QVERIFY(passage(49).isEmpty());
        // Scrolled to the end, as often as the passages read on the way make the list longer.
        QScrollBar *bar = list->verticalScrollBar();
        QTRY_VERIFY([&] {
            bar->setValue(bar->maximum());
            return passage(49).contains(QLatin1String("<mark>"));
        }());
        // The keyboard's row gets its passage too, wherever it is.
        list->verticalScrollBar()->setValue(0);
        list->setCurrentRow(30);
        QVERIFY(passage(30).contains(QLatin1String("<mark>")));
    }

    void importingABigFolderIndexesItInTheBackground()
    {
        test::TempDataDir fresh;
        AppContext context(fresh.path());
        QVERIFY(context.initialize());
        QVERIFY(!context.isIndexing());
        const ImportSummary summary =
            context.importArticles({m_data->filePath(QStringLiteral("articles"))});
        QCOMPARE(summary.importedSlugs.size(), articleCount);
        QVERIFY(context.isIndexing());
        QSignalSpy ready(&context, &AppContext::articleIndexReady);
        QVERIFY(ready.wait(120000));
        QCOMPARE(
            fc::test::valueOf(context.articleIndex()->search(test::generatedMarker(231))).size(),
            1);
        QVERIFY(QFile::exists(fresh.filePath(QStringLiteral("library-cache.bin"))));
    }

private:
    static constexpr int articleCount = AppContext::backgroundIndexThreshold + 50;
    std::unique_ptr<test::TempDataDir> m_data;
};

FC_UI_TEST_MAIN(TstLargeLibrary)
#include "tst_largelibrary.moc"
