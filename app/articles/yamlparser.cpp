#include "articles/yamlparser.h"

#include "articles/frontmatterparsers.h"

#include <QVariantList>
#include <algorithm>

namespace fc::detail {

namespace {

QString badIndentation()
{
    return QStringLiteral("bad indentation: this line does not line up with the lines above it");
}

// Where a '#' comment starts: at `from` or after a space, else the text size.
int commentStart(QStringView t, int from)
{
    for (int i = from; i < t.size(); ++i) {
        if (t[i] == u'#' && (i == from || isInlineSpace(t[i - 1])))
            return i;
    }
    return int(t.size());
}

int trimEnd(QStringView t, int end, int from)
{
    while (end > from && isInlineSpace(t[end - 1]))
        --end;
    return end;
}

// A ':' followed by a space or the end is what separates a key from its value.
int findValueIndicator(QStringView t, int from, int end)
{
    for (int i = from; i < end; ++i) {
        if (t[i] == u':' && (i + 1 == end || isInlineSpace(t[i + 1])))
            return i;
    }
    return -1;
}

} // namespace

bool parseYamlFrontMatter(const QStringList &lines, int firstLine, QVariantMap *fields,
                          FrontMatterError *error)
{
    YamlParser parser(lines, firstLine, error);
    return parser.parse(fields);
}

YamlParser::YamlParser(const QStringList &lines, int firstLine, FrontMatterError *error)
    : m_lines(lines)
    , m_firstLine(firstLine)
    , m_error(error)
{
    m_starts.reserve(size_t(lines.size()) + 1);
    for (const QString &line : lines) {
        m_starts.push_back(int(m_all.size()));
        m_all += line;
        m_all += u'\n';
    }
    m_starts.push_back(int(m_all.size()));
}

bool YamlParser::parse(QVariantMap *fields)
{
    fields->clear();
    if (!nextContentLine())
        return true;
    if (!checkIndentChars(m_pos))
        return false;
    QVariant root;
    if (!parseMapping(indentOf(m_pos), 1, &root))
        return false;
    if (nextContentLine())
        return fail(m_pos, indentOf(m_pos), badIndentation());
    *fields = root.toMap();
    return true;
}

bool YamlParser::fail(int idx, int col, const QString &message)
{
    setFrontMatterError(m_error, m_firstLine + idx, col + 1, message);
    return false;
}

bool YamlParser::failAt(int offset, const QString &message)
{
    const int idx = lineOf(offset);
    return fail(idx, offset - startOf(idx), message);
}

int YamlParser::lineOf(int offset) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return std::max(0, int(it - m_starts.begin()) - 1);
}

int YamlParser::indentOf(int idx) const
{
    const QString &t = m_lines[idx];
    int i = 0;
    while (i < t.size() && t[i] == u' ')
        ++i;
    return i;
}

bool YamlParser::isSeqItem(int idx, int col) const
{
    const QString &t = m_lines[idx];
    return col < t.size() && t[col] == u'-' && (col + 1 == t.size() || isInlineSpace(t[col + 1]));
}

// Skips blank and comment-only lines; false at the end of the front matter.
bool YamlParser::nextContentLine()
{
    while (m_pos < m_lines.size()) {
        const QString &t = m_lines[m_pos];
        const auto it = std::find_if_not(t.begin(), t.end(), isInlineSpace);
        if (it != t.end() && *it != u'#')
            return true;
        ++m_pos;
    }
    return false;
}

bool YamlParser::checkIndentChars(int idx)
{
    const int indent = indentOf(idx);
    if (indent < m_lines[idx].size() && m_lines[idx][indent] == u'\t')
        return fail(idx, indent,
                    QStringLiteral("tab character in the indentation; indent with spaces"));
    return true;
}

