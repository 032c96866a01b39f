#include "librarysidebar.h"

#include "articles/articlelibrary.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace fc {

namespace {
constexpr int SlugRole = Qt::UserRole + 1;
constexpr int SearchTextRole = Qt::UserRole + 2;
} // namespace

LibrarySidebar::LibrarySidebar(const ArticleLibrary *library, QWidget *parent)
    : QTreeWidget(parent)
    , m_library(library)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setWordWrap(true);
    setAccessibleName(tr("Library topics"));
    setAccessibleDescription(
        tr("Topics and the articles under them. Press Enter to open an article."));
    // Arrowing through the tree only moves; opening waits for Enter or a click, so a tired
    // reader can look around without the page jumping under them.
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString slug = item ? item->data(0, SlugRole).toString() : QString();
        if (!slug.isEmpty())
            emit articleActivated(slug);
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString slug = item ? item->data(0, SlugRole).toString() : QString();
        if (!slug.isEmpty())
            emit articleActivated(slug);
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

void LibrarySidebar::addArticle(QTreeWidgetItem *parent, const QString &slug)
{
    const Article *a = m_library->find(slug);
    if (!a)
        return;
    auto *item = new QTreeWidgetItem(parent, {a->title});
    item->setData(0, SlugRole, a->slug);
    QStringList searchable{a->title, a->summary};
    for (const QString &topic : a->topics)
        searchable << m_library->taxonomy().titleOf(topic);
    item->setData(0, SearchTextRole, searchable.join(u'\n'));
    item->setToolTip(0, a->summary);
    m_items[a->slug].append(item);
}

void LibrarySidebar::rebuild()
{
    const QSignalBlocker block(this);
    clear();
    m_items.clear();
    m_marked.clear();
    m_recentGroup = nullptr;
    for (const TopicGroup &group : m_library->taxonomy().groups()) {
        QTreeWidgetItem *groupItem = addGroup(group.title);
        for (const Topic &topic : group.topics) {
            const QVector<const Article *> articles = m_library->inTopic(topic.id);
            if (articles.isEmpty())
                continue;
            auto *topicItem = new QTreeWidgetItem(
                groupItem, {QStringLiteral("%1 (%2)").arg(topic.title).arg(articles.size())});
            topicItem->setFlags(Qt::ItemIsEnabled);
            topicItem->setData(0, SearchTextRole, topic.title);
            for (const Article *a : articles)
                addArticle(topicItem, a->slug);
        }
        groupItem->setExpanded(true);
    }
    QStringList imported;
    for (const Article &a : m_library->articles())
        if (a.origin == Article::Origin::Imported)
            imported << a.slug;
    if (!imported.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("Your imported articles (%1)").arg(imported.size()));
        for (const QString &slug : imported)
            addArticle(group, slug);
        group->setExpanded(true);
    }
    buildRecentGroup();
}

// Only the "Recently read" group changes when an article is opened; the rest of the tree (which
// can be large) stays as it is.
void LibrarySidebar::buildRecentGroup()
{
    const QSignalBlocker block(this);
    for (int i = 0; m_recentGroup && i < m_recentGroup->childCount(); ++i) {
        QTreeWidgetItem *child = m_recentGroup->child(i);
        m_items[child->data(0, SlugRole).toString()].removeOne(child);
    }
    delete m_recentGroup;
    m_recentGroup = nullptr;
    QStringList recent;
    for (const QString &slug : m_recent)
        if (m_library->find(slug))
            recent << slug;
    if (!recent.isEmpty()) {
        m_recentGroup = addGroup(tr("Recently read"));
        takeTopLevelItem(indexOfTopLevelItem(m_recentGroup));
        insertTopLevelItem(0, m_recentGroup);
        for (const QString &slug : recent)
            addArticle(m_recentGroup, slug);
        m_recentGroup->setExpanded(true);
    }
    if (!m_filter.isEmpty())
        setFilter(m_filter);
    m_marked.clear(); // the new group's items need marking too
    markCurrent();
}

void LibrarySidebar::setRecent(const QStringList &slugs)
{
    if (slugs == m_recent)
        return;
    m_recent = slugs;
    buildRecentGroup();
}

void LibrarySidebar::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    // Group -> topic -> article, or group -> article for "Recently read" and imports.
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        bool groupVisible = false;
        for (int t = 0; t < group->childCount(); ++t) {
            QTreeWidgetItem *node = group->child(t);
            bool nodeVisible = false;
            if (node->childCount() == 0) {
                nodeVisible = m_filter.isEmpty() || node->data(0, SearchTextRole)
                                                        .toString()
                                                        .contains(m_filter, Qt::CaseInsensitive);
            } else {
                const bool topicMatches = node->data(0, SearchTextRole)
                                              .toString()
                                              .contains(m_filter, Qt::CaseInsensitive);
                for (int i = 0; i < node->childCount(); ++i) {
                    QTreeWidgetItem *article = node->child(i);
                    const bool visible = m_filter.isEmpty() || topicMatches ||
                                         article->data(0, SearchTextRole)
                                             .toString()
                                             .contains(m_filter, Qt::CaseInsensitive);
                    article->setHidden(!visible);
                    nodeVisible = nodeVisible || visible;
                }
                if (!m_filter.isEmpty() && nodeVisible)
                    node->setExpanded(true);
            }
            node->setHidden(!nodeVisible);
            groupVisible = groupVisible || nodeVisible;
        }
        group->setHidden(!groupVisible);
    }
}

void LibrarySidebar::setCurrentArticle(const QString &slug)
{
    m_current = slug;
    markCurrent();
}

void LibrarySidebar::markCurrent()
{
    const QSignalBlocker block(this);
    auto mark = [this](const QString &slug, bool current) {
        for (QTreeWidgetItem *item : m_items.value(slug)) {
            QFont font = item->font(0);
            font.setBold(current);
            item->setFont(0, font);
            // Every place the open article is listed says so, also to a screen reader.
            item->setData(0, Qt::AccessibleDescriptionRole, current ? tr("open now") : QVariant());
        }
    };
    if (!m_marked.isEmpty() && m_marked != m_current)
        mark(m_marked, false);
    mark(m_current, true);
    m_marked = m_current;
    // Prefer its place under a topic over the "Recently read" copy.
    QTreeWidgetItem *first = nullptr;
    for (QTreeWidgetItem *item : m_items.value(m_current))
        if (!first || first->parent() == m_recentGroup)
            first = item;
    if (first && !first->isHidden()) {
        setCurrentItem(first);
        scrollToItem(first);
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
    for (QTreeWidgetItemIterator it(const_cast<LibrarySidebar *>(this)); *it; ++it) {
        if ((*it)->parent() == m_recentGroup && m_recentGroup)
            continue;
        const QString slug = (*it)->data(0, SlugRole).toString();
        if (!slug.isEmpty() && !slugs.contains(slug))
            slugs << slug;
    }
    return slugs;
}

QStringList LibrarySidebar::visibleSlugs() const
{
    QStringList slugs;
    for (QTreeWidgetItemIterator it(const_cast<LibrarySidebar *>(this),
                                    QTreeWidgetItemIterator::NotHidden);
         *it; ++it) {
        const QString slug = (*it)->data(0, SlugRole).toString();
        if (!slug.isEmpty() && !slugs.contains(slug))
            slugs << slug;
    }
    return slugs;
}

QStringList LibrarySidebar::recentSlugs() const
{
    QStringList slugs;
    for (int i = 0; m_recentGroup && i < m_recentGroup->childCount(); ++i)
        slugs << m_recentGroup->child(i)->data(0, SlugRole).toString();
    return slugs;
}

} // namespace fc
