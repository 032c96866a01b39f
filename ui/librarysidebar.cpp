#include "ui/librarysidebar.h"

#include "articles/articlelibrary.h"
#include "ui/sidebarrow.h"
#include "ui/wrappingitemdelegate.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace fc {

LibrarySidebar::LibrarySidebar(const ArticleLibrary *library, QWidget *parent)
    : QTreeWidget(parent)
    , m_library(library)
{
    setHeaderHidden(true);
    // Rows as high as their wrapped title: a long title is read in full, not cut off. Only the
    // rows on screen are measured, and a closed topic has none.
    setUniformRowHeights(false);
    setWordWrap(true);
    setItemDelegate(new WrappingItemDelegate(this));
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
    setAccessibleName(tr("Library topics"));
    setAccessibleDescription(
        tr("Topics and the articles under them. Right arrow opens a topic, Enter opens an "
           "article."));
    // Arrowing through the tree only moves; opening waits for Enter or a click, so a tired
    // reader can look around without the page jumping under them.
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString slug = item ? item->data(0, SidebarRole::Slug).toString() : QString();
        if (!slug.isEmpty())
            emit articleActivated(slug);
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString slug = item ? item->data(0, SidebarRole::Slug).toString() : QString();
        if (!slug.isEmpty())
            emit articleActivated(slug);
    });
    // The reader opened a list (mouse, arrow keys, "*"): now its rows are needed.
    connect(this, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        ArticleList *list = listOf(item);
        if (list && !list->populated)
            populate(*list);
    });
    connect(this, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        if (ArticleList *list = listOf(item))
            list->openedByFilter = false; // the reader's choice now, not the filter's
    });
    rebuild();
}

QTreeWidgetItem *LibrarySidebar::addGroup(const QString &title)
{
    auto *groupItem = new QTreeWidgetItem(this, {title});
    groupItem->setFlags(Qt::ItemIsEnabled);
    QFont bold = groupItem->font(0);
    bold.setBold(true);
    groupItem->setFont(0, bold);
    return groupItem;
}

int LibrarySidebar::addList(QTreeWidgetItem *node, const QString &title,
                            const QVector<int> &articles)
{
    node->setFlags(Qt::ItemIsEnabled);
    // Shows the expand arrow (and tells a screen reader the row opens) before any child exists.
    node->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    node->setData(0, SidebarRole::List, int(m_lists.size()));
    ArticleList list;
    list.node = node;
    list.title = title;
    list.articles = articles;
    list.ordinal = int(m_lists.size()) - 1; // m_lists[0] is "Recently read"
    m_lists << list;
    updateLabel(list);
    return int(m_lists.size()) - 1;
}

LibrarySidebar::ArticleList *LibrarySidebar::listOf(const QTreeWidgetItem *node)
{
    const QVariant index = node ? node->data(0, SidebarRole::List) : QVariant();
    return index.isValid() ? &m_lists[index.toInt()] : nullptr;
}

void LibrarySidebar::updateLabel(const ArticleList &list)
{
    if (!list.counted)
        return;
    const int total = int(list.articles.size());
    const int shown = m_listing.shownCount(list.articles, list.ordinal);
    list.node->setText(0, m_listing.isFiltering()
                              ? tr("%1 (%2 of %3)").arg(list.title).arg(shown).arg(total)
                              : QStringLiteral("%1 (%2)").arg(list.title).arg(total));
}

QTreeWidgetItem *LibrarySidebar::makeArticleItem(int entry)
{
    auto *row = new ArticleRow(m_listing.entries()[entry], entry);
    m_items[entry].append(row);
    if (entry == m_markedEntry)
        setMarked(entry, true);
    return row;
}

void LibrarySidebar::populate(ArticleList &list)
{
    depopulate(list);
    QList<QTreeWidgetItem *> rows;
    for (int entry : qAsConst(list.articles))
        if (list.ordinal < 0 ? m_listing.matches(entry) : m_listing.shows(entry, list.ordinal))
            rows << makeArticleItem(entry);
    // All at once: one insertion for the view to lay out, not one per row.
    list.node->addChildren(rows);
    list.populated = true;
}

