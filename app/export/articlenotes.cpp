#include "export/articlenotes.h"

#include "core/appurl.h"
#include "core/htmlpage.h"

#include <QLocale>
#include <QSet>

namespace fc {

namespace {

// One character of the page's visible text and where it came from in the HTML.
struct TextChar
{
    QChar c;
    int rawStart = -1; // -1: a space standing for a block boundary
    int rawEnd = -1;
};

const QSet<QString> &blockTags()
{
    static const QSet<QString> tags{
        QStringLiteral("p"),     QStringLiteral("div"),    QStringLiteral("li"),
        QStringLiteral("ul"),    QStringLiteral("ol"),     QStringLiteral("h1"),
        QStringLiteral("h2"),    QStringLiteral("h3"),     QStringLiteral("h4"),
        QStringLiteral("h5"),    QStringLiteral("h6"),     QStringLiteral("br"),
        QStringLiteral("tr"),    QStringLiteral("td"),     QStringLiteral("th"),
        QStringLiteral("table"), QStringLiteral("pre"),    QStringLiteral("blockquote"),
        QStringLiteral("hr"),    QStringLiteral("section")};
    return tags;
}

QChar decodeEntity(const QString &entity)
{
    if (entity == u"amp")
        return QLatin1Char('&');
    if (entity == u"lt")
        return QLatin1Char('<');
    if (entity == u"gt")
        return QLatin1Char('>');
    if (entity == u"quot")
        return QLatin1Char('"');
    if (entity == u"apos")
        return QLatin1Char('\'');
    if (entity == u"nbsp")
        return QLatin1Char(' ');
    if (entity.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = entity.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                              ? entity.mid(2).toUInt(&ok, 16)
                              : entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code < 0x10000)
            return QChar(char16_t(code));
    }
    return QChar();
}

// The visible text, whitespace collapsed, with block boundaries as spaces.
QVector<TextChar> visibleText(const QString &html)
{
    QVector<TextChar> out;
    auto addSpace = [&out](int rawStart, int rawEnd) {
        if (!out.isEmpty() && out.constLast().c != QLatin1Char(' '))
            out << TextChar{QLatin1Char(' '), rawStart, rawEnd};
    };
    int i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            const int end = html.indexOf(QLatin1Char('>'), i);
            if (end < 0)
                break;
            QString name = html.mid(i + 1, end - i - 1).section(QLatin1Char(' '), 0, 0).toLower();
            name.remove(QLatin1Char('/'));
            if (blockTags().contains(name))
                addSpace(-1, -1);
            i = end + 1;
        } else if (c == QLatin1Char('&')) {
            const int semi = html.indexOf(QLatin1Char(';'), i);
            const QChar decoded =
                semi > i && semi - i < 10 ? decodeEntity(html.mid(i + 1, semi - i - 1)) : QChar();
            if (decoded.isNull()) {
                out << TextChar{c, i, i + 1};
                ++i;
            } else {
                if (decoded.isSpace())
                    addSpace(i, semi + 1);
                else
                    out << TextChar{decoded, i, semi + 1};
                i = semi + 1;
            }
        } else if (c.isSpace()) {
            addSpace(i, i + 1);
            ++i;
        } else {
            out << TextChar{c, i, i + 1};
            ++i;
        }
    }
    return out;
}

} // namespace

QString ArticleNotes::noteUrl(qint64 id)
{
    return AppUrl::make(QStringLiteral("note"), QString::number(id)).toString();
}

QString ArticleNotes::highlight(const QString &fragment, const QString &quote, int *found)
{
    if (found)
        *found = 0;
    const QString needle = quote.simplified();
    if (needle.size() < 3)
        return fragment;
    const QVector<TextChar> text = visibleText(fragment);
    QString plain;
    plain.reserve(text.size());
    for (const TextChar &t : text)
        plain += t.c;
    // Raw ranges to wrap, collected first so inserting marks does not shift later ones.
    QVector<QPair<int, int>> ranges;
    int from = 0;
    while ((from = int(plain.indexOf(needle, from))) >= 0) {
        int runStart = -1;
        int runEnd = -1;
        for (int k = from; k < from + needle.size(); ++k) {
            const TextChar &t = text[k];
            if (t.rawStart < 0)
                continue;
            if (runStart >= 0 && t.rawStart == runEnd) {
                runEnd = t.rawEnd;
                continue;
            }
            if (runStart >= 0)
                ranges << qMakePair(runStart, runEnd);
            runStart = t.rawStart;
            runEnd = t.rawEnd;
        }
        if (runStart >= 0)
            ranges << qMakePair(runStart, runEnd);
        from += int(needle.size());
        if (found)
            ++*found;
    }
    QString out = fragment;
    for (int r = int(ranges.size()) - 1; r >= 0; --r) {
        out.insert(ranges[r].second, QStringLiteral("</mark>"));
        out.insert(ranges[r].first, QStringLiteral("<mark class=\"note-quote\">"));
    }
    return out;
}

QString ArticleNotes::decorate(const QString &html, const QVector<Note> &notes)
{
    if (notes.isEmpty())
        return html;
    const QString open = QStringLiteral("<article class=\"content\">");
    const QString close = QStringLiteral("</article>");
    const int start = int(html.indexOf(open));
    const int end = start < 0 ? -1 : int(html.indexOf(close, start));
    if (end < 0)
        return html;
    QString body = html.mid(start + open.size(), end - start - open.size());
    for (const Note &n : notes)
        if (!n.quote.isEmpty())
            body = highlight(body, n.quote);

    const QLocale locale;
    QString box = QStringLiteral("<aside class=\"your-notes\" aria-label=\"Your notes on this "
                                 "article\"><h2>Your notes on this article</h2><ul>");
    for (const Note &n : notes) {
        const QString title =
            n.title.trimmed().isEmpty()
                ? (n.quote.isEmpty() ? QStringLiteral("Note") : QStringLiteral("Note on a passage"))
                : n.title.trimmed();
        box += QStringLiteral("<li><a href=\"%1\">%2</a> <span class=\"note-date\">%3</span>")
                   .arg(noteUrl(n.id), escaped(title),
                        escaped(locale.toString(n.createdAt.toLocalTime().date(),
                                                QLocale::ShortFormat)));
        if (!n.quote.isEmpty())
            box += QStringLiteral("<blockquote>%1</blockquote>")
                       .arg(escaped(n.quote.simplified().left(240)));
        box += QStringLiteral("</li>");
    }
    box += QStringLiteral("</ul></aside>");
    QString out =
        html.left(start + open.size()) + body + close + box + html.mid(end + close.size());
    const int head = int(out.indexOf(QLatin1String("</head>")));
    if (head >= 0)
        out.insert(head,
                   QStringLiteral("<link rel=\"stylesheet\" href=\"fibro://app/web/notes.css\">"));
    return out;
}

} // namespace fc