bool YamlParser::findKey(int idx, int col, Key *key, bool *found)
{
    const QString &t = m_lines[idx];
    *found = false;
    const QChar q = t[col];
    if (q == u'"' || q == u'\'') {
        int i = col + 1;
        while (i < t.size()) {
            if (q == u'"' && t[i] == u'\\') {
                i += 2;
                continue;
            }
            if (t[i] == q) {
                if (q == u'\'' && i + 1 < t.size() && t[i + 1] == u'\'') {
                    i += 2;
                    continue;
                }
                break;
            }
            ++i;
        }
        int j = i + 1;
        while (j < t.size() && isInlineSpace(t[j]))
            ++j;
        if (j >= t.size() || t[j] != u':' || (j + 1 < t.size() && !isInlineSpace(t[j + 1])))
            return true;
        int offset = startOf(idx) + col;
        if (!scanQuoted(&offset, 0, &key->name))
            return false;
        key->valueCol = j + 1;
        key->quoted = true;
        *found = true;
        return true;
    }
    if (q == u'[' || q == u'{')
        return true;
    const int colon = findValueIndicator(t, col, trimEnd(t, commentStart(t, col), col));
    if (colon < 0)
        return true;
    key->name = t.mid(col, colon - col).trimmed();
    key->valueCol = colon + 1;
    *found = true;
    return true;
}

// Lets "- key: v" read as a mapping indented to where "key" starts.
void YamlParser::blankOut(int idx, int from, int to)
{
    for (int i = from; i < to; ++i) {
        m_lines[idx][i] = u' ';
        m_all[startOf(idx) + i] = u' ';
    }
}

// The node whose first character is at column `col` of the current line.
bool YamlParser::parseNode(int col, int parentIndent, int depth, QVariant *out)
{
    if (isSeqItem(m_pos, col))
        return parseSequence(col, depth, out);
    Key key;
    bool found = false;
    if (!findKey(m_pos, col, &key, &found))
        return false;
    if (found)
        return parseMapping(col, depth, out);
    return parseValue(m_pos, col, parentIndent, depth, out);
}

bool YamlParser::parseMapping(int indent, int depth, QVariant *out)
{
    if (depth > kMaxFrontMatterDepth)
        return fail(m_pos, indent, tooDeepMessage());
    QVariantMap map;
    while (nextContentLine()) {
        const int idx = m_pos;
        if (!checkIndentChars(idx))
            return false;
        const int ind = indentOf(idx);
        if (ind < indent)
            break;
        if (ind > indent)
            return fail(idx, ind, badIndentation());
        if (isSeqItem(idx, ind))
            return fail(idx, ind, QStringLiteral("expected 'key: value' but found a list item"));
        const QString &t = m_lines[idx];
        const QChar c = t[ind];
        if (c == u'?' && (ind + 1 == t.size() || isInlineSpace(t[ind + 1])))
            return fail(idx, ind, QStringLiteral("complex keys ('? ') are not supported"));
        if (c == u'&' || c == u'*' || c == u'!')
            return fail(idx, ind, unsupportedYamlMessage());
        if (c == u']' || c == u'}' || c == u',')
            return fail(idx, ind, QStringLiteral("unexpected '%1'").arg(c));
        Key key;
        bool found = false;
        if (!findKey(idx, ind, &key, &found))
            return false;
        if (!found)
            return fail(idx, ind, QStringLiteral("expected 'key: value'"));
        if (key.name.isEmpty() && !key.quoted)
            return fail(idx, ind, QStringLiteral("missing key before ':'"));
        if (map.contains(key.name))
            return fail(idx, ind,
                        QStringLiteral("duplicate key '%1'").arg(quotedExcerpt(key.name)));
        QVariant value;
        if (!parseMappingValue(idx, key.valueCol, indent, depth, &value))
            return false;
        map.insert(key.name, value);
    }
    *out = map;
    return true;
}

bool YamlParser::parseMappingValue(int idx, int col, int indent, int depth, QVariant *out)
{
    const QString &t = m_lines[idx];
    while (col < t.size() && isInlineSpace(t[col]))
        ++col;
    if (col < t.size() && t[col] != u'#')
        return parseValue(idx, col, indent, depth, out);

    *out = QVariant();
    m_pos = idx + 1;
    if (!nextContentLine())
        return true;
    if (!checkIndentChars(m_pos))
        return false;
    const int ind = indentOf(m_pos);
    if (ind > indent)
        return parseNode(ind, indent, depth + 1, out);
    // YAML lets a block sequence sit at the same indentation as its key.
    if (ind == indent && isSeqItem(m_pos, ind))
        return parseSequence(ind, depth + 1, out);
    return true;
}

