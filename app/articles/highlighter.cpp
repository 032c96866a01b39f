#include "articles/highlighter.h"

#include <QRegularExpression>
#include <algorithm>

namespace fc {

QString Highlighter::root(const QString &term)
{
    static const char *const suffixes[] = {"ations", "ation", "ings", "ing", "ions", "ion", "ives",
                                           "ive",    "ies",   "es",   "ed",  "ly",   "s",   "e"};
    QString lower = term.toLower();
    for (const char *suffix : suffixes) {
        const QLatin1String s(suffix);
        if (lower.endsWith(s) && lower.size() - s.size() >= 4)
            return lower.left(lower.size() - s.size());
    }
    return lower;
}

Highlighter::Highlighter(const QStringList &terms)
{
    for (const QString &t : terms) {
        const QString r = root(t.trimmed());
        if (!r.isEmpty() && !m_roots.contains(r))
            m_roots << r;
    }
    // Longest first so the regex prefers the fuller match.
    std::sort(m_roots.begin(), m_roots.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Highlighter::apply(const QString &html)
{
    if (m_roots.isEmpty())
        return html;
    QStringList escapedRoots;
    for (const QString &r : m_roots)
        escapedRoots << QRegularExpression::escape(r);
    const QRegularExpression word(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)[\\p{L}\\p{N}]*").arg(escapedRoots.join(u'|')),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[#A-Za-z0-9]+;"));

    QString out;
    out.reserve(html.size() + 64);
    auto markText = [&](QStringView text) {
        qsizetype pos = 0;
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(pos, m.capturedStart() - pos);
            out += m_count == 0 ? QStringLiteral("<mark class=\"hit\" id=\"%1\">")
                                      .arg(QLatin1String(firstHitId))
                                : QStringLiteral("<mark class=\"hit\">");
            out += m.capturedView();
            out += QStringLiteral("</mark>");
            ++m_count;
            pos = m.capturedEnd();
        }
        out += text.mid(pos);
    };
    qsizetype pos = 0;
    auto it = markup.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        markText(QStringView(html).mid(pos, m.capturedStart() - pos));
        out += m.capturedView();
        pos = m.capturedEnd();
    }
    markText(QStringView(html).mid(pos));
    return out;
}

} // namespace fc
