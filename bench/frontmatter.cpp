// Front matter of every bundled article (YAML) and of a Hugo-style TOML header.
#include "articles/frontmatter.h"

#include "support/benchmark.h"

#include <QDir>
#include <QFile>

FC_BENCHMARK(frontMatterParse)
{
    QStringList texts;
    const QDir dir(QStringLiteral(":/data/articles"));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    bench.measure(QStringLiteral("front matter: %1 bundled articles (YAML)").arg(texts.size()), 100,
                  [&] {
                      for (const QString &text : std::as_const(texts))
                          fc::parseFrontMatter(text, nullptr);
                  });
    const QString toml = QStringLiteral(
        "+++\ntitle = \"Hugo page\"\nslug = \"hugo-page\"\ntags = [\"pain\", \"sleep\"]\n"
        "[study]\ndesign = \"double blind\"\nparticipants = 31\n[[study.results]]\n"
        "measure = \"pain\"\ntreatment_change_percent = -28.8\np = 0.016\n+++\nBody\n");
    bench.measure(QStringLiteral("front matter: TOML header"), 100,
                  [&] { fc::parseFrontMatter(toml, nullptr); });
}
