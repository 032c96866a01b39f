#pragma once

#include "ui/sidebarlisting.h"

#include <QSet>
#include <QTreeWidget>

namespace fc {

class ArticleLibrary;

// The topic tree: "Recently read" first, then each topic group with its topics (and article
// counts) and the articles under them, then the user's imported articles. An article appears
// under every topic it belongs to; while filtering, each match is listed once, under its first
// topic, and "Recently read" steps aside. Arrow keys move, Enter (or a click) opens.
//
// A topic's article rows are made when it is opened, so a library of thousands of articles
// costs a few dozen rows at start. Lists longer than largeListSize start closed and the filter
// does not open them; long titles wrap onto more lines.
class LibrarySidebar : public QTreeWidget
{
    Q_OBJECT
public:
    static constexpr int largeListSize = 50;

    explicit LibrarySidebar(const ArticleLibrary *library, QWidget *parent = nullptr);

    void rebuild();
    void setRecent(const QStringList &slugs); // newest first; rebuilds the tree
    void setCurrentArticle(const QString &slug);
    QString currentArticle() const { return m_current; }
    // Shows only articles whose title, summary or topic contains text (case-insensitive).
    // Titles, summaries and topics containing text, and the articles found in the full text.
    void setFilter(const QString &text, const QSet<QString> &foundInText = {});
    QString filter() const { return m_filter; }

    QStringList articleSlugs() const; // every distinct article listed, in tree order
    QStringList visibleSlugs() const; // the same, but only those the filter leaves visible
    QStringList recentSlugs() const;  // as shown in the "Recently read" group
    QTreeWidgetItem *recentGroup() const { return m_recentGroup; }

signals:
    void articleActivated(const QString &slug);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // A node whose children are articles: a topic, the imports or "Recently read".
    struct ArticleList
    {
        QTreeWidgetItem *node = nullptr;
        QString title;
        QVector<int> articles; // entries, unfiltered
        int ordinal = -1;      // in SidebarListing's numbering; -1 for "Recently read"
        bool counted = true;   // the label shows how many
        bool populated = false;
        bool openedByFilter = false;
    };

    QTreeWidgetItem *addGroup(const QString &title);
    int addList(QTreeWidgetItem *node, const QString &title, const QVector<int> &articles);
    void buildRecentGroup();
    QTreeWidgetItem *makeArticleItem(int entry);
    void populate(ArticleList &list);
    void depopulate(ArticleList &list);
    void expandList(ArticleList &list);
    void refilter();
    void applyFilter(ArticleList &list);
    void updateLabel(const ArticleList &list);
    ArticleList *listOf(const QTreeWidgetItem *node);
    QTreeWidgetItem *placeOfCurrent();
    void setMarked(int entry, bool current);
    void markCurrent();

    const ArticleLibrary *m_library;
    SidebarListing m_listing;
    QStringList m_recent;
    QString m_current;
    int m_currentEntry = -1;
    int m_markedEntry = -1;
    QString m_filter;
    QSet<QString> m_foundInText;
    QTreeWidgetItem *m_recentGroup = nullptr;
    // The recent list first (its node null when nothing was read yet), then the topics in tree
    // order, then the imports.
    QVector<ArticleList> m_lists;
    QVector<QTreeWidgetItem *> m_topicGroups;
    // The rows made for each entry, so marking the open article does not walk the tree.
    QHash<int, QVector<QTreeWidgetItem *>> m_items;
};

} // namespace fc
