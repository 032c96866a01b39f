#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace fc {

// Gives a tree's rows the height of their wrapped text. QTreeView asks its delegate for a row's
// size without saying how wide the column is, so with word wrap on, a long title would still get
// one line's height and be cut off. The tree must set uniformRowHeights off and call
// scheduleDelayedItemsLayout() when its column's width changes (the heights depend on it).
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingItemDelegate(QTreeView *tree);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The width the text of index is laid out in: its column less the indentation of its level.
    int rowWidth(const QModelIndex &index) const;

private:
    QTreeView *m_tree;
};

} // namespace fc
