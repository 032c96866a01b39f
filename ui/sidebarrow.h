#pragma once

#include "ui/sidebarlisting.h"

#include <QTreeWidgetItem>

namespace fc {

// Data roles of the library sidebar's rows.
namespace SidebarRole {
constexpr int Slug = Qt::UserRole + 1;  // an article row's article
constexpr int Entry = Qt::UserRole + 2; // its index in the SidebarListing
constexpr int List = Qt::UserRole + 3;  // a topic's or group's list of articles
} // namespace SidebarRole

// One article's row in the library sidebar. Opening a long list makes thousands at once, so a
// row holds the listing's strings (shared, not copied) and writes its tooltip only when one is
// about to be shown.
class ArticleRow : public QTreeWidgetItem
{
public:
    static constexpr int RowType = QTreeWidgetItem::UserType + 1;

    ArticleRow(const SidebarListing::Entry &entry, int entryIndex);

    int entry() const { return m_entry; }
    QVariant data(int column, int role) const override;

private:
    QString m_slug;
    QString m_summary;
    int m_entry;
};

} // namespace fc
