#pragma once

#include <QStyledItemDelegate>

namespace fc {

// Draws a note in the list as its title in bold over a muted line of date, tags and, when
// searching, the matching words; the item's text holds these lines separated by newlines.
class NoteListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fc
