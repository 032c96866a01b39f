// Rendering Markdown: every bundled article, a generated long one, and a whole reading page.
#include "articles/articlelibrary.h"
#include "articles/articlepage.h"
#include "articles/markdownrenderer.h"
#include "support/benchmark.h"

#include <cstdio>

namespace {

// About 1,500 words in the shape of a real article: headings, paragraphs with emphasis and
// links, lists, a quote and a caption line.
QString generatedArticle(int words)
{
    static const QStringList vocabulary =
        QStringLiteral(
            "pain fatigue sleep fog magnesium naltrexone study week dose placebo patients improved "
            "reported symptoms morning evening exercise pacing gentle increase baseline measure "
            "score women participants trial result effect small large significant")
            .split(u' ');
    QString md;
    int count = 0;
    int section = 0;
    while (count < words) {
        md += QStringLiteral("\n## Section %1 about pacing\n\n").arg(++section);
        count += 4;
        for (int p = 0; p < 3 && count < words; ++p) {
            for (int w = 0; w < 60 && count < words; ++w, ++count) {
                const QString &word = vocabulary[(count * 7 + section) % vocabulary.size()];
                if (w % 17 == 5)
                    md += QStringLiteral("*%1* ").arg(word);
                else if (w % 23 == 9)
                    md +=
                        QStringLiteral("[%1](fibro://app/article/low-dose-naltrexone) ").arg(word);
                else
                    md += word + u' ';
            }
            md += QStringLiteral(".\n\n");
        }
        md += QStringLiteral("- first point on dose\n- second point on sleep\n  - nested detail\n\n"
                             "> A quoted line from the study.\n\n[[caption: Figure %1]]\n")
                  .arg(section);
        count += 20;
    }
    return md;
}

const fc::ArticleLibrary &library()
{
    static const fc::ArticleLibrary lib = [] {
        fc::ArticleLibrary l;
        if (const fc::Result outcome = l.loadBundled(); !outcome)
            std::fprintf(stderr, "bundled library: %s\n", qPrintable(outcome.message()));
        return l;
    }();
    return lib;
}

} // namespace

FC_BENCHMARK(markdownRender)
{
    const fc::MarkdownRenderer renderer;
    for (const fc::Article &article : library().articles()) {
        bench.measure(QStringLiteral("markdown: %1").arg(article.slug), 50,
                      [&] { renderer.render(article.body); });
    }
    // The worst input allowed (CVE-2023-22486's pattern, as many '[' as a block may hold, in
    // every block of the largest page): it must stay near half a second.
    const QString block =
        QStringLiteral("![[]()").repeated(fc::MarkdownRenderer::maxBracketsPerBlock / 2) +
        QStringLiteral("\n\n");
    const QString hostile =
        block.repeated(int(fc::MarkdownRenderer::maxInputBytes / block.toUtf8().size()));
    bench.measure(QStringLiteral("markdown: hostile, %1 KB with %2 '[' a block")
                      .arg(hostile.toUtf8().size() / 1024)
                      .arg(fc::MarkdownRenderer::maxBracketsPerBlock),
                  3, [&] { renderer.render(hostile); });
    const QString generated = generatedArticle(1500);
    bench.measure(QStringLiteral("markdown: generated 1,500 words (%1 KB)")
                      .arg(generated.toUtf8().size() / 1024),
                  50, [&] { renderer.render(generated); });
}

FC_BENCHMARK(articlePage)
{
    const fc::Article *article = library().find(QStringLiteral("low-dose-naltrexone"));
    if (!article) {
        bench.fail(QStringLiteral("low-dose-naltrexone is not in the library"));
        return;
    }
    bench.measure(QStringLiteral("article page: low-dose-naltrexone"), 50,
                  [&] { fc::ArticlePage::build(*article, library(), fc::PageStyle()).ok(); });
}
