#pragma once

#include <QStyledItemDelegate>

namespace fc {

// Draws a search result as its title over a snippet whose matched words are marked. The
// snippet is HTML built by ArticleIndex from escaped text, so only <mark> can occur in it.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int SnippetRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString html(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace fc
