#include "articles/frontmatter.h"
#include "testsuites.h"

#include <QRandomGenerator>
#include <QTest>
#include <limits>

using namespace fc;

namespace {

// Spells out type and value so that a qlonglong 3 and a double 3 do not compare equal.
QString describe(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return QStringLiteral("null");
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("bool:true") : QStringLiteral("bool:false");
    case QMetaType::LongLong:
        return QStringLiteral("int:") + QString::number(v.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("double:") + QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QString:
        return QStringLiteral("str:\"") + v.toString() + u'"';
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant &item : v.toList())
            items << describe(item);
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    case QMetaType::QVariantMap: {
        QStringList items;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items << it.key() + QStringLiteral(": ") + describe(it.value());
        return u'{' + items.join(QStringLiteral(", ")) + u'}';
    }
    default:
        return QStringLiteral("unexpected type ") + QString::fromLatin1(v.typeName());
    }
}

QString frontMatter(const QString &yaml)
{
    return QStringLiteral("---\n") + yaml + QStringLiteral("---\nBody\n");
}

QVariant ll(qlonglong n)
{
    return QVariant(n);
}

} // namespace

class TstFrontMatter : public QObject
{
    Q_OBJECT

private slots:
    void articleFormatExample();
    void jekyll();
    void obsidian();
    void pandocDotsClosing();
    void hugoToml();
    void sequences();
    void multiLineValues();
    void scalars_data();
    void scalars();
    void blockScalars_data();
    void blockScalars();
    void blockScalarInList();
    void comments();
    void crlfAndBom();
    void body_data();
    void body();
    void errors_data();
    void errors();
    void nullErrorPointer();
    void hostileInput();
    void largeInputParsesCompletely();
};

