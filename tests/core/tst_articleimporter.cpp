#include "articles/articleimporter.h"
#include "articles/articlelibrary.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace fc;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

const QByteArray pacing = "---\ntitle: Pacing plan\nslug: pacing-plan\nsummary: My plan.\n"
                          "topics: [fatigue]\n---\n\n## Rules\n\nRest before the crash.\n";

} // namespace

class TstArticleImporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The summary's plural forms ("1 article", "2 articles"), as the app installs them.
        QVERIFY2(test::installEnglishTranslation(), "fibro-companion_en.qm not found");
    }

    void init()
    {
        m_source = std::make_unique<test::TempDataDir>();
        m_data = std::make_unique<test::TempDataDir>();
        m_library = std::make_unique<ArticleLibrary>();
        QVERIFY(m_library->loadBundled());
    }

    void folderImportKeepsGoodFilesAndNamesBadOnes()
    {
        writeFile(m_source->filePath(QStringLiteral("good.md")), pacing);
        writeFile(m_source->filePath(QStringLiteral("sub/plain.markdown")),
                  "# Warm baths\n\nThey help me sleep.\n");
        writeFile(m_source->filePath(QStringLiteral("broken.md")),
                  "---\ntitle: Broken\ntopics: - a\n---\nBody\n");
        writeFile(m_source->filePath(QStringLiteral("latin1.md")),
                  "# Caf\xc3\xa9\n\nline two\nna\xefve\n");
        writeFile(m_source->filePath(QStringLiteral("notes.txt")), "not markdown");

        ArticleImporter importer(m_library.get(), m_data->filePath(QStringLiteral("articles")));
        const ImportSummary s = importer.import({m_source->path()});
        QCOMPARE(s.filesSeen, 4);
        QCOMPARE(s.importedSlugs,
                 (QStringList{QStringLiteral("pacing-plan"), QStringLiteral("plain")}));
        QCOMPARE(s.errors.size(), 2);
        QCOMPARE(s.errors[0].file, QStringLiteral("broken.md"));
        QCOMPARE(s.errors[0].line, 3);
        QCOMPARE(s.errors[1].file, QStringLiteral("latin1.md"));
        QCOMPARE(s.errors[1].line, 4);
        QVERIFY(s.errors[1].message.contains(QLatin1String("UTF-8")));
        QVERIFY2(s.text().startsWith(
                     QLatin1String("Imported 2 articles. 2 files could not be imported:")),
                 qPrintable(s.text()));
        QVERIFY(s.text().contains(QLatin1String("broken.md, line 3:")));

        const Article *a = m_library->find(QStringLiteral("pacing-plan"));
        QVERIFY(a);
        QCOMPARE(a->origin, Article::Origin::Imported);
        QCOMPARE(a->title, QStringLiteral("Pacing plan"));
        QVERIFY(QFile::exists(m_data->filePath(QStringLiteral("articles/pacing-plan.md"))));
        QVERIFY(QFile::exists(m_data->filePath(QStringLiteral("articles/plain.md"))));
        QCOMPARE(m_library->find(QStringLiteral("plain"))->title, QStringLiteral("Warm baths"));

        // The copies are what the next start-up loads.
        ArticleLibrary reloaded;
        QVERIFY(reloaded.loadBundled());
        QVector<ArticleError> errors;
        reloaded.loadImported(m_data->filePath(QStringLiteral("articles")), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(reloaded.articles().size(), 9);
        QCOMPARE(reloaded.find(QStringLiteral("plain"))->title, QStringLiteral("Warm baths"));
    }

    // Site generators' folders, as Hugo (page bundles: content/<section>/<page>/index.md and
    // _index.md), MkDocs (docs/<topic>/index.md) and GitHub (README.md) lay them out.
    void siteFoldersImportEveryPage()
    {
        writeFile(m_source->filePath(QStringLiteral("content/treatments/_index.md")),
                  "---\ntitle: Treatments\n---\nAll of them.\n");
        writeFile(m_source->filePath(QStringLiteral("content/treatments/pacing/index.md")),
                  "---\ntitle: Pacing\ndate: 2024-02-01T10:00:00+01:00\ntags:\n  - fatigue\n"
                  "  - pem\n---\nStop before you crash.\n");
        writeFile(m_source->filePath(QStringLiteral("content/treatments/warm_baths/index.md")),
                  "---\ntitle: Warm baths\ncategories: [sleep,\n  pain]\n---\nEvery night.\n");
        writeFile(m_source->filePath(QStringLiteral("content/diary/pacing/index.md")),
                  "---\ntitle: Pacing, my week\n---\nMonday.\n");
        writeFile(m_source->filePath(QStringLiteral("docs/sleep-hygiene/README.md")),
                  "# Sleep hygiene\n\nSame time every night.\n");
        writeFile(m_source->filePath(QStringLiteral("posts/2024-03-01-magnesium.md")),
                  "---\nlayout: post\ntitle: Magnesium\ncategory: supplements\n"
                  "slug: magnesium_glycinate.v2\n---\nBefore bed.\n");

        ArticleImporter importer(m_library.get(), m_data->filePath(QStringLiteral("articles")));
        const ImportSummary s = importer.import({m_source->path()});
        QVERIFY2(s.errors.isEmpty(), qPrintable(s.text()));
        QCOMPARE(s.filesSeen, 6);
        QCOMPARE(s.importedSlugs.size(), 6);
        for (const char *slug : {"treatments", "pacing", "pacing-2", "warm-baths", "sleep-hygiene",
                                 "magnesium-glycinate-v2"})
            QVERIFY2(m_library->find(QLatin1String(slug)), slug);
        QCOMPARE(m_library->find(QStringLiteral("sleep-hygiene"))->title,
                 QStringLiteral("Sleep hygiene"));
        // Files come in path order: content/diary/pacing before content/treatments/pacing.
        QCOMPARE(m_library->find(QStringLiteral("pacing"))->title,
                 QStringLiteral("Pacing, my week"));
        QCOMPARE(m_library->find(QStringLiteral("pacing-2"))->topics,
                 (QStringList{QStringLiteral("fatigue"), QStringLiteral("pem")}));
        QCOMPARE(m_library->find(QStringLiteral("warm-baths"))->topics,
                 (QStringList{QStringLiteral("sleep"), QStringLiteral("pain")}));
        QCOMPARE(m_library->find(QStringLiteral("magnesium-glycinate-v2"))->topics,
                 QStringList{QStringLiteral("supplements")});

        // Importing the folder again names each page that is already there by its path.
        const ImportSummary again = importer.import({m_source->path()});
        QCOMPARE(again.errors.size(), 6);
        QCOMPARE(again.errors[0].file, QStringLiteral("content/diary/pacing/index.md"));
    }

    // An mdBook's SUMMARY.md is its table of contents, not a page: the chapters come in its
    // order. MkDocs keeps the order in mkdocs.yml's nav.
    void siteContentsGiveTheOrderAndAreNotPages()
    {
        writeFile(m_source->filePath(QStringLiteral("book/book.toml")),
                  "[book]\ntitle = \"Living with ME/CFS\"\nsrc = \"src\"\n");
        writeFile(m_source->filePath(QStringLiteral("book/src/SUMMARY.md")),
                  "# Summary\n\n[Introduction](intro.md)\n\n# Daily life\n\n"
                  "- [Pacing](pacing/README.md)\n  - [Heart rate](pacing/heart-rate.md)\n"
                  "- [Sleep](sleep.md)\n- [Draft chapter]()\n");
        writeFile(m_source->filePath(QStringLiteral("book/src/intro.md")),
                  "# Introduction\n\nHi.\n");
        writeFile(m_source->filePath(QStringLiteral("book/src/sleep.md")), "# Sleep\n\nRest.\n");
        writeFile(m_source->filePath(QStringLiteral("book/src/pacing/README.md")),
                  "# Pacing\n\nSlowly.\n");
        writeFile(m_source->filePath(QStringLiteral("book/src/pacing/heart-rate.md")),
                  "# Heart rate\n\nBelow the line.\n");
        ArticleImporter importer(m_library.get(), m_data->filePath(QStringLiteral("articles")));
        const ImportSummary book = importer.import({m_source->filePath(QStringLiteral("book"))});
        QVERIFY2(book.errors.isEmpty(), qPrintable(book.text()));
        QCOMPARE(book.importedSlugs,
                 (QStringList{QStringLiteral("intro"), QStringLiteral("pacing"),
                              QStringLiteral("heart-rate"), QStringLiteral("sleep")}));
        QVERIFY(!m_library->find(QStringLiteral("summary")));

        writeFile(m_source->filePath(QStringLiteral("site/mkdocs.yml")),
                  "site_name: Long COVID notes\nnav:\n  - Home: index.md\n  - Living:\n"
                  "      - 'Brain fog': living/fog.md\n      - living/breathing.md\n"
                  "theme: material\nmarkdown_extensions:\n  - toc:\n      permalink: true\n");
        writeFile(m_source->filePath(QStringLiteral("site/docs/index.md")), "# Home\n\nStart.\n");
        writeFile(m_source->filePath(QStringLiteral("site/docs/living/breathing.md")),
                  "# Breathing\n\nSlow.\n");
        writeFile(m_source->filePath(QStringLiteral("site/docs/living/fog.md")),
                  "# Brain fog\n\nLists.\n");
        writeFile(m_source->filePath(QStringLiteral("site/docs/about.md")), "# About\n\nUs.\n");
        const ImportSummary site = importer.import({m_source->filePath(QStringLiteral("site"))});
        QVERIFY2(site.errors.isEmpty(), qPrintable(site.text()));
        // nav order, then the page the nav leaves out.
        QCOMPARE(site.importedSlugs,
                 (QStringList{QStringLiteral("docs"), QStringLiteral("fog"),
                              QStringLiteral("breathing"), QStringLiteral("about")}));
    }

    void slugClashIsExplained()
    {
        writeFile(m_source->filePath(QStringLiteral("ldn.md")),
                  "---\ntitle: My LDN notes\nslug: low-dose-naltrexone\n---\nx\n");
        writeFile(m_source->filePath(QStringLiteral("a.md")), pacing);
        ArticleImporter importer(m_library.get(), m_data->filePath(QStringLiteral("articles")));
        ImportSummary s = importer.import({m_source->filePath(QStringLiteral("ldn.md")),
                                           m_source->filePath(QStringLiteral("a.md"))});
        QCOMPARE(s.importedSlugs, QStringList{QStringLiteral("pacing-plan")});
        QCOMPARE(s.errors.size(), 1);
        QCOMPARE(s.errors[0].file, QStringLiteral("ldn.md"));
        QVERIFY2(s.errors[0].message.contains(QLatin1String("already used by the bundled article")),
                 qPrintable(s.errors[0].message));
        QCOMPARE(m_library->find(QStringLiteral("low-dose-naltrexone"))->origin,
                 Article::Origin::Bundled);

        s = importer.import({m_source->filePath(QStringLiteral("a.md"))});
        QVERIFY(s.importedSlugs.isEmpty());
        QCOMPARE(s.errors.size(), 1);
        QVERIFY2(s.errors[0].message.contains(QLatin1String("remove it first")),
                 qPrintable(s.errors[0].message));
    }

    void missingPathsAndEmptyFoldersAreReported()
    {
        ArticleImporter importer(m_library.get(), m_data->filePath(QStringLiteral("articles")));
        const ImportSummary s =
            importer.import({m_source->filePath(QStringLiteral("nope.md")), m_source->path()});
        QVERIFY(s.importedSlugs.isEmpty());
        QCOMPARE(s.errors.size(), 2);
        QVERIFY(s.errors[0].toString().contains(QLatin1String("does not exist")));
        QVERIFY(s.errors[1].toString().contains(QLatin1String("no Markdown")));
    }

    void oversizedFileIsRefused()
    {
        // A real library page can be 400 KB: it comes in; past the limit the message says what
        // to do.
        writeFile(m_source->filePath(QStringLiteral("long.md")),
                  "# Long\n\n" + QByteArray("Words of a long page.\n\n").repeated(17000));
        writeFile(m_source->filePath(QStringLiteral("huge.md")),
                  "# Huge\n\n" + QByteArray("Words of a long page.\n\n").repeated(30000));
        ArticleImporter importer(m_library.get(), m_data->filePath(QStringLiteral("articles")));
        const ImportSummary s = importer.import({m_source->filePath(QStringLiteral("long.md")),
                                                 m_source->filePath(QStringLiteral("huge.md"))});
        QCOMPARE(s.importedSlugs, QStringList{QStringLiteral("long")});
        QCOMPARE(s.errors.size(), 1);
        QVERIFY2(
            s.errors[0].message.startsWith(QLatin1String("is too large for an article (674 KB; "
                                                         "the limit is 528 KB): split it")),
            qPrintable(s.errors[0].message));
    }

    // What is not a Markdown page is refused with a word, never made into an article.
    void onlyMarkdownWithTextIsImported()
    {
        writeFile(m_source->filePath(QStringLiteral("journal.csv")), "date,pain\n2024-01-01,3\n");
        writeFile(m_source->filePath(QStringLiteral("export.xml")), "<HealthData/>\n");
        writeFile(m_source->filePath(QStringLiteral("empty.md")), "");
        writeFile(m_source->filePath(QStringLiteral("blank.md")), "\n  \n");
        writeFile(m_source->filePath(QStringLiteral("only-front-matter.md")),
                  "---\ntitle: Nothing yet\n---\n\n");
        writeFile(m_source->filePath(QStringLiteral("brackets.md")),
                  "# Brackets\n\n" + QByteArray("![[]()").repeated(5000));
        ArticleImporter importer(m_library.get(), m_data->filePath(QStringLiteral("articles")));
        QStringList paths;
        for (const char *name : {"journal.csv", "export.xml", "empty.md", "blank.md",
                                 "only-front-matter.md", "brackets.md"})
            paths << m_source->filePath(QLatin1String(name));
        const ImportSummary s = importer.import(paths);
        QVERIFY(s.importedSlugs.isEmpty());
        QCOMPARE(s.errors.size(), 6);
        QVERIFY2(
            s.errors[0].toString().contains(QLatin1String("journal.csv: is not a Markdown file")),
            qPrintable(s.errors[0].toString()));
        QVERIFY(
            s.errors[1].toString().contains(QLatin1String("export.xml: is not a Markdown file")));
        QVERIFY2(s.errors[2].toString().contains(QLatin1String("empty.md: is empty")),
                 qPrintable(s.errors[2].toString()));
        QVERIFY(s.errors[3].toString().contains(QLatin1String("is empty")));
        QVERIFY2(
            s.errors[4].toString().contains(QLatin1String("has no text after its front matter")),
            qPrintable(s.errors[4].toString()));
        QVERIFY2(s.errors[5].toString().contains(QLatin1String("Add blank lines")),
                 qPrintable(s.errors[5].toString()));
        // Nothing was copied into the library.
        QVERIFY(
            QDir(m_data->filePath(QStringLiteral("articles"))).entryList(QDir::Files).isEmpty());
    }

    void removeDeletesOnlyImportedArticles()
    {
        writeFile(m_source->filePath(QStringLiteral("a.md")), pacing);
        ArticleImporter importer(m_library.get(), m_data->filePath(QStringLiteral("articles")));
        QCOMPARE(importer.import({m_source->filePath(QStringLiteral("a.md"))}).importedSlugs.size(),
                 1);
        QString error;
        QVERIFY(test::fails(importer.remove(QStringLiteral("low-dose-naltrexone")), &error));
        QVERIFY2(error.contains(QLatin1String("cannot be removed")), qPrintable(error));
        QVERIFY(m_library->find(QStringLiteral("low-dose-naltrexone")));
        QVERIFY(!importer.remove(QStringLiteral("nothing-here")));

        FC_VERIFY_OK(importer.remove(QStringLiteral("pacing-plan")));
        QVERIFY(!m_library->find(QStringLiteral("pacing-plan")));
        QVERIFY(!QFile::exists(m_data->filePath(QStringLiteral("articles/pacing-plan.md"))));
        // Once removed, the same file can come back.
        QCOMPARE(importer.import({m_source->filePath(QStringLiteral("a.md"))}).importedSlugs.size(),
                 1);
    }

private:
    std::unique_ptr<test::TempDataDir> m_source;
    std::unique_ptr<test::TempDataDir> m_data;
    std::unique_ptr<ArticleLibrary> m_library;
};

FC_CORE_TEST_MAIN(TstArticleImporter)
#include "tst_articleimporter.moc"
