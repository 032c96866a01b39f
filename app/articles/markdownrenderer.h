#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace fc {

struct HeadingInfo
{
    int level = 0;
    QString text;
    QString id;
};

struct RenderedMarkdown
{
    bool ok = false;
    QString html; // an HTML fragment, safe to embed: no raw HTML, no script URLs
    QVector<HeadingInfo> headings;
    QString error;
};

// cmark in safe mode, plus the library's own conventions: heading ids for a table of contents,
// `[[caption: ...]]` and `[[video: ...]]` paragraphs, and remote images shown as a note instead
// of being fetched.
class MarkdownRenderer
{
    Q_DECLARE_TR_FUNCTIONS(fc::MarkdownRenderer)

public:
    // Debian's cmark 0.30.2 is quadratic in the number of '[' within one block of text
    // (CVE-2023-22486): 100 KB of "![[]()" takes 0.36 s, 250 KB 2.3 s, 512 KB 16 s, while every
    // other input measured stays linear (0.26 s for 512 KB at most). A block never spans a blank
    // line, so bounding the '[' between two blank lines keeps a whole page linear: 512 KB with
    // the most brackets allowed in every block renders in about half a second (bench:
    // "markdown: hostile"). Real library pages run to 400 KB; their blocks hold a few hundred.
    static constexpr qsizetype maxInputBytes = 512 * 1024;
    static constexpr int maxBracketsPerBlock = 8000;

    // Why the text would not be shown, in words that say what to do; empty when it can be.
    static QString refusal(const QByteArray &utf8);

    RenderedMarkdown render(const QString &markdown) const;
};

} // namespace fc
