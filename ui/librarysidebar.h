#pragma once

#include <QTreeWidget>

namespace fc {

class ArticleLibrary;

// The topic tree: "Recently read" first, then each topic group with its topics (and article
// counts) and the articles under them, then the user's imported articles. An article appears
// under every topic it belongs to. Arrow keys move, Enter (or a click) opens.
class LibrarySidebar : public QTreeWidget
{
    Q_OBJECT
public:
    explicit LibrarySidebar(const ArticleLibrary *library, QWidget *parent = nullptr);

    void rebuild();
    void setRecent(const QStringList &slugs); // newest first; rebuilds the tree
    void setCurrentArticle(const QString &slug);
    QString currentArticle() const { return m_current; }
    // Shows only articles whose title, summary or topic contains text (case-insensitive).
    void setFilter(const QString &text);
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
    QTreeWidgetItem *addGroup(const QString &title);
    void buildRecentGroup();
    void addArticle(QTreeWidgetItem *parent, const QString &slug);
    void markCurrent();

    const ArticleLibrary *m_library;
    QStringList m_recent;
    QString m_current;
    QString m_filter;
    QTreeWidgetItem *m_recentGroup = nullptr;
    // Every listed item of each article, so marking the open one does not walk a large tree.
    QHash<QString, QVector<QTreeWidgetItem *>> m_items;
    QString m_marked;
};

} // namespace fc
