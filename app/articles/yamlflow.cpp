#include "articles/frontmatterparsers.h"
#include "articles/yamlparser.h"

#include <QVariantList>

namespace fc::detail {

namespace {

bool isFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

QString notClosed(QChar open)
{
    return open == u'[' ? QStringLiteral("the list '[' is not closed: ']' is missing")
                        : QStringLiteral("the mapping '{' is not closed: '}' is missing");
}

} // namespace

// Skips spaces, line breaks and comments inside a flow collection opened at `open`.
// NOLINTNEXTLINE(readability-non-const-parameter): written through the reference i below.
bool YamlParser::skipFlowSpace(int *offset, int minIndent, int open)
{
    const int size = int(m_all.size());
    int &i = *offset;
    while (true) {
        if (i >= size)
            return failAt(open, notClosed(m_all[open]));
        const QChar c = m_all[i];
        if (isInlineSpace(c)) {
            ++i;
        } else if (c == u'#') {
            // Between tokens, as in libyaml, '#' starts a comment even right after ',' or '['.
            while (m_all[i] != u'\n')
                ++i;
        } else if (c == u'\n') {
            ++i;
            int spaces = 0;
            while (i + spaces < size && m_all[i + spaces] == u' ')
                ++spaces;
            const QChar first = i + spaces < size ? m_all[i + spaces] : QChar(u'\n');
            if (spaces < minIndent && first != u'\n' && first != u'#' && first != u'\t')
                return failAt(open, notClosed(m_all[open]));
        } else {
            return true;
        }
    }
}

bool YamlParser::parseFlow(int *offset, int minIndent, int depth, QVariant *out)
{
    const int open = *offset;
    if (depth > kMaxFrontMatterDepth)
        return failAt(open, tooDeepMessage());
    const bool isMap = m_all[open] == u'{';
    const QChar close = isMap ? u'}' : u']';
    QVariantList list;
    QVariantMap map;
    int i = open + 1;
    while (true) {
        if (!skipFlowSpace(&i, minIndent, open))
            return false;
        if (m_all[i] == close) {
            ++i;
            break;
        }
        if (isMap) {
            const int keyAt = i;
            QVariant key;
            QVariant value;
            if (!parseFlowNode(&i, minIndent, depth, true, close, &key) ||
                !skipFlowSpace(&i, minIndent, open))
                return false;
            if (m_all[i] == u':') {
                ++i;
                if (!skipFlowSpace(&i, minIndent, open))
                    return false;
                if (m_all[i] != u',' && m_all[i] != close &&
                    !parseFlowNode(&i, minIndent, depth, false, close, &value))
                    return false;
            }
            const QString name = key.toString();
            if (map.contains(name))
                return failAt(keyAt, QStringLiteral("duplicate key '%1'").arg(quotedExcerpt(name)));
            map.insert(name, value);
        } else {
            QVariant item;
            if (!parseFlowNode(&i, minIndent, depth, false, close, &item))
                return false;
            list.append(item);
        }
        if (!skipFlowSpace(&i, minIndent, open))
            return false;
        if (m_all[i] == u',') {
            ++i;
        } else if (m_all[i] == close) {
            ++i;
            break;
        } else {
            return failAt(i, QStringLiteral("expected ',' or '%1'").arg(close));
        }
    }
    *offset = i;
    *out = isMap ? QVariant(map) : QVariant(list);
    return true;
}

bool YamlParser::parseFlowNode(int *offset, int minIndent, int depth, bool isKey, QChar close,
                               QVariant *out)
{
    int &i = *offset;
    const QChar c = m_all[i];
    if (c == u'[' || c == u'{') {
        if (isKey)
            return failAt(i, QStringLiteral("a list or mapping cannot be a key"));
        return parseFlow(offset, minIndent, depth + 1, out);
    }
    if (c == u'"' || c == u'\'') {
        QString text;
        if (!scanQuoted(offset, minIndent, &text))
            return false;
        *out = text;
        return true;
    }
    if (c == u'&' || c == u'*' || c == u'!')
        return failAt(i, unsupportedYamlMessage());
    const int size = int(m_all.size());
    if (c == u'-' && i + 1 < size &&
        (isInlineSpace(m_all[i + 1]) || m_all[i + 1] == u'\n' || isFlowIndicator(m_all[i + 1])))
        return failAt(i, QStringLiteral("a '- ' list item cannot appear inside '%1'; put the "
                                        "text in quotes")
                             .arg(close == u']' ? QStringLiteral("[ ]") : QStringLiteral("{ }")));
    const int start = i;
    int end = i;
    while (end < size) {
        const QChar d = m_all[end];
        if (d == u'\n' || isFlowIndicator(d))
            break;
        if (d == u':' && end + 1 < size &&
            (isInlineSpace(m_all[end + 1]) || m_all[end + 1] == u'\n' ||
             isFlowIndicator(m_all[end + 1])))
            break;
        if (d == u'#' && end > start && isInlineSpace(m_all[end - 1]))
            break;
        ++end;
    }
    i = end;
    while (end > start && isInlineSpace(m_all[end - 1]))
        --end;
    if (end == start)
        return failAt(start, QStringLiteral("expected a value before '%1'").arg(m_all[start]));
    if (!isKey && m_all[i] == u':')
        return failAt(i, close == u']'
                             ? QStringLiteral("'key: value' inside '[ ]' is not supported; use "
                                              "'{ }' or put the text in quotes")
                             : QStringLiteral("the value contains ': '; put it in quotes"));
    const QString text = m_all.mid(start, end - start);
    *out = isKey ? QVariant(text) : resolveYamlPlainScalar(text);
    return true;
}

} // namespace fc::detail
