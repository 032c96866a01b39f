#include "articles/plaintext.h"

#include <QRegularExpression>
#include <cmark.h>

namespace fc {

QString markdownPlainText(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    cmark_node *root =
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT);
    QString out;
    out.reserve(markdown.size());
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *cur = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(cur);
        if (ev == CMARK_EVENT_ENTER) {
            if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
                out += QString::fromUtf8(cmark_node_get_literal(cur));
            else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
                out += u' ';
        } else if (ev == CMARK_EVENT_EXIT &&
                   (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
                    type == CMARK_NODE_ITEM)) {
            out += u'\n';
        }
        // Raw HTML and code blocks are never shown as text, so they are not searchable either.
    }
    cmark_iter_free(iter);
    cmark_node_free(root);
    static const QRegularExpression marker(QStringLiteral("\\[\\[(?:caption|video):\\s*|\\]\\]"));
    out.remove(marker);
    return out.trimmed();
}

} // namespace fc
