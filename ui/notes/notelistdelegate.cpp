#include "ui/notes/notelistdelegate.h"

#include <QApplication>
#include <QPainter>

namespace fc {

namespace {

constexpr int padding = 6;

QFont titleFont(const QStyleOptionViewItem &option)
{
    QFont f = option.font;
    f.setBold(true);
    return f;
}

} // namespace

void NoteListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Not opt.text: initStyleOption turns newlines into line separators.
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n'));
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(selected ? 0.85 : 0.7);

    painter->save();
    QRect r = opt.rect.adjusted(padding, padding / 2, -padding, -padding / 2);
    const QFont bold = titleFont(opt);
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics boldMetrics(bold);
    painter->drawText(r, Qt::AlignLeft | Qt::AlignTop,
                      boldMetrics.elidedText(lines.value(0), Qt::ElideRight, r.width()));
    r.setTop(r.top() + boldMetrics.height());
    QFont normal = opt.font;
    normal.setBold(false);
    normal.setWeight(QFont::Normal);
    painter->setFont(normal);
    painter->setPen(muted);
    const QFontMetrics metrics(normal);
    for (int i = 1; i < lines.size(); ++i) {
        painter->drawText(r, Qt::AlignLeft | Qt::AlignTop,
                          metrics.elidedText(lines[i], Qt::ElideRight, r.width()));
        r.setTop(r.top() + metrics.height());
    }
    painter->restore();
}

QSize NoteListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int lines = int(index.data(Qt::DisplayRole).toString().count(QLatin1Char('\n')));
    const int height = QFontMetrics(titleFont(option)).height() +
                       lines * QFontMetrics(option.font).height() + padding;
    return {option.rect.width() > 0 ? option.rect.width() : 200, height};
}

} // namespace fc