bool YamlParser::parseSequence(int indent, int depth, QVariant *out)
{
    if (depth > kMaxFrontMatterDepth)
        return fail(m_pos, indent, tooDeepMessage());
    QVariantList list;
    while (nextContentLine()) {
        const int idx = m_pos;
        if (!checkIndentChars(idx))
            return false;
        const int ind = indentOf(idx);
        if (ind < indent)
            break;
        if (ind > indent)
            return fail(idx, ind, badIndentation());
        if (!isSeqItem(idx, ind))
            break;
        const QString &t = m_lines[idx];
        int col = ind + 1;
        while (col < t.size() && isInlineSpace(t[col]))
            ++col;
        QVariant item;
        if (col < t.size() && t[col] != u'#') {
            blankOut(idx, ind, col);
            if (!parseNode(col, indent, depth + 1, &item))
                return false;
        } else {
            m_pos = idx + 1;
            if (nextContentLine() && indentOf(m_pos) > indent) {
                if (!checkIndentChars(m_pos) ||
                    !parseNode(indentOf(m_pos), indent, depth + 1, &item))
                    return false;
            }
        }
        list.append(item);
    }
    *out = list;
    return true;
}

// A scalar or flow collection starting at a non-space character; consumes its lines.
bool YamlParser::parseValue(int idx, int col, int parentIndent, int depth, QVariant *out)
{
    const QChar c = m_lines[idx][col];
    const int offset = startOf(idx) + col;
    if (c == u'&' || c == u'*' || c == u'!')
        return fail(idx, col, unsupportedYamlMessage());
    if (c == u'|' || c == u'>')
        return parseBlockScalar(idx, col, parentIndent, out);
    if (c == u'"' || c == u'\'') {
        int end = offset;
        QString text;
        if (!scanQuoted(&end, parentIndent + 1, &text))
            return false;
        *out = text;
        return finishInline(end, offset);
    }
    if (c == u'[' || c == u'{') {
        int end = offset;
        return parseFlow(&end, parentIndent + 1, depth + 1, out) && finishInline(end, offset);
    }
    if (c == u']' || c == u'}')
        return fail(idx, col, QStringLiteral("unexpected '%1'").arg(c));
    if (isSeqItem(idx, col))
        return fail(idx, col,
                    QStringLiteral("a list cannot start on the same line as its key; put each "
                                   "'- item' on a line of its own"));
    return parsePlain(idx, col, parentIndent, out);
}

// After a quoted scalar or flow collection only a comment may follow on its last line.
bool YamlParser::finishInline(int offset, int valueStart)
{
    const int idx = lineOf(offset);
    const QString &t = m_lines[idx];
    int i = offset - startOf(idx);
    while (i < t.size() && isInlineSpace(t[i]))
        ++i;
    // libyaml and PyYAML accept a comment right after the closing quote or bracket; so do we.
    if (i < t.size() && t[i] != u'#') {
        const QChar opener = m_all[valueStart];
        return fail(idx, i,
                    opener == u'"' || opener == u'\''
                        ? QStringLiteral("unexpected text after the closing quote")
                        : QStringLiteral("unexpected text after the closing bracket"));
    }
    m_pos = idx + 1;
    return true;
}

bool YamlParser::parsePlain(int idx, int col, int parentIndent, QVariant *out)
{
    const QString &t = m_lines[idx];
    const int commentAt = commentStart(t, col);
    const int end = trimEnd(t, commentAt, col);
    const int colon = findValueIndicator(t, col, end);
    if (colon >= 0)
        return fail(idx, colon,
                    QStringLiteral("the value contains ': '; put the whole value in quotes"));
    QString text = t.mid(col, end - col);
    m_pos = idx + 1;
    // Lines indented past the parent continue the value and fold into it, as in YAML.
    int blankLines = 0;
    for (int scan = m_pos; commentAt == t.size() && scan < m_lines.size(); ++scan) {
        const QString &line = m_lines[scan];
        if (isBlankText(line)) {
            ++blankLines;
            continue;
        }
        const int ind = indentOf(scan);
        if (ind <= parentIndent || line[ind] == u'#')
            break;
        if (!checkIndentChars(scan))
            return false;
        const int lineComment = commentStart(line, ind);
        const int lineEnd = trimEnd(line, lineComment, ind);
        if (findValueIndicator(line, ind, lineEnd) >= 0)
            return fail(scan, ind, badIndentation());
        text += blankLines > 0 ? QString(blankLines, u'\n') : QStringLiteral(" ");
        text += QStringView(line).mid(ind, lineEnd - ind);
        blankLines = 0;
        m_pos = scan + 1;
        if (lineComment < line.size())
            break;
    }
    *out = resolveYamlPlainScalar(text);
    return true;
}

} // namespace fc::detail