// fmVar names the variables the macro declares, so it cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define PARSE_OK(text, fmVar)                                                                      \
    FrontMatterError fmVar##Error;                                                                 \
    const std::optional<FrontMatter> fmVar##Opt = parseFrontMatter(text, &fmVar##Error);           \
    QVERIFY2(fmVar##Opt.has_value(),                                                               \
             qPrintable(QStringLiteral("line %1: %2")                                              \
                            .arg(QString::number(fmVar##Error.line), fmVar##Error.message)));      \
    const FrontMatter &fmVar = *fmVar##Opt
// NOLINTEND(bugprone-macro-parentheses)

void TstFrontMatter::articleFormatExample()
{
    const QString text = QStringLiteral(R"md(---
title: "Low-dose naltrexone: a pilot study"
slug: low-dose-naltrexone   # required in bundled articles
summary: "A small trial of LDN for fibromyalgia pain."
topics: [medications, pain, fibromyalgia]    # ids from data/topics.json
treatments: [low-dose-naltrexone]
series: exercise-fm-cfs     # optional: series id
series_title: "Exercise and FM/CFS"
part: 1
excerpt: true
source: "Younger J, Mackey S. Pain Medicine 2009"
study:                      # optional
  design: "double-blind, placebo-controlled"
  participants: 31          # total
  treatment_participants: 25   # where arms are given
  placebo_participants: 26
  population: "women with fibromyalgia"
  dose: "4.5 mg in the evening"
  dose_value: 4.5
  dose_unit: mg
  weeks: 12
  results:
    - measure: "Reduction in pain scores from baseline"
      symptom: pain                   # journal symptom key
      treatment_change_percent: -28.8 # signed change from baseline on treatment
      placebo_change_percent: -18
      treatment_percent: 32           # for proportions (responders)
      placebo_percent: 11
      week: 6                         # time point
      p: 0.016
      note: "LDN: 28.8% vs placebo 18%"
    - measure: Responders
      treatment_percent: 32
      p: .5
cautions:                   # the author's own words
  - treatment: magnesium-l-threonate
    quote: "Certain patients should not take extra magnesium, especially those with any degree of kidney dysfunction."
---
## Background

LDN text.
)md");
    PARSE_OK(text, fm);
    QCOMPARE(fm.syntax, FrontMatter::Syntax::Yaml);
    QCOMPARE(fm.bodyFirstLine, 39);
    QCOMPARE(fm.body, QStringLiteral("## Background\n\nLDN text.\n"));

    const QVariantMap &f = fm.fields;
    QCOMPARE(f.size(), 12);
    QCOMPARE(describe(f.value("title")),
             QStringLiteral("str:\"Low-dose naltrexone: a pilot study\""));
    QCOMPARE(describe(f.value("slug")), QStringLiteral("str:\"low-dose-naltrexone\""));
    QCOMPARE(describe(f.value("topics")),
             QStringLiteral("[str:\"medications\", str:\"pain\", str:\"fibromyalgia\"]"));
    QCOMPARE(describe(f.value("treatments")), QStringLiteral("[str:\"low-dose-naltrexone\"]"));
    QCOMPARE(describe(f.value("part")), QStringLiteral("int:1"));
    QCOMPARE(describe(f.value("excerpt")), QStringLiteral("bool:true"));
    QCOMPARE(f.value("series").toString(), QStringLiteral("exercise-fm-cfs"));

    const QVariantMap study = f.value("study").toMap();
    QCOMPARE(study.size(), 10);
    QCOMPARE(describe(study.value("participants")), QStringLiteral("int:31"));
    QCOMPARE(describe(study.value("treatment_participants")), QStringLiteral("int:25"));
    QCOMPARE(describe(study.value("dose_value")), QStringLiteral("double:4.5"));
    QCOMPARE(study.value("dose_unit").toString(), QStringLiteral("mg"));
    QCOMPARE(study.value("design").toString(), QStringLiteral("double-blind, placebo-controlled"));

    const QVariantList results = study.value("results").toList();
    QCOMPARE(results.size(), 2);
    const QVariantMap first = results.at(0).toMap();
    QCOMPARE(first.size(), 9);
    QCOMPARE(first.value("treatment_change_percent").typeId(), int(QMetaType::Double));
    QCOMPARE(first.value("treatment_change_percent").toDouble(), -28.8);
    QCOMPARE(describe(first.value("placebo_change_percent")), QStringLiteral("int:-18"));
    QCOMPARE(describe(first.value("treatment_percent")), QStringLiteral("int:32"));
    QCOMPARE(describe(first.value("week")), QStringLiteral("int:6"));
    QCOMPARE(first.value("p").toDouble(), 0.016);
    QCOMPARE(first.value("symptom").toString(), QStringLiteral("pain"));
    QCOMPARE(first.value("note").toString(), QStringLiteral("LDN: 28.8% vs placebo 18%"));
    QCOMPARE(
        describe(results.at(1)),
        QStringLiteral("{measure: str:\"Responders\", p: double:0.5, treatment_percent: int:32}"));

    const QVariantList cautions = f.value("cautions").toList();
    QCOMPARE(cautions.size(), 1);
    QCOMPARE(cautions.at(0).toMap().value("treatment").toString(),
             QStringLiteral("magnesium-l-threonate"));
    QCOMPARE(cautions.at(0).toMap().value("quote").toString(),
             QStringLiteral("Certain patients should not take extra magnesium, especially those "
                            "with any degree of kidney dysfunction."));
}

void TstFrontMatter::jekyll()
{
    const QString text = QStringLiteral("---\n"
                                        "layout: post\n"
                                        "title:  \"Welcome to Jekyll!\"\n"
                                        "date: 2021-03-04 10:00:00 +0100\n"
                                        "categories: jekyll update\n"
                                        "tags:\n"
                                        "  - a\n"
                                        "  - b\n"
                                        "permalink: /blog/:year/:title/\n"
                                        "published: FALSE\n"
                                        "---\n"
                                        "You'll find this post in `_posts`.\n");
    PARSE_OK(text, fm);
    QCOMPARE(
        describe(fm.fields),
        QStringLiteral("{categories: str:\"jekyll update\", date: str:\"2021-03-04 10:00:00 "
                       "+0100\", layout: str:\"post\", permalink: str:\"/blog/:year/:title/\", "
                       "published: bool:false, tags: [str:\"a\", str:\"b\"], title: "
                       "str:\"Welcome to Jekyll!\"}"));
    QCOMPARE(fm.bodyFirstLine, 12);
    QCOMPARE(fm.body, QStringLiteral("You'll find this post in `_posts`.\n"));
}

void TstFrontMatter::obsidian()
{
    const QString text = QStringLiteral("---\n"
                                        "tags: [fm, sleep]\n"
                                        "aliases:\n"
                                        "cssclasses:\n"
                                        "- wide\n"
                                        "created: 2023-01-05T10:12\n"
                                        "publish: True\n"
                                        "rating: 4\n"
                                        "---\n"
                                        "# Sleep log\n");
    PARSE_OK(text, fm);
    QCOMPARE(describe(fm.fields),
             QStringLiteral("{aliases: null, created: str:\"2023-01-05T10:12\", cssclasses: "
                            "[str:\"wide\"], publish: bool:true, rating: int:4, tags: [str:\"fm\", "
                            "str:\"sleep\"]}"));
    QVERIFY(fm.fields.contains("aliases"));
    QVERIFY(!fm.fields.value("aliases").isValid());
    QCOMPARE(fm.bodyFirstLine, 10);
}

void TstFrontMatter::pandocDotsClosing()
{
    const QString text = QStringLiteral("---\n"
                                        "title: Pandoc\n"
                                        "author:\n"
                                        "  - Ann\n"
                                        "abstract: |\n"
                                        "  First line.\n"
                                        "  Second line.\n"
                                        "...\n"
                                        "Body text\n");
    PARSE_OK(text, fm);
    QCOMPARE(
        describe(fm.fields),
        QStringLiteral("{abstract: str:\"First line.\nSecond line.\n\", author: [str:\"Ann\"], "
                       "title: str:\"Pandoc\"}"));
    QCOMPARE(fm.bodyFirstLine, 9);
    QCOMPARE(fm.body, QStringLiteral("Body text\n"));
}

void TstFrontMatter::hugoToml()
{
    const QString text = QStringLiteral(R"(+++
title = "Pacing with FM"
date = 2021-03-04T10:00:00+01:00
lastmod = 2021-03-05 08:30:00
day = 2021-03-05
draft = false
weight = 10
ratio = 0.5
neg = -18
big = 1_000
hex = 0xff
sci = 1e3
tags = ["fm", 'pacing', "a, b"]
nested = [[1, 2], ["x"]]
empty = []
multi = [
  "one",   # a comment inside an array
  "two",
]
# a comment line
path = 'C:\Users\ann'   # literal strings keep backslashes
inline = { x = 1, y.z = "deep" }
"quoted key" = true
[params]
author = "Ann \"A\" B\u00e9\tC"
long = """
first
second"""
[params.social]
count = -3
[[menu.main]]
name = "Home"
[[menu.main]]
name = "About"
weight = 2
+++
Body
)");
    PARSE_OK(text, fm);
    QCOMPARE(fm.syntax, FrontMatter::Syntax::Toml);
    QCOMPARE(fm.bodyFirstLine, 37);
    QCOMPARE(fm.body, QStringLiteral("Body\n"));
    const QVariantMap &f = fm.fields;
    QCOMPARE(describe(f.value("title")), QStringLiteral("str:\"Pacing with FM\""));
    QCOMPARE(describe(f.value("date")), QStringLiteral("str:\"2021-03-04T10:00:00+01:00\""));
    QCOMPARE(describe(f.value("lastmod")), QStringLiteral("str:\"2021-03-05 08:30:00\""));
    QCOMPARE(describe(f.value("day")), QStringLiteral("str:\"2021-03-05\""));
    QCOMPARE(describe(f.value("draft")), QStringLiteral("bool:false"));
    QCOMPARE(describe(f.value("weight")), QStringLiteral("int:10"));
    QCOMPARE(describe(f.value("ratio")), QStringLiteral("double:0.5"));
    QCOMPARE(describe(f.value("neg")), QStringLiteral("int:-18"));
    QCOMPARE(describe(f.value("big")), QStringLiteral("int:1000"));
    QCOMPARE(describe(f.value("hex")), QStringLiteral("int:255"));
    QCOMPARE(describe(f.value("sci")), QStringLiteral("double:1000"));
    QCOMPARE(describe(f.value("tags")),
             QStringLiteral("[str:\"fm\", str:\"pacing\", str:\"a, b\"]"));
    QCOMPARE(describe(f.value("nested")), QStringLiteral("[[int:1, int:2], [str:\"x\"]]"));
    QCOMPARE(describe(f.value("empty")), QStringLiteral("[]"));
    QCOMPARE(describe(f.value("multi")), QStringLiteral("[str:\"one\", str:\"two\"]"));
    QCOMPARE(describe(f.value("path")), QStringLiteral("str:\"C:\\Users\\ann\""));
    QCOMPARE(describe(f.value("inline")), QStringLiteral("{x: int:1, y: {z: str:\"deep\"}}"));
    QCOMPARE(describe(f.value("quoted key")), QStringLiteral("bool:true"));
    QCOMPARE(describe(f.value("params")),
             QStringLiteral("{author: str:\"Ann \"A\" B\u00e9\tC\", long: str:\"first\nsecond\", "
                            "social: {count: int:-3}}"));
    QCOMPARE(
        describe(f.value("menu")),
        QStringLiteral("{main: [{name: str:\"Home\"}, {name: str:\"About\", weight: int:2}]}"));
    QCOMPARE(f.size(), 20);
}

void TstFrontMatter::sequences()
{
    const QString text = frontMatter(QStringLiteral("same:\n"
                                                    "- a\n"
                                                    "- b\n"
                                                    "items:\n"
                                                    "  - name: x\n"
                                                    "    value: 1\n"
                                                    "    tags: [t]\n"
                                                    "  - name: y\n"
                                                    "    sub:\n"
                                                    "      deep: true\n"
                                                    "  -\n"
                                                    "    name: z\n"
                                                    "  -\n"
                                                    "  - \"quoted: yes\"\n"
                                                    "nested:\n"
                                                    "  - - 1\n"
                                                    "    - 2\n"
                                                    "  - - 3\n"
                                                    "mixed:\n"
                                                    "- name: q\n"
                                                    "  list:\n"
                                                    "  - 1\n"
                                                    "  - 2\n"
                                                    "  other: o\n"
                                                    "flowItems:\n"
                                                    "  - {a: 1, b: x}\n"
                                                    "  - [1, 2]\n"
                                                    "after: end\n"));
    PARSE_OK(text, fm);
    QCOMPARE(describe(fm.fields.value("same")), QStringLiteral("[str:\"a\", str:\"b\"]"));
    QCOMPARE(
        describe(fm.fields.value("items")),
        QStringLiteral("[{name: str:\"x\", tags: [str:\"t\"], value: int:1}, {name: str:\"y\", "
                       "sub: {deep: bool:true}}, {name: str:\"z\"}, null, str:\"quoted: "
                       "yes\"]"));
    QCOMPARE(describe(fm.fields.value("nested")), QStringLiteral("[[int:1, int:2], [int:3]]"));
    QCOMPARE(describe(fm.fields.value("mixed")),
             QStringLiteral("[{list: [int:1, int:2], name: str:\"q\", other: str:\"o\"}]"));
    QCOMPARE(describe(fm.fields.value("flowItems")),
             QStringLiteral("[{a: int:1, b: str:\"x\"}, [int:1, int:2]]"));
    QCOMPARE(describe(fm.fields.value("after")), QStringLiteral("str:\"end\""));
    QCOMPARE(fm.fields.size(), 6);
}

void TstFrontMatter::multiLineValues()
{
    const QString text = frontMatter(QStringLiteral("summary: This is a long\n"
                                                    "  summary that wraps\n"
                                                    "\n"
                                                    "  with a paragraph\n"
                                                    "title: \"Double quoted\n"
                                                    "  across lines\"\n"
                                                    "single: 'one\n"
                                                    "\n"
                                                    "  two'\n"
                                                    "escaped: \"joined\\\n"
                                                    "   together\"\n"
                                                    "flow: [a,   # first\n"
                                                    "  \"b\",\n"
                                                    "  {c: d}]\n"
                                                    "next:\n"
                                                    "  Value on its own line\n"));
    PARSE_OK(text, fm);
    QCOMPARE(fm.fields.value("summary").toString(),
             QStringLiteral("This is a long summary that wraps\nwith a paragraph"));
    QCOMPARE(fm.fields.value("title").toString(), QStringLiteral("Double quoted across lines"));
    QCOMPARE(fm.fields.value("single").toString(), QStringLiteral("one\ntwo"));
    QCOMPARE(fm.fields.value("escaped").toString(), QStringLiteral("joinedtogether"));
    QCOMPARE(describe(fm.fields.value("flow")),
             QStringLiteral("[str:\"a\", str:\"b\", {c: str:\"d\"}]"));
    QCOMPARE(fm.fields.value("next").toString(), QStringLiteral("Value on its own line"));
    QCOMPARE(fm.bodyFirstLine, 19);
}

void TstFrontMatter::scalars_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("int") << "42" << ll(42);
    QTest::newRow("negative int") << "-18" << ll(-18);
    QTest::newRow("plus int") << "+7" << ll(7);
    QTest::newRow("zero") << "0" << ll(0);
    QTest::newRow("hex") << "0x1F" << ll(31);
    QTest::newRow("octal") << "0o17" << ll(15);
    QTest::newRow("int64 max") << "9223372036854775807" << ll(9223372036854775807LL);
    QTest::newRow("int overflow stays text")
        << "99999999999999999999" << QVariant(QStringLiteral("99999999999999999999"));
    QTest::newRow("float") << "4.5" << QVariant(4.5);
    QTest::newRow("negative float") << "-28.8" << QVariant(-28.8);
    QTest::newRow("leading dot") << ".5" << QVariant(0.5);
    QTest::newRow("exponent") << "1e3" << QVariant(1000.0);
    QTest::newRow("negative exponent") << "-1.5E-2" << QVariant(-0.015);
    QTest::newRow("infinity") << "-.inf" << QVariant(-std::numeric_limits<double>::infinity());
    QTest::newRow("true") << "true" << QVariant(true);
    QTest::newRow("True") << "True" << QVariant(true);
    QTest::newRow("FALSE") << "FALSE" << QVariant(false);
    QTest::newRow("yes is text") << "yes" << QVariant(QStringLiteral("yes"));
    QTest::newRow("null") << "null" << QVariant();
    QTest::newRow("tilde") << "~" << QVariant();
    QTest::newRow("empty") << "" << QVariant();
    QTest::newRow("only a comment") << "   # nothing" << QVariant();
    QTest::newRow("date") << "2021-03-04" << QVariant(QStringLiteral("2021-03-04"));
    QTest::newRow("version") << "1.2.3" << QVariant(QStringLiteral("1.2.3"));
    QTest::newRow("time") << "10:30" << QVariant(QStringLiteral("10:30"));
    QTest::newRow("url") << "https://example.org/a#b?c=d"
                         << QVariant(QStringLiteral("https://example.org/a#b?c=d"));
    QTest::newRow("hash inside word") << "C# and F#" << QVariant(QStringLiteral("C# and F#"));
    QTest::newRow("trailing comment")
        << "plain text   # note" << QVariant(QStringLiteral("plain text"));
    QTest::newRow("single quotes") << "'it''s ok'" << QVariant(QStringLiteral("it's ok"));
    QTest::newRow("single keeps backslash") << "'a\\nb'" << QVariant(QStringLiteral("a\\nb"));
    QTest::newRow("quoted number is text") << "\"42\"" << QVariant(QStringLiteral("42"));
    QTest::newRow("quoted null is text") << "'null'" << QVariant(QStringLiteral("null"));
    QTest::newRow("empty quotes") << "\"\"" << QVariant(QString(""));
    QTest::newRow("double escapes") << R"("say \"hi\" \\ back\nline\ttab \/")"
                                    << QVariant(QStringLiteral("say \"hi\" \\ back\nline\ttab /"));
    QTest::newRow("unicode escapes")
        << R"("caf\u00e9 \U0001F600 \uD83D\uDE00 \x41")"
        << QVariant(QStringLiteral("caf\u00e9 \U0001F600 \U0001F600 A"));
    QTest::newRow("hash in quotes")
        << "\"x # y\" # real comment" << QVariant(QStringLiteral("x # y"));
    QTest::newRow("hash first in quotes") << "'# x'" << QVariant(QStringLiteral("# x"));
    QTest::newRow("colon in quotes") << "\"a: b\"" << QVariant(QStringLiteral("a: b"));
    QTest::newRow("spaces kept in quotes")
        << "'  spaced  '" << QVariant(QStringLiteral("  spaced  "));
    QTest::newRow("colon without space")
        << "key:no-space" << QVariant(QStringLiteral("key:no-space"));
    QTest::newRow("flow list") << "[a, \"b, c\", 3]"
                               << QVariant(QVariantList{QStringLiteral("a"), QStringLiteral("b, c"),
                                                        ll(3)});
    QTest::newRow("flow list spacing")
        << "[ a ,b,  ]" << QVariant(QVariantList{QStringLiteral("a"), QStringLiteral("b")});
    QTest::newRow("flow map") << "{a: 1, b: x}"
                              << QVariant(QVariantMap{{QStringLiteral("a"), ll(1)},
                                                      {QStringLiteral("b"), "x"}});
    QTest::newRow("flow map quoted")
        << "{\"q\": 'v, w', n: ~, u: http://x.org}"
        << QVariant(QVariantMap{{QStringLiteral("q"), QStringLiteral("v, w")},
                                {QStringLiteral("n"), QVariant()},
                                {QStringLiteral("u"), QStringLiteral("http://x.org")}});
    QTest::newRow("empty list") << "[]" << QVariant(QVariantList());
    QTest::newRow("empty map") << "{}" << QVariant(QVariantMap());
    QTest::newRow("nested flow") << "[[1, 2.5], {k: [true]}]"
                                 << QVariant(QVariantList{
                                        QVariantList{ll(1), 2.5},
                                        QVariantMap{{QStringLiteral("k"), QVariantList{true}}}});
}

void TstFrontMatter::scalars()
{
    QFETCH(QString, value);
    QFETCH(QVariant, expected);
    const QString text = frontMatter(QStringLiteral("v: ") + value + u'\n');
    PARSE_OK(text, fm);
    QCOMPARE(fm.fields.size(), 1);
    QCOMPARE(describe(fm.fields.value("v")), describe(expected));
}

void TstFrontMatter::blockScalars_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("expected");

    QTest::newRow("literal") << "v: |\n  a\n   b\n\n  c\nw: 1\n"
                             << "a\n b\n\nc\n";
    QTest::newRow("literal strip") << "v: |-\n  a\n  b\n\n"
                                   << "a\nb";
    QTest::newRow("literal keep") << "v: |+\n  a\n\n\nw: 1\n"
                                  << "a\n\n\n";
    QTest::newRow("literal keeps trailing spaces") << "v: |\n  a  \n  b\n"
                                                   << "a  \nb\n";
    QTest::newRow("leading empty lines") << "v: |\n\n  a\n"
                                         << "\na\n";
    QTest::newRow("folded") << "v: >\n  one\n  two\n\n  three\n"
                            << "one two\nthree\n";
    QTest::newRow("folded strip") << "v: >-\n  a\n  b\n"
                                  << "a b";
    QTest::newRow("folded keep") << "v: >+\n  a\n  b\n\n"
                                 << "a b\n\n";
    QTest::newRow("folded two empty lines") << "v: >\n  a\n\n\n  b\n"
                                            << "a\n\nb\n";
    QTest::newRow("folded more indented") << "v: >\n  a\n    b\n  c\n"
                                          << "a\n  b\nc\n";
    QTest::newRow("explicit indentation") << "v: |2\n    x\n  y\n"
                                          << "  x\ny\n";
    QTest::newRow("indicators in either order") << "v: >2-\n   x\n  y\n"
                                                << " x\ny";
    QTest::newRow("header comment") << "v: >- # note\n  a\n  b\n"
                                    << "a b";
    QTest::newRow("comment-like content") << "v: |\n  # not a comment\n  a: b\n"
                                          << "# not a comment\na: b\n";
    QTest::newRow("empty") << "v: |\nw: 1\n"
                           << "";
    QTest::newRow("nested") << "s:\n  v: |\n    deep\n    text\n  w: 1\n"
                            << "deep\ntext\n";
    QTest::newRow("tab inside content") << "v: |\n  a\tb\n  \tc\n"
                                        << "a\tb\n\tc\n";
}

void TstFrontMatter::blockScalars()
{
    QFETCH(QString, yaml);
    QFETCH(QString, expected);
    PARSE_OK(frontMatter(yaml), fm);
    QVariant value = fm.fields.value("v");
    if (fm.fields.contains("s"))
        value = fm.fields.value("s").toMap().value("v");
    QCOMPARE(value.typeId(), int(QMetaType::QString));
    QCOMPARE(value.toString(), expected);
    if (yaml.contains(QStringLiteral("w: 1")))
        QVERIFY(fm.fields.contains("w") || fm.fields.value("s").toMap().contains("w"));
}

void TstFrontMatter::blockScalarInList()
{
    PARSE_OK(frontMatter(QStringLiteral("v:\n"
                                        "  - |\n"
                                        "    a\n"
                                        "    b\n"
                                        "  - >-\n"
                                        "    c\n"
                                        "    d\n"
                                        "  - key: |\n"
                                        "      e\n"
                                        "    other: f\n")),
             fm);
    QCOMPARE(describe(fm.fields.value("v")),
             QStringLiteral("[str:\"a\nb\n\", str:\"c d\", {key: str:\"e\n\", other: str:\"f\"}]"));
}

void TstFrontMatter::comments()
{
    PARSE_OK(frontMatter(QStringLiteral("# leading comment\n"
                                        "title: Hello # trailing\n"
                                        "  # indented comment line\n"
                                        "\n"
                                        "quoted: \"a # b\"   # real comment\n"
                                        "list:   # comment after key\n"
                                        "  # comment inside the list\n"
                                        "  - a # item comment\n"
                                        "\n"
                                        "  - 'b' # item comment\n"
                                        "#last: comment\n")),
             fm);
    QCOMPARE(describe(fm.fields),
             QStringLiteral("{list: [str:\"a\", str:\"b\"], quoted: str:\"a # b\", title: "
                            "str:\"Hello\"}"));
}

void TstFrontMatter::crlfAndBom()
{
    const QString text = QStringLiteral("\uFEFF---\r\n"
                                        "title: x\r\n"
                                        "tags:\r\n"
                                        "  - a\r\n"
                                        "note: |\r\n"
                                        "  l1\r\n"
                                        "  l2\r\n"
                                        "---\r\n"
                                        "Body\r\n"
                                        "more\r\n");
    PARSE_OK(text, fm);
    QCOMPARE(describe(fm.fields),
             QStringLiteral("{note: str:\"l1\nl2\n\", tags: [str:\"a\"], title: str:\"x\"}"));
    QCOMPARE(fm.body, QStringLiteral("Body\r\nmore\r\n"));
    QCOMPARE(fm.bodyFirstLine, 9);

    PARSE_OK(QStringLiteral("\uFEFF+++\r\ntitle = \"t\"\r\n+++\r\nB"), toml);
    QCOMPARE(describe(toml.fields), QStringLiteral("{title: str:\"t\"}"));
    QCOMPARE(toml.body, QStringLiteral("B"));
    QCOMPARE(toml.bodyFirstLine, 4);
}

void TstFrontMatter::body_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<int>("syntax");
    QTest::addColumn<int>("fieldCount");

    const int none = int(FrontMatter::Syntax::None);
    const int yaml = int(FrontMatter::Syntax::Yaml);
    const int toml = int(FrontMatter::Syntax::Toml);
    QTest::newRow("no front matter") << "Just text\n---\nx: 1\n---\n"
                                     << "Just text\n---\nx: 1\n---\n"
                                     << 1 << none << 0;
    QTest::newRow("empty text") << ""
                                << "" << 1 << none << 0;
    QTest::newRow("bom only") << "\uFEFFNo front matter"
                              << "No front matter" << 1 << none << 0;
    QTest::newRow("four dashes") << "----\ntitle: x\n"
                                 << "----\ntitle: x\n"
                                 << 1 << none << 0;
    QTest::newRow("indented dashes") << " ---\nt: 1\n---\n"
                                     << " ---\nt: 1\n---\n"
                                     << 1 << none << 0;
    QTest::newRow("empty front matter") << "---\n---\nBody"
                                        << "Body" << 3 << yaml << 0;
    QTest::newRow("only comments") << "---\n# nothing\n\n---\nBody"
                                   << "Body" << 5 << yaml << 0;
    QTest::newRow("closing at end of file") << "---\nt: 1\n---"
                                            << "" << 4 << yaml << 1;
    QTest::newRow("closing then newline") << "---\nt: 1\n---\n"
                                          << "" << 4 << yaml << 1;
    QTest::newRow("dots closing") << "---\nt: 1\n...\nBody"
                                  << "Body" << 4 << yaml << 1;
    QTest::newRow("trailing spaces on delimiters") << "--- \nt: 1\n---\t\nB"
                                                   << "B" << 4 << yaml << 1;
    QTest::newRow("body keeps blank lines") << "---\nt: 1\n---\n\n\nText\n"
                                            << "\n\nText\n"
                                            << 4 << yaml << 1;
    QTest::newRow("later dashes stay in body") << "---\nt: 1\n---\na\n---\nb"
                                               << "a\n---\nb" << 4 << yaml << 1;
    QTest::newRow("toml") << "+++\nt = 1\n+++\nBody\n"
                          << "Body\n"
                          << 4 << toml << 1;
    QTest::newRow("toml does not close on dashes") << "+++\nt = 1\n---\n+++\nBody"
                                                   << "Body" << 5 << toml << -1;
}

