#include "sidebarlisting.h"

#include "articles/articlelibrary.h"

namespace fc {

void SidebarListing::load(const ArticleLibrary &library)
{
    const TopicTaxonomy &taxonomy = library.taxonomy();
    const QVector<Article> &articles = library.articles();
    m_entries.clear();
    m_entries.reserve(articles.size());
    m_bySlug.clear();
    m_bySlug.reserve(articles.size());
    m_imported.clear();
    m_searchText.clear();
    m_matches.clear();
    // One pass over the articles sorts them into their topics; asking the library topic by
    // topic would scan every article once per topic.
    QHash<QString, QVector<int>> byTopic;
    for (int i = 0; i < articles.size(); ++i) {
        const Article &a = articles[i];
        Entry entry{a.slug, a.title, a.summary, {}};
        for (const QString &topic : a.topics) {
            entry.topicTitles << taxonomy.titleOf(topic);
            QVector<int> &listed = byTopic[topic];
            if (listed.isEmpty() || listed.last() != i)
                listed << i;
        }
        m_bySlug.insert(a.slug, i);
        m_entries << entry;
        if (a.origin == Article::Origin::Imported)
            m_imported << i;
    }
    m_groups.clear();
    for (const TopicGroup &group : taxonomy.groups()) {
        GroupList listed{group.title, {}};
        for (const Topic &topic : group.topics) {
            const QVector<int> articlesInTopic = byTopic.value(topic.id);
            if (!articlesInTopic.isEmpty())
                listed.topics << TopicList{topic.title, articlesInTopic};
        }
        m_groups << listed;
    }
    setFilter(m_filter);
}

void SidebarListing::setFilter(const QString &text)
{
    m_filter = text.trimmed().toCaseFolded();
    if (m_filter.isEmpty())
        return;
    if (m_searchText.size() != m_entries.size()) {
        m_searchText.clear();
        m_searchText.reserve(m_entries.size());
        for (const Entry &e : qAsConst(m_entries))
            m_searchText
                << (QStringList{e.title, e.summary} + e.topicTitles).join(u'\n').toCaseFolded();
    }
    // Both sides are folded once, so the comparison per article is a plain substring search.
    m_matches.assign(size_t(m_entries.size()), false);
    for (int i = 0; i < m_searchText.size(); ++i)
        m_matches[size_t(i)] = m_searchText[i].contains(m_filter);
}

int SidebarListing::matchCount(const QVector<int> &articles) const
{
    if (m_filter.isEmpty())
        return int(articles.size());
    int count = 0;
    for (int entry : articles)
        count += m_matches[size_t(entry)] ? 1 : 0;
    return count;
}

QVector<int> SidebarListing::listedInOrder() const
{
    QVector<int> order;
    std::vector<bool> seen(size_t(m_entries.size()), false);
    auto add = [&](const QVector<int> &articles) {
        for (int entry : articles)
            if (!seen[size_t(entry)]) {
                seen[size_t(entry)] = true;
                order << entry;
            }
    };
    for (const GroupList &group : m_groups)
        for (const TopicList &topic : group.topics)
            add(topic.articles);
    add(m_imported);
    return order;
}

} // namespace fc
