#include "librarysidebar.h"

#include "articles/articlelibrary.h"

#include <QHeaderView>

namespace fc {

namespace {
constexpr int SlugRole = Qt::UserRole + 1;
}

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
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, SlugRole).toString().isEmpty())
            emit articleActivated(item->data(0, SlugRole).toString());
    });
    rebuild();
}

void LibrarySidebar::rebuild()
{
    const QSignalBlocker block(this);
    clear();
    for (const TopicGroup &group : m_library->taxonomy().groups()) {
        auto *groupItem = new QTreeWidgetItem(this, {group.title});
        groupItem->setFlags(Qt::ItemIsEnabled);
        QFont bold = groupItem->font(0);
        bold.setBold(true);
        groupItem->setFont(0, bold);
        for (const Topic &topic : group.topics) {
            const QVector<const Article *> articles = m_library->inTopic(topic.id);
            if (articles.isEmpty())
                continue;
            auto *topicItem = new QTreeWidgetItem(
                groupItem, {QStringLiteral("%1 (%2)").arg(topic.title).arg(articles.size())});
            topicItem->setFlags(Qt::ItemIsEnabled);
            for (const Article *a : articles) {
                auto *item = new QTreeWidgetItem(topicItem, {a->title});
                item->setData(0, SlugRole, a->slug);
                item->setToolTip(0, a->summary);
            }
        }
        groupItem->setExpanded(true);
    }
}

void LibrarySidebar::setCurrentArticle(const QString &slug)
{
    const QSignalBlocker block(this);
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(0, SlugRole).toString() == slug) {
            setCurrentItem(*it);
            scrollToItem(*it);
            return;
        }
    }
}

QStringList LibrarySidebar::articleSlugs() const
{
    QStringList slugs;
    for (QTreeWidgetItemIterator it(const_cast<LibrarySidebar *>(this)); *it; ++it) {
        const QString slug = (*it)->data(0, SlugRole).toString();
        if (!slug.isEmpty() && !slugs.contains(slug))
            slugs << slug;
    }
    return slugs;
}

} // namespace fc
