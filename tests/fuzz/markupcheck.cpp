#include "markupcheck.h"

#include <QStringList>

namespace fc::fuzz {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Numeric character references and the named ones that can spell a scheme; a browser decodes
// them in attribute values before it reads the URL.
QString decodeEntities(const QString &value)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        if (value[i] != u'&') {
            out += value[i];
            continue;
        }
        const int semicolon = value.indexOf(u';', i);
        const QString entity = semicolon > i ? value.mid(i + 1, semicolon - i - 1) : QString();
        bool ok = false;
        uint code = 0;
        if (entity.startsWith(u'#'))
            code = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
                       ? entity.mid(2).toUInt(&ok, 16)
                       : entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code < 0x110000) {
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            i = semicolon;
        } else if (entity == u"colon") {
            out += u':';
            i = semicolon;
        } else if (entity == u"Tab" || entity == u"NewLine") {
            i = semicolon;
        } else {
            out += value[i];
        }
    }
    return out;
}

bool unsafeUrl(const QString &value)
{
    QString url;
    for (QChar c : decodeEntities(value)) {
        if (c.unicode() > 0x20)
            url += c.toLower();
    }
    return url.startsWith(u"javascript:") || url.startsWith(u"vbscript:") ||
           url.startsWith(u"data:");
}

} // namespace

QString unsafeMarkup(const QString &html)
{
    static const QStringList forbiddenElements = {
        QStringLiteral("script"), QStringLiteral("iframe"), QStringLiteral("object"),
        QStringLiteral("embed"),  QStringLiteral("style"),  QStringLiteral("form"),
        QStringLiteral("input")};
    const int n = int(html.size());
    int i = 0;
    while (i < n) {
        if (html[i] != u'<' || i + 1 >= n) {
            ++i;
            continue;
        }
        const QChar next = html[i + 1];
        if (html.mid(i, 4) == u"<!--") {
            const int end = html.indexOf(QStringLiteral("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (next == u'!' || next == u'?' || next == u'/') {
            const int end = html.indexOf(u'>', i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (!next.isLetter()) {
            ++i; // a lone "<" in text
            continue;
        }
        int j = i + 1;
        while (j < n && isNameChar(html[j]))
            ++j;
        const QString element = html.mid(i + 1, j - i - 1).toLower();
        if (forbiddenElements.contains(element))
            return QStringLiteral("element <%1>").arg(element);
        // Attributes up to the closing ">".
        while (j < n && html[j] != u'>') {
            if (isSpace(html[j]) || html[j] == u'/') {
                ++j;
                continue;
            }
            const int nameStart = j;
            while (j < n && !isSpace(html[j]) && html[j] != u'=' && html[j] != u'>' &&
                   html[j] != u'/')
                ++j;
            const QString name = html.mid(nameStart, j - nameStart).toLower();
            if (j == nameStart) {
                ++j; // a stray "=": skip it
                continue;
            }
            while (j < n && isSpace(html[j]))
                ++j;
            QString value;
            if (j < n && html[j] == u'=') {
                ++j;
                while (j < n && isSpace(html[j]))
                    ++j;
                if (j < n && (html[j] == u'"' || html[j] == u'\'')) {
                    const QChar quote = html[j];
                    const int end = html.indexOf(quote, j + 1);
                    value = html.mid(j + 1, (end < 0 ? n : end) - j - 1);
                    j = end < 0 ? n : end + 1;
                } else {
                    const int valueStart = j;
                    while (j < n && !isSpace(html[j]) && html[j] != u'>')
                        ++j;
                    value = html.mid(valueStart, j - valueStart);
                }
            }
            if (name.startsWith(u"on"))
                return QStringLiteral("attribute %1 on <%2>").arg(name, element);
            if ((name == u"href" || name == u"src" || name == u"xlink:href") && unsafeUrl(value))
                return QStringLiteral("%1=\"%2\" on <%3>").arg(name, value.left(40), element);
        }
        i = j + 1;
    }
    return QString();
}

} // namespace fc::fuzz
