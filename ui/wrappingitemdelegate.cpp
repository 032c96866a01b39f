#include "ui/wrappingitemdelegate.h"

#include <QTreeView>
#include <algorithm>

namespace fc {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *tree)
    : QStyledItemDelegate(tree)
    , m_tree(tree)
{}

int WrappingItemDelegate::rowWidth(const QModelIndex &index) const
{
    int level = m_tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++level;
    return m_tree->columnWidth(index.column()) - level * m_tree->indentation();
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem sized = option;
    // The style wraps only within a valid rectangle; the height is what it works out.
    sized.rect = QRect(0, 0, std::max(1, rowWidth(index)), 1);
    return QStyledItemDelegate::sizeHint(sized, index);
}

} // namespace fc