void TstFrontMatter::body()
{
    QFETCH(QString, text);
    QFETCH(QString, body);
    QFETCH(int, firstLine);
    QFETCH(int, syntax);
    QFETCH(int, fieldCount);
    FrontMatterError error;
    const std::optional<FrontMatter> fm = parseFrontMatter(text, &error);
    if (fieldCount < 0) {
        // "---" is not valid TOML, which proves it was not taken as the closing line.
        QVERIFY(!fm);
        QCOMPARE(error.line, 3);
        return;
    }
    QVERIFY2(fm, qPrintable(error.message));
    QCOMPARE(fm->body, body);
    QCOMPARE(fm->bodyFirstLine, firstLine);
    QCOMPARE(int(fm->syntax), syntax);
    QCOMPARE(fm->fields.size(), fieldCount);
}

void TstFrontMatter::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // 0: not checked
    QTest::addColumn<QString>("message");

    QString deepMapping;
    for (int i = 0; i < 40; ++i)
        deepMapping += QString(2 * i, u' ') + QStringLiteral("k:\n");
    QString deepSequence = QStringLiteral("t:\n");
    for (int i = 0; i < 100; ++i)
        deepSequence += QStringLiteral("- ");
    deepSequence += QStringLiteral("x\n");

    QTest::newRow("unclosed") << "---\ntitle: x\n\nBody text\n" << 1 << 1 << "not closed";
    QTest::newRow("unclosed toml") << "+++\ntitle = 'x'\n" << 1 << 1 << "not closed";
    QTest::newRow("only opening") << "---" << 1 << 1 << "not closed";
    QTest::newRow("tab indentation") << "---\ntitle: x\nstudy:\n\tweeks: 12\n---\n"
                                     << 4 << 1 << "tab character";
    QTest::newRow("tab after spaces") << "---\nstudy:\n  weeks: 12\n  \tdose: 4\n---\n"
                                      << 4 << 3 << "tab character";
    QTest::newRow("tab before list item") << "---\ntags:\n\t- a\n---\n"
                                          << 3 << 1 << "tab character";
    QTest::newRow("indented too far") << "---\nstudy:\n  design: x\n   weeks: 12\n---\n"
                                      << 4 << 4 << "bad indentation";
    QTest::newRow("key under plain value") << "---\ntitle: x\n  slug: y\n---\n"
                                           << 3 << 3 << "bad indentation";
    QTest::newRow("dedent to unknown level") << "---\nstudy:\n    design: x\n  weeks: 12\n---\n"
                                             << 4 << 3 << "bad indentation";
    QTest::newRow("list dedent") << "---\ntags:\n  - a\n - b\n---\n" << 4 << 2 << "bad indentation";
    QTest::newRow("duplicate key") << "---\ntitle: a\nslug: b\ntitle: c\n---\n"
                                   << 4 << 1 << "duplicate key 'title'";
    QTest::newRow("duplicate nested key") << "---\nstudy:\n  weeks: 1\n  weeks: 2\n---\n"
                                          << 4 << 3 << "duplicate key 'weeks'";
    QTest::newRow("duplicate flow key") << "---\nm: {a: 1, a: 2}\n---\n"
                                        << 2 << 11 << "duplicate key 'a'";
    QTest::newRow("unterminated double quote") << "---\ntitle: \"Pain\nslug: x\n---\n"
                                               << 2 << 8 << "unterminated string";
    QTest::newRow("unterminated single quote") << "---\nslug: x\ntitle: 'Pain\n---\n"
                                               << 3 << 8 << "unterminated string";
    QTest::newRow("colon in plain value") << "---\ntitle: x\na: b: c\n---\n"
                                          << 3 << 5 << "put the whole value in quotes";
    QTest::newRow("colon at end of value") << "---\ntitle: Pain:\n---\n"
                                           << 2 << 12 << "put the whole value in quotes";
    QTest::newRow("colon in list item") << "---\nl:\n  - a: b: c\n---\n"
                                        << 3 << 0 << "put the whole value in quotes";
    QTest::newRow("anchor") << "---\nbase: &b x\n---\n" << 2 << 7 << "not supported";
    QTest::newRow("alias") << "---\na: x\nb: *a\n---\n" << 3 << 4 << "not supported";
    QTest::newRow("tag") << "---\na: !!str 3\n---\n" << 2 << 4 << "not supported";
    QTest::newRow("alias in list") << "---\nl:\n  - *a\n---\n" << 3 << 5 << "not supported";
    QTest::newRow("alias in flow") << "---\nl: [a, *b]\n---\n" << 2 << 8 << "not supported";
    QTest::newRow("anchor on key") << "---\n&a k: v\n---\n" << 2 << 1 << "not supported";
    QTest::newRow("complex key") << "---\n? a\n: b\n---\n" << 2 << 1 << "not supported";
    QTest::newRow("text without colon") << "---\ntitle: x\njust some text\n---\n"
                                        << 3 << 1 << "expected 'key: value'";
    QTest::newRow("colon without space") << "---\ntitle:x\n---\n"
                                         << 2 << 1 << "expected 'key: value'";
    QTest::newRow("list at top level") << "---\n- a\n---\n" << 2 << 1 << "list item";
    QTest::newRow("list after value") << "---\na: 1\n- b\n---\n" << 3 << 1 << "list item";
    QTest::newRow("missing key") << "---\n: x\n---\n" << 2 << 1 << "missing key";
    QTest::newRow("unclosed flow list") << "---\ntags: [a, b\nslug: x\n---\n"
                                        << 2 << 7 << "not closed";
    QTest::newRow("unclosed flow at end") << "---\ntags: [a, b\n---\n" << 2 << 7 << "not closed";
    QTest::newRow("unclosed flow map") << "---\nm: {a: 1\n---\n" << 2 << 4 << "not closed";
    QTest::newRow("missing comma") << "---\nl: [\"a\" \"b\"]\n---\n"
                                   << 2 << 9 << "expected ',' or ']'";
    QTest::newRow("empty flow item") << "---\nl: [a, , b]\n---\n" << 2 << 8 << "expected a value";
    QTest::newRow("pair in flow list") << "---\nl: [a: 1]\n---\n" << 2 << 6 << "use '{ }'";
    QTest::newRow("unknown escape") << "---\nt: \"a\\qb\"\n---\n" << 2 << 6 << "unknown escape";
    QTest::newRow("bad unicode escape") << "---\nt: \"\\u12G4\"\n---\n"
                                        << 2 << 5 << "invalid escape";
    QTest::newRow("lone surrogate") << "---\nt: \"\\uD800x\"\n---\n" << 2 << 5 << "invalid escape";
    QTest::newRow("text after quote") << "---\nt: \"a\" b\n---\n" << 2 << 8 << "after the closing";
    QTest::newRow("text after flow") << "---\nt: [a] b\n---\n" << 2 << 8 << "after the closing";
    QTest::newRow("block header") << "---\nt: |x\n---\n" << 2 << 5 << "block scalar";
    QTest::newRow("list on key line") << "---\nt: - a\n---\n" << 2 << 4 << "line of its own";
    QTest::newRow("stray bracket") << "---\nt: ]\n---\n" << 2 << 4 << "unexpected ']'";
    QTest::newRow("deep mapping") << "---\n" + deepMapping + "---\n"
                                  << 34 << 65 << "deeper than 32";
    QTest::newRow("deep flow") << "---\nt: " + QString(1000, u'[') + "\n---\n"
                               << 2 << 0 << "deeper than 32";
    QTest::newRow("deep sequence") << "---\n" + deepSequence + "---\n"
                                   << 3 << 0 << "deeper than 32";
    QTest::newRow("toml unquoted text") << "+++\ntitle = Hello world\n+++\n"
                                        << 2 << 9 << "text must be in quotes";
    QTest::newRow("toml duplicate key") << "+++\na = 1\nb = 2\na = 3\n+++\n"
                                        << 4 << 1 << "duplicate key 'a'";
    QTest::newRow("toml duplicate nested key") << "+++\n[p]\nx.y = 1\n[p.x]\ny = 2\n+++\n"
                                               << 5 << 1 << "duplicate key 'p.x.y'";
    QTest::newRow("toml missing equals") << "+++\ntitle \"x\"\n+++\n"
                                         << 2 << 7 << "expected 'key = value'";
    QTest::newRow("toml yaml syntax") << "+++\ntitle: x\n+++\n"
                                      << 2 << 6 << "expected 'key = value'";
    QTest::newRow("toml table twice") << "+++\n[p]\na = 1\n[p]\n+++\n" << 4 << 1 << "defined twice";
    QTest::newRow("toml value as table") << "+++\na = 1\n[a]\n+++\n" << 3 << 1 << "not a table";
    QTest::newRow("toml unterminated string") << "+++\nt = \"abc\nu = 1\n+++\n"
                                              << 2 << 5 << "unterminated string";
    QTest::newRow("toml unclosed array") << "+++\nt = [1, 2\n+++\n" << 2 << 5 << "not closed";
    QTest::newRow("toml missing value") << "+++\nt =\n+++\n" << 2 << 4 << "missing value";
    QTest::newRow("toml text after value") << "+++\nt = 1 2\n+++\n" << 2 << 7 << "unexpected text";
    QTest::newRow("toml unclosed header") << "+++\n[params\n+++\n" << 2 << 8 << "expected ']'";
    QTest::newRow("toml deep array") << "+++\nt = " + QString(1000, u'[') + "\n+++\n"
                                     << 2 << 0 << "deeper than 32";
}