void LibrarySidebar::depopulate(ArticleList &list)
{
    // Taking the current row away makes the view pick and scroll to another, laying out the
    // whole list first; markCurrent() chooses again afterwards anyway.
    if (currentItem() && currentItem()->parent() == list.node)
        setCurrentItem(nullptr);
    const QList<QTreeWidgetItem *> rows = list.node->takeChildren();
    for (QTreeWidgetItem *row : rows) {
        const auto it = m_items.find(static_cast<ArticleRow *>(row)->entry());
        if (it == m_items.end())
            continue;
        it->removeOne(row);
        if (it->isEmpty())
            m_items.erase(it);
    }
    qDeleteAll(rows);
    list.populated = false;
}

// Expanding with the tree's signals blocked does not reach the itemExpanded handler.
void LibrarySidebar::expandList(ArticleList &list)
{
    if (!list.populated)
        populate(list);
    list.node->setExpanded(true);
}

void LibrarySidebar::rebuild()
{
    const QSignalBlocker block(this);
    clear();
    m_items.clear();
    m_lists.clear();
    m_topicGroups.clear();
    m_recentGroup = nullptr;
    m_listing.load(*m_library);
    m_currentEntry = m_listing.indexOf(m_current);
    m_markedEntry = -1;
    m_lists << ArticleList{}; // "Recently read", made by buildRecentGroup()
    for (const SidebarListing::GroupList &group : m_listing.groups()) {
        QTreeWidgetItem *groupItem = addGroup(group.title);
        m_topicGroups << groupItem;
        for (const SidebarListing::TopicList &topic : group.topics)
            addList(new QTreeWidgetItem(groupItem), topic.title, topic.articles);
        groupItem->setExpanded(true);
    }
    if (!m_listing.imported().isEmpty()) {
        const int imported =
            addList(addGroup(QString()), tr("Your imported articles"), m_listing.imported());
        if (m_lists[imported].articles.size() <= largeListSize)
            expandList(m_lists[imported]);
    }
    if (m_listing.isFiltering())
        refilter();
    buildRecentGroup();
}

// Only the "Recently read" group changes when an article is opened; the rest of the tree (which
// can be large) stays as it is.
void LibrarySidebar::buildRecentGroup()
{
    const QSignalBlocker block(this);
    ArticleList &recentList = m_lists.first();
    if (m_recentGroup)
        depopulate(recentList);
    delete m_recentGroup;
    m_recentGroup = nullptr;
    recentList = ArticleList{};
    for (const QString &slug : qAsConst(m_recent)) {
        const int entry = m_listing.indexOf(slug);
        if (entry >= 0)
            recentList.articles << entry;
    }
    if (!recentList.articles.isEmpty()) {
        m_recentGroup = addGroup(tr("Recently read"));
        takeTopLevelItem(indexOfTopLevelItem(m_recentGroup));
        insertTopLevelItem(0, m_recentGroup);
        m_recentGroup->setData(0, SidebarRole::List, 0);
        m_recentGroup->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        m_recentGroup->setExpanded(true);
        recentList.node = m_recentGroup;
        recentList.counted = false;
        applyFilter(recentList);
    }
    markCurrent();
}

void LibrarySidebar::setRecent(const QStringList &slugs)
{
    if (slugs == m_recent)
        return;
    m_recent = slugs;
    buildRecentGroup();
}

void LibrarySidebar::setFilter(const QString &text, const QSet<QString> &foundInText)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter && foundInText == m_foundInText)
        return;
    m_filter = trimmed;
    m_foundInText = foundInText;
    m_listing.setFilter(m_filter, m_foundInText);
    refilter();
}

void LibrarySidebar::refilter()
{
    const QSignalBlocker block(this);
    for (ArticleList &list : m_lists)
        applyFilter(list);
    for (QTreeWidgetItem *group : qAsConst(m_topicGroups)) {
        bool anyShown = false;
        for (int i = 0; i < group->childCount() && !anyShown; ++i)
            anyShown = !group->child(i)->isHidden();
        group->setHidden(m_listing.isFiltering() && !anyShown);
    }
    markCurrent();
}

