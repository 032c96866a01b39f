// The reader at scale: 5,000 generated articles of about 1,500 words in a data folder's
// articles/, as if the user had imported them. Loading the library at start, building and
// checking the search index, searching, rendering one article, and the window's start-up with
// that library beside the same start-up with the bundled seven only.
#include "articles/articleindex.h"
#include "articles/articlelibrary.h"
#include "articles/articlepage.h"
#include "support/benchmark.h"
#include "support/processstats.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <chrono>
#include <cstdio>
#include <random>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

constexpr int articleCount = 5000;
constexpr int wordsPerArticle = 1500;

// Words of a real article library follow Zipf's law: a few words are everywhere, most are rare.
// The vocabulary is the bundled articles' own words (so queries like "magnesium" or "naltrex"
// hit realistic numbers of articles) followed by made-up words to a realistic size.
class WordSource
{
public:
    explicit WordSource(const fc::ArticleLibrary &bundled)
    {
        static const QRegularExpression wordPattern(QStringLiteral("[a-z]{3,}"));
        QSet<QString> seen;
        for (const fc::Article &a : bundled.articles()) {
            auto it = wordPattern.globalMatch(a.body.toLower());
            while (it.hasNext()) {
                const QString w = it.next().captured();
                if (!seen.contains(w)) {
                    seen.insert(w);
                    m_words << w;
                }
            }
        }
        // 20^3 + 20^4 possible made-up words, far more than are drawn.
        static const char *const syllables[] = {"ka",  "lo", "mi", "ser", "tan", "vo",  "dre",
                                                "pul", "en", "ri", "sto", "ma",  "gel", "nu",
                                                "bar", "te", "ox", "fin", "sul", "ge"};
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> pick(0, int(std::size(syllables)) - 1);
        std::uniform_int_distribution<int> length(3, 4);
        while (m_words.size() < 30000) {
            QString w;
            for (int s = length(rng); s > 0; --s)
                w += QLatin1String(syllables[pick(rng)]);
            if (!seen.contains(w)) {
                seen.insert(w);
                m_words << w;
            }
        }
        double sum = 0;
        for (int rank = 1; rank <= m_words.size(); ++rank)
            m_cumulative.push_back(sum += 1.0 / rank);
    }

    const QString &next(std::mt19937 &rng) const
    {
        std::uniform_real_distribution<double> u(0, m_cumulative.back());
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u(rng));
        return m_words[int(it - m_cumulative.begin())];
    }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

QString generatedArticle(int n, const WordSource &words, std::mt19937 &rng)
{
    static const char *const topics[] = {"medications", "supplements",  "movement", "cannabis",
                                         "pain",        "sleep",        "fatigue",  "brain-fog",
                                         "mood",        "fibromyalgia", "me-cfs"};
    auto sentence = [&](int length) {
        QString s;
        for (int i = 0; i < length; ++i) {
            const QString &w = words.next(rng);
            s += i == 0 ? w.left(1).toUpper() + w.mid(1) : w;
            s += i + 1 == length ? QStringLiteral(". ") : QStringLiteral(" ");
        }
        return s;
    };
    QString md = QStringLiteral("---\ntitle: \"%1 and %2: notes %3\"\nslug: generated-%3\n"
                                "summary: \"%4\"\ntopics: [%5, %6]\n---\n\n")
                     .arg(words.next(rng), words.next(rng))
                     .arg(n, 4, 10, QLatin1Char('0'))
                     .arg(sentence(12).trimmed(), QLatin1String(topics[n % 11]),
                          QLatin1String(topics[(n / 11) % 11]));
    int count = 0;
    for (int section = 1; count < wordsPerArticle; ++section) {
        md += QStringLiteral("## %1\n\n").arg(sentence(3).trimmed());
        for (int p = 0; p < 3 && count < wordsPerArticle; ++p) {
            for (int s = 0; s < 6; ++s, count += 12)
                md += sentence(12);
            md += QStringLiteral("\n\n");
        }
        md += QStringLiteral("- %1\n- %2\n\n").arg(sentence(8), sentence(8));
        count += 16;
    }
    return md;
}

fc::ArticleLibrary bundledLibrary()
{
    fc::ArticleLibrary library;
    if (const fc::Result outcome = library.loadBundled(); !outcome)
        std::fprintf(stderr, "bundled library: %s\n", qPrintable(outcome.message()));
    return library;
}

