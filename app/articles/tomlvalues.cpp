#include "articles/frontmatterparsers.h"
#include "articles/tomlparser.h"

#include <QVariantList>
#include <algorithm>
#include <limits>

namespace fc::detail {

namespace {

bool isValueEnd(QChar c)
{
    return isInlineSpace(c) || c == u'\n' || c == u',' || c == u']' || c == u'}' || c == u'#';
}

bool isDigitsAt(QStringView t, int from, int count)
{
    if (from + count > t.size())
        return false;
    for (int i = from; i < from + count; ++i) {
        if (!isAsciiDigit(t[i]))
            return false;
    }
    return true;
}

bool isDate(QStringView t)
{
    return isDigitsAt(t, 0, 4) && t.size() > 4 && t[4] == u'-' && isDigitsAt(t, 5, 2) &&
           t.size() > 7 && t[7] == u'-' && isDigitsAt(t, 8, 2);
}

bool isTime(QStringView t)
{
    return isDigitsAt(t, 0, 2) && t.size() > 2 && t[2] == u':' && isDigitsAt(t, 3, 2);
}

} // namespace

bool TomlParser::parseValue(int *i, int depth, QVariant *out)
{
    const QChar c = at(*i);
    if (c == u'"' || c == u'\'') {
        QString text;
        if (!parseString(i, true, &text))
            return false;
        *out = text;
        return true;
    }
    if (c == u'[' || c == u'{') {
        if (depth >= kMaxFrontMatterDepth)
            return fail(*i, tooDeepMessage());
        return c == u'[' ? parseArray(i, depth + 1, out) : parseInlineTable(i, depth + 1, out);
    }
    if (c == u'\n' || c == u'#' || c == u',' || c == u']' || c == u'}')
        return fail(*i, QStringLiteral("missing value"));
    return parseBareValue(i, out);
}

bool TomlParser::parseString(int *i, bool allowMultiline, QString *out)
{
    const int open = *i;
    const QChar quote = at(open);
    const QString triple(3, quote);
    const bool multiline = QStringView(m_all).mid(open, 3) == triple;
    if (multiline && !allowMultiline)
        return fail(open, QStringLiteral("a key cannot be a multi-line string"));
    *i += multiline ? 3 : 1;
    if (multiline && at(*i) == u'\n')
        ++*i; // the line break right after the opening quotes is not part of the text
    QString text;
    while (true) {
        if (*i >= m_all.size())
            return fail(open, QStringLiteral("unterminated string: the closing %1 is missing")
                                  .arg(multiline ? triple : QString(quote)));
        const QChar c = m_all[*i];
        if (c == quote) {
            if (!multiline) {
                ++*i;
                break;
            }
            int run = 0;
            while (at(*i + run) == quote)
                ++run;
            if (run >= 3) {
                // Up to two quotes may directly precede the closing delimiter.
                text += QString(std::min(run - 3, 2), quote);
                *i += std::min(run, 5);
                break;
            }
            text += QString(run, quote);
            *i += run;
            continue;
        }
        if (c == u'\n' && !multiline)
            return fail(open, QStringLiteral("unterminated string: the closing %1 is missing on "
                                             "this line")
                                  .arg(quote));
        if (c == u'\\' && quote == u'"') {
            if (multiline) {
                int j = *i + 1;
                skipSpaces(&j);
                if (at(j) == u'\n') {
                    // A backslash at the end of a line joins it to the next non-blank text.
                    while (j < m_all.size() && (isInlineSpace(m_all[j]) || m_all[j] == u'\n'))
                        ++j;
                    *i = j;
                    continue;
                }
            }
            if (!parseEscape(i, &text))
                return false;
            continue;
        }
        text += c;
        ++*i;
    }
    *out = text;
    return true;
}

bool TomlParser::parseEscape(int *i, QString *out)
{
    static constexpr SimpleEscape kEscapes[] = {{u'b', 0x08}, {u't', 0x09},  {u'n', 0x0A},
                                                {u'f', 0x0C}, {u'r', 0x0D},  {u'e', 0x1B},
                                                {u'"', u'"'}, {u'\\', u'\\'}};
    const int start = *i;
    const QChar e = at(start + 1);
    if (appendSimpleEscape(kEscapes, e, out)) {
        *i = start + 2;
        return true;
    }
    if (e != u'x' && e != u'u' && e != u'U')
        return fail(start, QStringLiteral("unknown escape '\\%1' in a string").arg(e));
    const int digits = e == u'x' ? 2 : e == u'u' ? 4 : 8;
    char32_t cp = 0;
    if (!readHex(m_all, start + 2, digits, &cp) || !appendCodePoint(out, cp))
        return fail(
            start,
            QStringLiteral("invalid escape '%1'").arg(quotedExcerpt(m_all.mid(start, digits + 2))));
    *i = start + 2 + digits;
    return true;
}

bool TomlParser::parseArray(int *i, int depth, QVariant *out)
{
    const int open = *i;
    QVariantList list;
    ++*i;
    // Arrays may span lines and hold comments.
    auto skip = [&]() {
        while (true) {
            skipSpaces(i);
            if (at(*i) == u'#') {
                while (at(*i) != u'\n')
                    ++*i;
            }
            if (*i >= m_all.size())
                return fail(open, QStringLiteral("the array '[' is not closed: ']' is missing"));
            if (m_all[*i] != u'\n')
                return true;
            ++*i;
        }
    };
    while (true) {
        if (!skip())
            return false;
        if (at(*i) == u']')
            break;
        QVariant item;
        if (!parseValue(i, depth, &item) || !skip())
            return false;
        list.append(item);
        if (at(*i) == u']')
            break;
        if (at(*i) != u',')
            return fail(*i, QStringLiteral("expected ',' or ']' in the array"));
        ++*i;
    }
    ++*i;
    *out = list;
    return true;
}

bool TomlParser::parseInlineTable(int *i, int depth, QVariant *out)
{
    const int open = *i;
    QVariantMap table;
    ++*i;
    skipSpaces(i);
    if (at(*i) == u'}') {
        ++*i;
        *out = table;
        return true;
    }
    while (true) {
        skipSpaces(i);
        const int start = *i;
        QStringList key;
        QVariant value;
        if (at(*i) == u'\n')
            return fail(open, QStringLiteral("the inline table '{' must be closed on its line"));
        if (!parseKey(i, &key))
            return false;
        if (at(*i) != u'=')
            return fail(*i, QStringLiteral("expected 'key = value'"));
        ++*i;
        skipSpaces(i);
        if (!parseValue(i, depth, &value) || !apply(table, key, 0, Target::Value, value, start))
            return false;
        skipSpaces(i);
        if (at(*i) == u'}')
            break;
        if (at(*i) == u'\n')
            return fail(open, QStringLiteral("the inline table '{' must be closed on its line"));
        if (at(*i) != u',')
            return fail(*i, QStringLiteral("expected ',' or '}' in the inline table"));
        ++*i;
    }
    ++*i;
    *out = table;
    return true;
}

bool TomlParser::parseBareValue(int *i, QVariant *out)
{
    const int start = *i;
    int end = start;
    while (!isValueEnd(at(end)))
        ++end;
    // A date and time may be separated by a space instead of 'T'.
    if (end - start == 10 && at(end) == u' ' && isTime(QStringView(m_all).mid(end + 1))) {
        ++end;
        while (!isValueEnd(at(end)))
            ++end;
    }
    *i = end;
    const QString token = m_all.mid(start, end - start);
    if (token == u"true" || token == u"false") {
        *out = token == u"true";
        return true;
    }
    if (isDate(token) || isTime(token)) {
        *out = token;
        return true;
    }
    QString number = token;
    number.remove(u'_');
    const bool negative = number.startsWith(u'-');
    const QStringView magnitude = QStringView(number).mid(negative || number.startsWith(u'+'));
    if (magnitude == u"inf" || magnitude == u"nan") {
        const double special = magnitude == u"inf" ? std::numeric_limits<double>::infinity()
                                                   : std::numeric_limits<double>::quiet_NaN();
        *out = negative ? -special : special;
        return true;
    }
    bool ok = false;
    if (number.size() > 2 && number[0] == u'0' &&
        (number[1] == u'x' || number[1] == u'o' || number[1] == u'b')) {
        const int base = number[1] == u'x' ? 16 : number[1] == u'o' ? 8 : 2;
        const qlonglong n = number.mid(2).toLongLong(&ok, base);
        if (ok && n >= 0) {
            *out = n;
            return true;
        }
    } else if (isSignedInteger(number)) {
        const qlonglong n = number.toLongLong(&ok, 10);
        if (ok) {
            *out = n;
            return true;
        }
    } else if (isDecimalFloat(number)) {
        const double d = number.toDouble(&ok);
        if (ok) {
            *out = d;
            return true;
        }
    }
    return fail(
        start,
        QStringLiteral("invalid value '%1'; text must be in quotes").arg(quotedExcerpt(token)));
}

} // namespace fc::detail
