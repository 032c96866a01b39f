#pragma once

#include <QString>
#include <QStringList>

namespace fc {

// Marks the words a search matched in an HTML fragment, without scripts: each word that starts
// with a term (or with its stem, so "sedating" also marks "sedation") is wrapped in
// <mark class="hit">, and the first gets id="first-hit" so a URL fragment scrolls to it.
// Only text is touched, never tags, attributes or character references.
class Highlighter
{
public:
    explicit Highlighter(const QStringList &terms);

    bool isEmpty() const { return m_roots.isEmpty(); }
    QString apply(const QString &html);
    int count() const { return m_count; }

    static constexpr char firstHitId[] = "first-hit";
    // A rough stem: enough to meet FTS5's porter stemmer on common English endings.
    static QString root(const QString &term);

private:
    QStringList m_roots;
    int m_count = 0;
};

} // namespace fc