// The generated data folder, written once per fc-bench run and shared by the cases below.
QString largeDataDir(fc::bench::Bench &bench)
{
    static QString dir;
    if (!dir.isEmpty())
        return dir;
    const QString path = bench.env().workDir + QStringLiteral("/library-data");
    const QString articles = path + QStringLiteral("/articles");
    if (!QDir().mkpath(articles)) {
        bench.fail(QStringLiteral("cannot create ") + articles);
        return {};
    }
    std::fprintf(stderr, "  writing %d generated articles\n", articleCount);
    const WordSource words(bundledLibrary());
    std::mt19937 rng(2026);
    for (int n = 0; n < articleCount; ++n) {
        QSaveFile file(
            QStringLiteral("%1/generated-%2.md").arg(articles).arg(n, 4, 10, QChar('0')));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(generatedArticle(n, words, rng).toUtf8()) < 0 || !file.commit()) {
            bench.fail(QStringLiteral("cannot write ") + file.fileName());
            return {};
        }
    }
    return dir = path;
}

// A child's peak memory as wait4 reports it includes this process's resident memory at fork, so
// the thousands of articles held here are handed back before the process cases start others.
struct ReleaseFreedMemoryOnExit
{
    ReleaseFreedMemoryOnExit() = default;
    ReleaseFreedMemoryOnExit(const ReleaseFreedMemoryOnExit &) = delete;
    ReleaseFreedMemoryOnExit &operator=(const ReleaseFreedMemoryOnExit &) = delete;
    ~ReleaseFreedMemoryOnExit()
    {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

FC_BENCHMARK(libraryScale)
{
    const ReleaseFreedMemoryOnExit trimAfterwards; // first, so it runs after every local is gone
    const QString data = largeDataDir(bench);
    if (data.isEmpty())
        return;
    const QString articles = data + QStringLiteral("/articles");
    const QString indexPath = bench.env().workDir + QStringLiteral("/library-index.sqlite");
    const QString cachePath = bench.env().workDir + QStringLiteral("/library-cache.bin");

    QVector<double> firstLoad;
    QVector<double> nextLoad;
    std::fprintf(stderr, "  library load, %d articles (3 + 10 runs)\n", articleCount);
    for (int run = 0; run < 13; ++run) {
        if (run < 3) {
            QFile::remove(cachePath);
            QFile::remove(indexPath);
            QFile::remove(indexPath + QStringLiteral("-wal"));
            QFile::remove(indexPath + QStringLiteral("-shm"));
        }
        QElapsedTimer timer;
        timer.start();
        fc::ArticleLibrary library;
        fc::ArticleIndex index(indexPath);
        QVector<fc::ArticleError> errors;
        fc::Result opened = library.loadBundled();
        if (opened)
            opened = index.open();
        if (!opened) {
            bench.fail(opened.message());
            return;
        }
        library.loadImported(articles, &errors, cachePath);
        const double loaded = msSince(timer);
        if (library.articles().size() != articleCount + 7 || !errors.isEmpty()) {
            bench.fail(QStringLiteral("library holds %1 articles, %2 errors")
                           .arg(library.articles().size())
                           .arg(errors.size()));
            return;
        }
        (run < 3 ? firstLoad : nextLoad) << loaded;
        if (run < 3) {
            fc::IndexSyncResult result;
            fc::Result synced = index.sync(library, &result);
            if (synced)
                synced = library.saveImportedCache(cachePath);
            if (!synced) {
                bench.fail(synced.message());
                return;
            }
        }
    }
    bench.addSamples(QStringLiteral("library: load 5,000 articles, first start"), firstLoad);
    bench.addSamples(QStringLiteral("library: load 5,000 articles, later starts"), nextLoad);

    fc::ArticleLibrary library;
    fc::ArticleIndex index(indexPath);
    QVector<fc::ArticleError> errors;
    for (const fc::Result &step : {library.loadBundled(), index.open()}) {
        if (!step) {
            bench.fail(step.message());
            return;
        }
    }
    library.loadImported(articles, &errors, cachePath);
    if (library.find(QStringLiteral("generated-2500")) &&
        library.find(QStringLiteral("generated-2500"))->bodyLoaded) {
        bench.fail(QStringLiteral("the cache did not list generated-2500"));
        return;
    }

    QVector<double> build;
    std::fprintf(stderr, "  index build (3 runs)\n");
    for (int run = 0; run < 3; ++run) {
        const QString fresh = bench.env().workDir + QStringLiteral("/build-%1.sqlite").arg(run);
        QElapsedTimer timer;
        timer.start();
        fc::ArticleIndex buildIndex(fresh);
        fc::IndexSyncResult result;
        fc::Result built = buildIndex.open();
        if (built)
            built = buildIndex.sync(library, &result);
        if (!built || result.added != articleCount + 7) {
            bench.fail(QStringLiteral("index build: ") + built.message());
            return;
        }
        build << msSince(timer);
    }
    bench.addSamples(QStringLiteral("index: build for 5,007 articles"), build).memory =
        fc::bench::formatKb(QFileInfo(indexPath).size() / 1024) + QStringLiteral(" on disk");

    bench.measure(QStringLiteral("index: check, nothing changed"), 10, [&] {
        fc::IndexSyncResult result;
        if (const fc::Result synced = index.sync(library, &result); !synced)
            bench.fail(synced.message());
    });

    // Typed words of different reach: a rare term, a treatment, a prefix being typed, common
    // words, two-word queries and a word no article has.
    const QStringList queries{
        QStringLiteral("magnesium"), QStringLiteral("naltrex"),      QStringLiteral("threonate"),
        QStringLiteral("sleep"),     QStringLiteral("pain relief"),  QStringLiteral("brain fog"),
        QStringLiteral("exercise"),  QStringLiteral("placebo"),      QStringLiteral("cyclobenz"),
        QStringLiteral("the study"), QStringLiteral("fatigue dose"), QStringLiteral("ma"),
        QStringLiteral("kalomiser"), QStringLiteral("zzzunknown")};
    QVector<double> latencies;
    QHash<QString, QVector<double>> byQuery;
    QHash<QString, int> hitsByQuery;
    for (int round = 0; round < 10; ++round) {
        for (const QString &q : queries) {
            QElapsedTimer timer;
            timer.start();
            // As the Library lists them: 50 ranked, the passages of the first screenful.
            const fc::Expected<QVector<fc::SearchHit>> found = index.search(q, 50, 8);
            if (!found) {
                bench.fail(found.message());
                return;
            }
            const QVector<fc::SearchHit> &hits = *found;
            const double ms = msSince(timer);
            latencies << ms;
            byQuery[q] << ms;
            hitsByQuery[q] = int(hits.size());
        }
    }
    bench.addSamples(QStringLiteral("search: %1 queries over 5,007 articles").arg(queries.size()),
                     latencies);
    for (const QString &q : queries)
        bench.addSamples(QStringLiteral("search: \"%1\"").arg(q), byQuery[q]).memory =
            QStringLiteral("%1 hits shown").arg(hitsByQuery[q]);

    const fc::Article *article = library.find(QStringLiteral("generated-2500"));
    if (!article) {
        bench.fail(QStringLiteral("generated-2500 is not in the library"));
        return;
    }
    bench.measure(QStringLiteral("article page: generated 1,500 words, from its file"), 20, [&] {
        fc::ArticleError loadError;
        const std::optional<fc::Article> full = library.withBody(*article, &loadError);
        if (!full || fc::ArticlePage::build(*full, library, fc::PageStyle())->size() < 8000)
            bench.fail(QStringLiteral("generated-2500 did not render: ") + loadError.toString());
    });
}

FC_BENCHMARK(libraryStartup)
{
    const fc::bench::Environment &env = bench.env();
    if (env.probePath.isEmpty() || !QFile::exists(env.probePath)) {
        bench.fail(QStringLiteral("--probe was not given or does not exist"));
        return;
    }
    const QString large = largeDataDir(bench);
    if (large.isEmpty())
        return;
    const QString small = env.workDir + QStringLiteral("/bundled-only-data");
    auto startup = [&](const QString &data, const QString &name) {
        QVector<double> samples;
        qint64 peak = 0;
        std::fprintf(stderr, "  %s (1 + 7 runs)\n", qPrintable(name));
        for (int i = 0; i < 8; ++i) {
            // The first start builds the caches, indexing in the background; the user starts
            // again every day.
            const QStringList args =
                i == 0 ? QStringList{data, QStringLiteral("--wait-for-index")} : QStringList{data};
            fc::bench::TimedRun timed;
            QString error;
            if (!fc::bench::runTimedProcess(env.probePath, args, env.workDir, 2, &timed, &error)) {
                bench.fail(error);
                return;
            }
            const QList<QByteArray> &fields = timed.fields;
            const fc::bench::ProcessRun &run = timed.run;
            if (i == 0)
                continue;
            samples << fields[0].toDouble();
            peak = std::max({peak, fields[1].toLongLong(), run.peakTreeKb});
        }
        bench.addSamples(name, samples).memory =
            fc::bench::formatKb(peak) + QStringLiteral(" peak RSS, tree");
    };
    startup(small, QStringLiteral("process: start to first article, 7 articles"));
    startup(large, QStringLiteral("process: start to first article, 5,007 articles"));
}
