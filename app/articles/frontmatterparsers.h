#pragma once

// Internal to the front matter reader: the two syntax parsers and the helpers they share.

#include "articles/frontmatter.h"

#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <cstddef>

namespace fc::detail {

// Both parsers receive the lines between the delimiters (without line terminators);
// firstLine is the file line number of lines[0], used in error messages.
bool parseYamlFrontMatter(const QStringList &lines, int firstLine, QVariantMap *fields,
                          FrontMatterError *error);
bool parseTomlFrontMatter(const QStringList &lines, int firstLine, QVariantMap *fields,
                          FrontMatterError *error);

// Deep enough for any real article, shallow enough that recursion cannot exhaust the stack.
constexpr int kMaxFrontMatterDepth = 32;

inline bool isInlineSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

inline bool isBlankText(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isInlineSpace);
}

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

inline int hexDigitValue(QChar c)
{
    if (isAsciiDigit(c))
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// Reads `count` hex digits at `from`; false when they are missing or invalid.
inline bool readHex(QStringView text, int from, int count, char32_t *value)
{
    if (from < 0 || from + count > text.size())
        return false;
    char32_t v = 0;
    for (int i = 0; i < count; ++i) {
        const int d = hexDigitValue(text[from + i]);
        if (d < 0)
            return false;
        v = v * 16 + char32_t(d);
    }
    *value = v;
    return true;
}

// Appends a Unicode scalar value; false for surrogates and values beyond U+10FFFF.
inline bool appendCodePoint(QString *out, char32_t cp)
{
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return false;
    if (cp >= 0x10000) {
        out->append(QChar(QChar::highSurrogate(cp)));
        out->append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out->append(QChar(char16_t(cp)));
    }
    return true;
}

// [+-]digits[.digits][(e|E)[+-]digits], also ".5" and "1."; the digits of one part may be absent
// only when the other part has some.
inline bool isDecimalFloat(QStringView v)
{
    int i = 0;
    const int n = int(v.size());
    if (i < n && (v[i] == u'-' || v[i] == u'+'))
        ++i;
    int digits = 0;
    while (i < n && isAsciiDigit(v[i])) {
        ++i;
        ++digits;
    }
    if (i < n && v[i] == u'.') {
        ++i;
        while (i < n && isAsciiDigit(v[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (v[i] == u'e' || v[i] == u'E')) {
        ++i;
        if (i < n && (v[i] == u'-' || v[i] == u'+'))
            ++i;
        int expDigits = 0;
        while (i < n && isAsciiDigit(v[i])) {
            ++i;
            ++expDigits;
        }
        if (expDigits == 0)
            return false;
    }
    return i == n;
}

inline bool isSignedInteger(QStringView v)
{
    if (!v.isEmpty() && (v[0] == u'-' || v[0] == u'+'))
        v = v.mid(1);
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), isAsciiDigit);
}

struct SimpleEscape
{
    char16_t letter; // what follows the backslash
    char16_t value;
};

template<size_t N>
bool appendSimpleEscape(const SimpleEscape (&table)[N], QChar letter, QString *out)
{
    for (const SimpleEscape &escape : table) {
        if (escape.letter == letter.unicode()) {
            out->append(QChar(escape.value));
            return true;
        }
    }
    return false;
}

// Keeps error messages readable when they quote hostile input.
inline QString quotedExcerpt(const QString &text)
{
    constexpr int kMax = 40;
    return text.size() <= kMax ? text : text.left(kMax) + QStringLiteral("...");
}

inline QString tooDeepMessage()
{
    return QStringLiteral("the front matter is nested deeper than %1 levels")
        .arg(kMaxFrontMatterDepth);
}

inline void setFrontMatterError(FrontMatterError *error, int line, int column,
                                const QString &message)
{
    error->line = line;
    error->column = column;
    error->message = message;
}

} // namespace fc::detail
