#include "ui/sidebarrow.h"

namespace fc {

ArticleRow::ArticleRow(const SidebarListing::Entry &entry, int entryIndex)
    : QTreeWidgetItem(QStringList{entry.title}, RowType)
    , m_slug(entry.slug)
    , m_summary(entry.summary)
    , m_entry(entryIndex)
{}

QVariant ArticleRow::data(int column, int role) const
{
    switch (role) {
    case SidebarRole::Slug:
        return m_slug;
    case SidebarRole::Entry:
        return m_entry;
    case Qt::ToolTipRole:
        // The whole title as well, for a sidebar too narrow even for the wrapped one.
        return QStringLiteral("<p><b>%1</b></p><p>%2</p>")
            .arg(text(0).toHtmlEscaped(), m_summary.toHtmlEscaped());
    default:
        return QTreeWidgetItem::data(column, role);
    }
}

} // namespace fc
