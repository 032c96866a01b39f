#include "ui/searchresultdelegate.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace fc {

namespace {
constexpr int margin = 6;

void setUp(QTextDocument *doc, const QStyleOptionViewItem &option, const QString &html, int width)
{
    doc->setDefaultFont(option.font);
    doc->setDocumentMargin(margin);
    doc->setHtml(html);
    doc->setTextWidth(width > 40 ? width : 260);
}

// sizeHint() gets no usable rect; the list's viewport decides how wide a row can be.
int viewportWidth(const QStyleOptionViewItem &option)
{
    const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget);
    return view ? view->viewport()->width() : option.rect.width();
}
} // namespace

QString SearchResultDelegate::html(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QString text = option.palette.color(QPalette::Active, textRole).name();
    // The mark colour is fixed (yellow) so its text must be dark in every theme.
    QString snippet = index.data(SnippetRole).toString();
    snippet.replace(QLatin1String("<mark>"),
                    QLatin1String("<span style=\"background-color:#ffe08a;color:#111\">"));
    snippet.replace(QLatin1String("</mark>"), QLatin1String("</span>"));
    return QStringLiteral("<div style=\"color:%1\"><b>%2</b><br>%3</div>")
        .arg(text, index.data(Qt::DisplayRole).toString().toHtmlEscaped(), snippet);
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString content = html(opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    setUp(&doc, opt, content, opt.rect.width());
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    doc.drawContents(painter);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    setUp(&doc, opt, html(opt, index), viewportWidth(opt));
    return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2);
}

} // namespace fc