// A list's rows always hold exactly the articles the filter leaves, so no row is ever hidden:
// the rows of an open list are made again, those of a closed one dropped until it opens.
void LibrarySidebar::applyFilter(ArticleList &list)
{
    if (!list.node)
        return;
    const bool filtering = m_listing.isFiltering();
    if (list.ordinal < 0) {
        // "Recently read" repeats articles the topics list: a search shows each match once.
        list.node->setHidden(filtering);
        if (filtering)
            return;
    }
    const int shown = list.ordinal < 0 ? m_listing.matchCount(list.articles)
                                       : m_listing.shownCount(list.articles, list.ordinal);
    updateLabel(list);
    list.node->setHidden(filtering && shown == 0);
    const bool openForFilter = filtering && shown > 0 && shown <= largeListSize;
    list.populated = false;
    if (openForFilter && !list.node->isExpanded()) {
        list.openedByFilter = true;
        expandList(list);
        return;
    }
    // A long list the filter opened closes again once it would show many rows.
    if (list.openedByFilter && !openForFilter &&
        (filtering || list.articles.size() > largeListSize))
        list.node->setExpanded(false);
    if (!filtering || !list.node->isExpanded())
        list.openedByFilter = false;
    if (list.node->isExpanded())
        populate(list);
    else
        depopulate(list);
}

void LibrarySidebar::setCurrentArticle(const QString &slug)
{
    m_current = slug;
    m_currentEntry = m_listing.indexOf(slug);
    markCurrent();
}

void LibrarySidebar::setMarked(int entry, bool current)
{
    for (QTreeWidgetItem *item : m_items.value(entry)) {
        QFont font = item->font(0);
        font.setBold(current);
        item->setFont(0, font);
        // Every place the open article is listed says so, also to a screen reader.
        item->setData(0, Qt::AccessibleDescriptionRole, current ? tr("open now") : QVariant());
    }
}

// Its place under the first topic that lists it, unless that would open a long list: then its
// place among the recently read, if it is there.
QTreeWidgetItem *LibrarySidebar::placeOfCurrent()
{
    if (m_currentEntry < 0 || !m_listing.matches(m_currentEntry))
        return nullptr;
    for (int i = 1; i < m_lists.size(); ++i) {
        ArticleList &list = m_lists[i];
        if (!list.articles.contains(m_currentEntry) ||
            !m_listing.shows(m_currentEntry, list.ordinal))
            continue;
        if (!list.node->isExpanded() &&
            m_listing.shownCount(list.articles, list.ordinal) > largeListSize)
            continue;
        expandList(list);
        for (QTreeWidgetItem *item : m_items.value(m_currentEntry))
            if (item->parent() == list.node)
                return item;
    }
    for (QTreeWidgetItem *item : m_items.value(m_currentEntry))
        if (item->parent() == m_recentGroup)
            return item;
    return nullptr;
}

void LibrarySidebar::markCurrent()
{
    const QSignalBlocker block(this);
    if (m_markedEntry != m_currentEntry) {
        setMarked(m_markedEntry, false);
        m_markedEntry = m_currentEntry;
        setMarked(m_markedEntry, true);
    }
    if (QTreeWidgetItem *place = placeOfCurrent()) {
        setCurrentItem(place);
        scrollToItem(place);
    } else if (currentItem() && currentItem()->type() == ArticleRow::RowType &&
               static_cast<ArticleRow *>(currentItem())->entry() != m_currentEntry) {
        // The open article is not in the tree as filtered: no other article stays selected
        // as if it were the one open.
        setCurrentItem(nullptr);
        clearSelection();
    }
}

void LibrarySidebar::keyPressEvent(QKeyEvent *event)
{
    // Space opens too: easier to hit than Enter for some hands.
    if (event->key() == Qt::Key_Space && currentItem()) {
        emit itemActivated(currentItem(), 0);
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

QStringList LibrarySidebar::articleSlugs() const
{
    QStringList slugs;
    for (int entry : m_listing.listedInOrder())
        slugs << m_listing.entries()[entry].slug;
    return slugs;
}

QStringList LibrarySidebar::visibleSlugs() const
{
    // In the tree's order: "Recently read" first.
    QStringList slugs;
    std::vector<bool> seen(size_t(m_listing.entries().size()), false);
    auto add = [&](int entry) {
        if (m_listing.matches(entry) && !seen[size_t(entry)]) {
            seen[size_t(entry)] = true;
            slugs << m_listing.entries()[entry].slug;
        }
    };
    if (m_recentGroup && !m_listing.isFiltering())
        for (int entry : m_lists.first().articles)
            add(entry);
    for (int entry : m_listing.listedInOrder())
        add(entry);
    return slugs;
}

QStringList LibrarySidebar::recentSlugs() const
{
    QStringList slugs;
    for (int entry : m_lists.first().articles)
        slugs << m_listing.entries()[entry].slug;
    return slugs;
}

} // namespace fc
