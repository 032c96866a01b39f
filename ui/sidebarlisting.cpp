#include "ui/sidebarlisting.h"

#include "articles/articlelibrary.h"

namespace fc {

void SidebarListing::load(const ArticleLibrary &library)
{
    const TopicTaxonomy &taxonomy = library.taxonomy();
    const QVector<Article> &articles = library.articles();
    m_library = &library;
    m_entries.clear();
    m_entries.reserve(articles.size());
    m_imported.clear();
    m_searchText.clear();
    m_matches.clear();
    m_topicTitles.clear();
    for (const TopicGroup &group : taxonomy.groups())
        for (const Topic &topic : group.topics)
            m_topicTitles.insert(topic.id, topic.title);
    // One pass over the articles sorts them into their topics; asking the library topic by
    // topic would scan every article once per topic.
    QHash<QString, QVector<int>> byTopic;
    for (int i = 0; i < articles.size(); ++i) {
        const Article &a = articles[i];
        for (const QString &topic : a.topics) {
            QVector<int> &listed = byTopic[topic];
            if (listed.isEmpty() || listed.last() != i)
                listed << i;
        }
        m_entries << Entry{a.slug, a.title, a.summary, a.topics};
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
    m_firstList.assign(size_t(m_entries.size()), -1);
    int ordinal = 0;
    auto claim = [this](const QVector<int> &listed, int list) {
        for (int entry : listed)
            if (m_firstList[size_t(entry)] < 0)
                m_firstList[size_t(entry)] = list;
    };
    for (const GroupList &group : qAsConst(m_groups))
        for (const TopicList &topic : group.topics)
            claim(topic.articles, ordinal++);
    claim(m_imported, ordinal);
    setFilter(m_filter, m_alsoMatching);
}

bool SidebarListing::shows(int entry, int listOrdinal) const
{
    if (m_filter.isEmpty())
        return true;
    return m_matches[size_t(entry)] && m_firstList[size_t(entry)] == listOrdinal;
}

int SidebarListing::shownCount(const QVector<int> &articles, int listOrdinal) const
{
    if (m_filter.isEmpty())
        return int(articles.size());
    int count = 0;
    for (int entry : articles)
        count += shows(entry, listOrdinal) ? 1 : 0;
    return count;
}

// The library already finds articles by slug; an entry has the same index as its article.
int SidebarListing::indexOf(const QString &slug) const
{
    const Article *article = m_library ? m_library->find(slug) : nullptr;
    if (!article)
        return -1;
    const qsizetype index = article - m_library->articles().constData();
    // Until the next load() after the library changed, an index may point elsewhere.
    return index < m_entries.size() && m_entries[index].slug == slug ? int(index) : -1;
}

void SidebarListing::setFilter(const QString &text, const QSet<QString> &alsoMatching)
{
    m_filter = text.trimmed().toCaseFolded();
    m_alsoMatching = alsoMatching;
    if (m_filter.isEmpty())
        return;
    if (m_searchText.size() != m_entries.size()) {
        m_searchText.clear();
        m_searchText.reserve(m_entries.size());
        for (const Entry &e : qAsConst(m_entries)) {
            QStringList fields{e.title, e.summary};
            for (const QString &topic : e.topics)
                fields << m_topicTitles.value(topic);
            m_searchText << fields.join(u'\n').toCaseFolded();
        }
    }
    // Both sides are folded once, so the comparison per article is a plain substring search.
    m_matches.assign(size_t(m_entries.size()), false);
    for (int i = 0; i < m_searchText.size(); ++i)
        m_matches[size_t(i)] =
            m_searchText[i].contains(m_filter) || m_alsoMatching.contains(m_entries[i].slug);
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
