#include "articles/frontmatterparsers.h"
#include "articles/yamlparser.h"

#include <algorithm>
#include <limits>

namespace fc::detail {

QVariant resolveYamlPlainScalar(const QString &s)
{
    if (s.isEmpty() || s == u"~" || s == u"null" || s == u"Null" || s == u"NULL")
        return QVariant();
    if (s == u"true" || s == u"True" || s == u"TRUE")
        return true;
    if (s == u"false" || s == u"False" || s == u"FALSE")
        return false;
    bool ok = false;
    if (isSignedInteger(s)) {
        const qlonglong n = s.toLongLong(&ok, 10);
        return ok ? QVariant(n) : QVariant(s);
    }
    if (s.size() > 2 && (s.startsWith(u"0x") || s.startsWith(u"0o"))) {
        const qlonglong n = s.mid(2).toLongLong(&ok, s[1] == u'x' ? 16 : 8);
        return ok && n >= 0 ? QVariant(n) : QVariant(s);
    }
    if (isDecimalFloat(s)) {
        const double d = s.toDouble(&ok);
        return ok ? QVariant(d) : QVariant(s);
    }
    const bool negative = s.startsWith(u'-');
    const QStringView magnitude = QStringView(s).mid(negative || s.startsWith(u'+') ? 1 : 0);
    if (magnitude == u".inf" || magnitude == u".Inf" || magnitude == u".INF")
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    if (s == u".nan" || s == u".NaN" || s == u".NAN")
        return std::numeric_limits<double>::quiet_NaN();
    return s;
}

bool YamlParser::parseBlockScalar(int idx, int col, int parentIndent, QVariant *out)
{
    const QString &header = m_lines[idx];
    const bool folded = header[col] == u'>';
    enum class Chomp { Clip, Strip, Keep } chomp = Chomp::Clip;
    int explicitIndent = 0;
    int i = col + 1;
    for (; i < header.size() && i <= col + 2; ++i) {
        const QChar c = header[i];
        if ((c == u'-' || c == u'+') && chomp == Chomp::Clip)
            chomp = c == u'-' ? Chomp::Strip : Chomp::Keep;
        else if (c >= u'1' && c <= u'9' && explicitIndent == 0)
            explicitIndent = c.digitValue();
        else
            break;
    }
    int j = i;
    while (j < header.size() && isInlineSpace(header[j]))
        ++j;
    if (j < header.size() && !(header[j] == u'#' && j > i))
        return fail(idx, i,
                    QStringLiteral("unexpected text after '%1'; a block scalar starts on the "
                                   "next line")
                        .arg(header[col]));

    // Content indentation: explicit, or that of the first non-blank line.
    int contentIndent = parentIndent + explicitIndent;
    int line = idx + 1;
    if (explicitIndent == 0) {
        contentIndent = -1;
        for (int s = line; s < m_lines.size(); ++s) {
            if (!isBlankText(m_lines[s])) {
                if (indentOf(s) > parentIndent)
                    contentIndent = indentOf(s);
                break;
            }
        }
    }
    // Empty entries stand for empty lines.
    QStringList parts;
    for (; line < m_lines.size(); ++line) {
        const QString &text = m_lines[line];
        if (contentIndent >= 0 && indentOf(line) >= contentIndent)
            parts.append(text.mid(contentIndent));
        else if (isBlankText(text))
            parts.append(QString());
        else
            break;
    }
    m_pos = line;

    int last = int(parts.size()) - 1;
    while (last >= 0 && parts[last].isEmpty())
        --last;
    const int trailingEmpty = int(parts.size()) - 1 - last;
    QString result;
    if (last < 0) {
        if (chomp == Chomp::Keep)
            result = QString(trailingEmpty, u'\n');
        *out = result;
        return true;
    }
    int k = 0;
    while (parts[k].isEmpty()) {
        result += u'\n';
        ++k;
    }
    // Folding joins neighbouring lines with a space unless either is more indented; empty lines
    // in between stay as line breaks.
    while (true) {
        const QString &current = parts[k];
        result += current;
        if (k == last)
            break;
        int next = k + 1;
        int empty = 0;
        while (parts[next].isEmpty()) {
            ++empty;
            ++next;
        }
        const bool fold = folded && !isInlineSpace(current[0]) && !isInlineSpace(parts[next][0]);
        if (fold)
            result += empty > 0 ? QString(empty, u'\n') : QStringLiteral(" ");
        else
            result += QString(empty + 1, u'\n');
        k = next;
    }
    if (chomp == Chomp::Clip)
        result += u'\n';
    else if (chomp == Chomp::Keep)
        result += QString(trailingEmpty + 1, u'\n');
    *out = result;
    return true;
}

// Reads a quoted scalar starting at *offset; continuation lines must be indented by minIndent.
bool YamlParser::scanQuoted(int *offset, int minIndent, QString *out)
{
    const int start = *offset;
    const QChar quote = m_all[start];
    const int size = int(m_all.size());
    const QString unterminated =
        quote == u'"' ? QStringLiteral("unterminated string: the closing '\"' is missing")
                      : QStringLiteral("unterminated string: the closing \"'\" is missing");
    QString text;
    QString pendingSpace; // dropped when a line break follows it
    int i = start + 1;
    while (true) {
        if (i >= size)
            return failAt(start, unterminated);
        const QChar c = m_all[i];
        if (c == quote) {
            if (quote == u'\'' && i + 1 < size && m_all[i + 1] == u'\'') {
                text += pendingSpace + u'\'';
                pendingSpace.clear();
                i += 2;
                continue;
            }
            *out = text + pendingSpace;
            *offset = i + 1;
            return true;
        }
        bool escapedBreak = false;
        if (quote == u'"' && c == u'\\') {
            text += pendingSpace;
            pendingSpace.clear();
            if (i + 1 >= size)
                return failAt(start, unterminated);
            if (m_all[i + 1] != u'\n') {
                if (!parseEscape(&i, &text))
                    return false;
                continue;
            }
            escapedBreak = true;
            ++i;
        }
        if (m_all[i] == u'\n') {
            pendingSpace.clear();
            ++i;
            int emptyLines = 0;
            while (true) {
                int j = i;
                while (j < size && isInlineSpace(m_all[j]))
                    ++j;
                if (j >= size || m_all[j] != u'\n')
                    break;
                ++emptyLines;
                i = j + 1;
            }
            int spaces = 0;
            while (i + spaces < size && m_all[i + spaces] == u' ')
                ++spaces;
            if (i >= size || spaces < minIndent)
                return failAt(start, unterminated);
            i += spaces;
            while (i < size && isInlineSpace(m_all[i]))
                ++i;
            if (emptyLines > 0)
                text += QString(emptyLines, u'\n');
            else if (!escapedBreak)
                text += u' ';
            continue;
        }
        if (isInlineSpace(c)) {
            pendingSpace += c;
        } else {
            text += pendingSpace + c;
            pendingSpace.clear();
        }
        ++i;
    }
}

bool YamlParser::parseEscape(int *offset, QString *out)
{
    static constexpr SimpleEscape kEscapes[] = {
        {u'0', 0x00}, {u'a', 0x07},   {u'b', 0x08}, {u't', 0x09}, {u'\t', 0x09},  {u'n', 0x0A},
        {u'v', 0x0B}, {u'f', 0x0C},   {u'r', 0x0D}, {u'e', 0x1B}, {u' ', u' '},   {u'"', u'"'},
        {u'/', u'/'}, {u'\\', u'\\'}, {u'N', 0x85}, {u'_', 0xA0}, {u'L', 0x2028}, {u'P', 0x2029}};
    const int at = *offset;
    const QChar e = m_all[at + 1];
    if (appendSimpleEscape(kEscapes, e, out)) {
        *offset = at + 2;
        return true;
    }
    if (e != u'x' && e != u'u' && e != u'U')
        return failAt(at, QStringLiteral("unknown escape '\\%1' in a double-quoted string").arg(e));
    const int digits = e == u'x' ? 2 : e == u'u' ? 4 : 8;
    int length = 2 + digits;
    char32_t cp = 0;
    bool ok = readHex(m_all, at + 2, digits, &cp);
    // A surrogate pair written as two \u escapes is one character.
    if (ok && e == u'u' && QChar::isHighSurrogate(cp)) {
        char32_t low = 0;
        ok = at + 7 < m_all.size() && m_all[at + 6] == u'\\' && m_all[at + 7] == u'u' &&
             readHex(m_all, at + 8, 4, &low) && QChar::isLowSurrogate(low);
        cp = QChar::surrogateToUcs4(char16_t(cp), char16_t(low));
        length += 6;
    }
    if (!ok || !appendCodePoint(out, cp))
        return failAt(at, QStringLiteral("invalid escape '%1'")
                              .arg(m_all.mid(at, std::min(length, int(m_all.size()) - at))));
    *offset = at + length;
    return true;
}

} // namespace fc::detail
