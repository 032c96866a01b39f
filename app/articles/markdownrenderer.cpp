#include "articles/markdownrenderer.h"

#include "articles/article.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <cmark.h>

Q_LOGGING_CATEGORY(lcMarkdown, "fc.articles.markdown")

namespace fc {

namespace {

QString literalText(cmark_node *node)
{
    QString out;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *cur = cmark_iter_get_node(iter);
        if (ev != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = cmark_node_get_type(cur);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            out += QString::fromUtf8(cmark_node_get_literal(cur));
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            out += u' ';
    }
    cmark_iter_free(iter);
    return out;
}

bool isLocalUrl(const QString &url)
{
    const QString lower = url.trimmed().toLower();
    if (lower.startsWith(u"fibro:"))
        return true;
    // A relative reference has no scheme before its first '/', '?' or '#'.
    static const QRegularExpression scheme(QStringLiteral("\\A[a-z][a-z0-9+.-]*:"));
    return !scheme.match(lower).hasMatch() && !lower.startsWith(u"//");
}

// Images that would need the network (or a data: URL we do not trust) become a short note.
void replaceRemoteImages(cmark_node *root)
{
    QVector<cmark_node *> images;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *cur = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(cur) == CMARK_NODE_IMAGE) {
            const char *url = cmark_node_get_url(cur);
            if (!isLocalUrl(QString::fromUtf8(url ? url : "")))
                images << cur;
        }
    }
    cmark_iter_free(iter);
    for (cmark_node *image : images) {
        const QString alt = literalText(image).trimmed();
        cmark_node *emph = cmark_node_new(CMARK_NODE_EMPH);
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        const QByteArray label =
            (alt.isEmpty() ? QStringLiteral("[Image not shown: it is not stored in the library]")
                           : QStringLiteral("[Image not shown: %1]").arg(alt))
                .toUtf8();
        cmark_node_set_literal(text, label.constData());
        cmark_node_append_child(emph, text);
        cmark_node_replace(image, emph);
        cmark_node_free(image);
    }
}

QVector<HeadingInfo> collectHeadings(cmark_node *root)
{
    QVector<HeadingInfo> headings;
    QSet<QString> used;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *cur = cmark_iter_get_node(iter);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(cur) != CMARK_NODE_HEADING)
            continue;
        HeadingInfo h;
        h.level = cmark_node_get_heading_level(cur);
        h.text = literalText(cur).simplified();
        QString base = slugify(h.text);
        if (base.isEmpty())
            base = QStringLiteral("section");
        QString id = base;
        for (int n = 2; used.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        used.insert(id);
        h.id = id;
        headings << h;
    }
    cmark_iter_free(iter);
    return headings;
}

QString addHeadingIds(const QString &html, const QVector<HeadingInfo> &headings)
{
    // In safe mode every <hN> in cmark's output is one of the document's headings, in order.
    static const QRegularExpression open(QStringLiteral("<h([1-6])>"));
    QString out;
    out.reserve(html.size() + headings.size() * 24);
    qsizetype last = 0;
    int index = 0;
    QRegularExpressionMatchIterator it = open.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        if (index < headings.size())
            out += QStringLiteral("<h%1 id=\"%2\">").arg(m.captured(1), headings[index++].id);
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

QString applyBlockConventions(QString html)
{
    static const QRegularExpression caption(QStringLiteral("<p>\\[\\[caption: ?(.*?)\\]\\]</p>"));
    static const QRegularExpression video(QStringLiteral("<p>\\[\\[video: ?(.*?)\\]\\]</p>"));
    // The picture itself is not part of the library: say so, rather than show an empty frame.
    html.replace(caption, QStringLiteral("<figure class=\"caption-only\"><figcaption><span "
                                         "class=\"label\">Picture not included:</span> \\1"
                                         "</figcaption></figure>"));
    html.replace(video, QStringLiteral(
                            "<aside class=\"video-card\" role=\"note\"><span class=\"video-label\">"
                            "Video: available online only</span><span class=\"video-part\">\\1"
                            "</span></aside>"));
    return html;
}

} // namespace

QString MarkdownRenderer::refusal(const QByteArray &utf8)
{
    if (utf8.size() > maxInputBytes)
        return tr("The text is %1 KB; the largest that can be shown is %2 KB. Split it into "
                  "smaller pages (each section can be a file of its own).")
            .arg((utf8.size() + 1023) / 1024)
            .arg(maxInputBytes / 1024);
    // The most '[' between two blank lines, and the line where that block starts.
    int brackets = 0, most = 0, line = 1, blockLine = 1, mostLine = 1;
    bool lineBlank = true;
    for (const char c : utf8) {
        if (c == '\n') {
            if (lineBlank) {
                brackets = 0;
                blockLine = line + 1;
            }
            ++line;
            lineBlank = true;
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\r')
            lineBlank = false;
        if (c == '[' && ++brackets > most) {
            most = brackets;
            mostLine = blockLine;
        }
    }
    if (most > maxBracketsPerBlock)
        return tr("The text from line %1 has %2 '[' with no blank line between them; the most "
                  "that can be shown safely is %3. Add blank lines between its paragraphs.")
            .arg(mostLine)
            .arg(most)
            .arg(maxBracketsPerBlock);
    return QString();
}

RenderedMarkdown MarkdownRenderer::render(const QString &markdown) const
{
    RenderedMarkdown result;
    const QByteArray utf8 = markdown.toUtf8();
    if (const QString refused = refusal(utf8); !refused.isEmpty()) {
        result.error = refused;
        qCWarning(lcMarkdown) << "refused input of" << utf8.size() << "bytes";
        return result;
    }
    cmark_node *doc = cmark_parse_document(utf8.constData(), size_t(utf8.size()),
                                           CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);
    if (!doc) {
        result.error = QStringLiteral("The Markdown could not be parsed.");
        return result;
    }
    replaceRemoteImages(doc);
    result.headings = collectHeadings(doc);
    // CMARK_OPT_DEFAULT is safe in 0.30: raw HTML is omitted and javascript:/vbscript:/file:/data:
    // (except images) URLs are emptied.
    char *html = cmark_render_html(doc, CMARK_OPT_DEFAULT);
    cmark_node_free(doc);
    QString out = QString::fromUtf8(html);
    free(html);
    result.html = applyBlockConventions(addHeadingIds(out, result.headings));
    result.ok = true;
    return result;
}

} // namespace fc
