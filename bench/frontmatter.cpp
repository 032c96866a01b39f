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

    // The shape tst_frontmatter checks for correctness: 40,000 keys, lists, a 200,000-char line.
    QString yaml = QStringLiteral("---\n");
    for (int i = 0; i < 20000; ++i) {
        yaml += QStringLiteral("key%1: value %1 # comment\n").arg(i);
        yaml += QStringLiteral("list%1:\n  - a: 1\n    b: [1, 2, \"x\"]\n  - |\n    text\n").arg(i);
    }
    yaml += QStringLiteral("long: ") + QString(200000, u'x') + QStringLiteral("\n---\nBody\n");
    bench.measure(QStringLiteral("front matter: 40,000 keys (%1 MB)")
                      .arg(double(yaml.toUtf8().size()) / 1024 / 1024, 0, 'f', 1),
                  5, [&] {
                      if (!fc::parseFrontMatter(yaml, nullptr))
                          bench.fail(QStringLiteral("the large front matter did not parse"));
                  });
}
