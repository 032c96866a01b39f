#pragma once

#include <QTreeWidget>

namespace fc {

class ArticleLibrary;

// The topic tree: each topic group, its topics with article counts, and the articles under
// them. An article appears under every topic it belongs to.
class LibrarySidebar : public QTreeWidget
{
    Q_OBJECT
public:
    explicit LibrarySidebar(const ArticleLibrary *library, QWidget *parent = nullptr);

    void rebuild();
    void setCurrentArticle(const QString &slug);
    QStringList articleSlugs() const; // every distinct article listed, in tree order

signals:
    void articleActivated(const QString &slug);

private:
    const ArticleLibrary *m_library;
};

} // namespace fc