void TstFrontMatter::errors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    FrontMatterError error;
    const std::optional<FrontMatter> fm = parseFrontMatter(text, &error);
    QVERIFY(!fm.has_value());
    QCOMPARE(error.line, line);
    if (column > 0)
        QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(message),
             qPrintable(QStringLiteral("message was: ") + error.message));
    QVERIFY2(!error.message.startsWith(QStringLiteral("line")), qPrintable(error.message));
}

void TstFrontMatter::nullErrorPointer()
{
    QVERIFY(!parseFrontMatter(QStringLiteral("---\na: b: c\n---\n"), nullptr));
    QVERIFY(parseFrontMatter(QStringLiteral("---\na: b\n---\n"), nullptr));
}

void TstFrontMatter::hostileInput()
{
    // Structural characters in random order must give a result or an error, never a crash.
    const QString alphabet =
        QStringLiteral("-:[]{}\"'#|>+=.,?&*!\\ \t\n\nab1\u00e9\r") + QChar(0xD800);
    QRandomGenerator random(20240611);
    for (int round = 0; round < 4000; ++round) {
        QString content;
        const int length = random.bounded(1, 160);
        for (int i = 0; i < length; ++i)
            content += alphabet[random.bounded(int(alphabet.size()))];
        const QString delimiter = round % 3 == 0 ? QStringLiteral("+++") : QStringLiteral("---");
        const QString text = delimiter + u'\n' + content + u'\n' + delimiter + u'\n';
        FrontMatterError error;
        const std::optional<FrontMatter> fm = parseFrontMatter(text, &error);
        if (!fm) {
            QVERIFY(error.line >= 1);
            QVERIFY(error.line <= int(text.count(u'\n')) + 1);
            QVERIFY(!error.message.isEmpty());
        }
    }

    // Pathological shapes: a long line of dashes, unclosed quotes over many lines.
    FrontMatterError error;
    QVERIFY(!parseFrontMatter(
        "---\n" + QString(200000, u'-').replace(u'-', QStringLiteral("- ")) + "\n---\n", &error));
    QCOMPARE(error.line, 2);
    QVERIFY(!parseFrontMatter(
        "---\nt: \"" + QString(50000, u'\n').replace(u'\n', QStringLiteral(" x\n")) + "---\n",
        &error));
    QCOMPARE(error.line, 2);
    QVERIFY(!parseFrontMatter(QStringLiteral("---\n") + QString(100000, u'{') + "\n---\n", &error));
    QVERIFY(!parseFrontMatter("---\nt: " + QString(17 * 1024 * 1024, u'x') + "\n---\n", &error));
    QCOMPARE(error.line, 1);
    QVERIFY(error.message.contains(QStringLiteral("too long")));
}

void TstFrontMatter::largeInputParsesCompletely()
{
    QString yaml;
    for (int i = 0; i < 20000; ++i) {
        yaml += QStringLiteral("key%1: value %1 # comment\n").arg(i);
        yaml += QStringLiteral("list%1:\n  - a: 1\n    b: [1, 2, \"x\"]\n  - |\n    text\n").arg(i);
    }
    yaml += QStringLiteral("long: ") + QString(200000, u'x') + u'\n';
    PARSE_OK(frontMatter(yaml), fm);
    QCOMPARE(fm.fields.size(), 40001);
    QCOMPARE(describe(fm.fields.value("list19999")),
             QStringLiteral("[{a: int:1, b: [int:1, int:2, str:\"x\"]}, str:\"text\n\"]"));
}

FC_CORE_TEST_MAIN(TstFrontMatter)
#include "tst_frontmatter.moc"
