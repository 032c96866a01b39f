#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>
#include <vector>

namespace fc {

class ArticleLibrary;

// What the library sidebar lists, copied from the library when the tree is rebuilt: every
// article's title and summary, the articles under each topic and the imported ones. The tree
// makes rows only for the topics a reader opens, so the filter and the slug lists work here,
// on plain vectors, instead of walking thousands of tree items.
class SidebarListing
{
public:
    struct Entry
    {
        QString slug;
        QString title;
        QString summary;
        QStringList topics; // ids
    };
    struct TopicList
    {
        QString title;
        QVector<int> articles; // indexes into entries(), in library order
    };
    struct GroupList
    {
        QString title;
        QVector<TopicList> topics; // only topics with articles
    };

    void load(const ArticleLibrary &library);

    const QVector<Entry> &entries() const { return m_entries; }
    const QVector<GroupList> &groups() const { return m_groups; }
    const QVector<int> &imported() const { return m_imported; }
    int indexOf(const QString &slug) const; // -1 when not listed

    // Case-insensitive substring of the title, the summary or a topic's name; empty matches all.
    // alsoMatching: articles found in the full text, so the tree lists every article the search
    // results below it count.
    void setFilter(const QString &text, const QSet<QString> &alsoMatching = {});
    bool isFiltering() const { return !m_filter.isEmpty(); }
    bool matches(int entry) const { return m_filter.isEmpty() || m_matches[size_t(entry)]; }
    int matchCount(const QVector<int> &articles) const;
    // While filtering, a match is listed once: under the first list that holds it. Lists are
    // numbered in the tree's order, the topics of each group and then the imports.
    bool shows(int entry, int listOrdinal) const;
    int shownCount(const QVector<int> &articles, int listOrdinal) const;

    // Every article under a topic or among the imports, each once, in the tree's order.
    QVector<int> listedInOrder() const;

private:
    const ArticleLibrary *m_library = nullptr;
    QVector<Entry> m_entries; // in the library's order
    QVector<GroupList> m_groups;
    QVector<int> m_imported;
    QHash<QString, QString> m_topicTitles; // by id
    QString m_filter;                      // case-folded
    // Built at the first filter after a load: most starts never filter.
    QStringList m_searchText;
    std::vector<bool> m_matches;
    QSet<QString> m_alsoMatching;
    std::vector<int> m_firstList; // per entry, the ordinal of the first list holding it
};

} // namespace fc
