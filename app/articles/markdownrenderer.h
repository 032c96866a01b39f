#pragma once

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
public:
    // Debian's cmark 0.30.2 is quadratic on some inputs (CVE-2023-22486); this bound keeps the
    // worst case near a second while leaving ample room for real articles and notes.
    static constexpr qsizetype maxInputBytes = 100 * 1024;

    RenderedMarkdown render(const QString &markdown) const;
};

} // namespace fc
