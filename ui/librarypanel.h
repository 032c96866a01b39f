#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QSplitter;
class QTimer;

namespace fc {

class ArticleIndex;
class ArticleLibrary;
class LibrarySidebar;

// The library's side panel: one box that both filters the topic tree by title and topic and
// searches the full text of every article. Full-text results, with the matched words marked,
// appear under the tree while there is text in the box.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    LibraryPanel(const ArticleLibrary *library, ArticleIndex *index, QWidget *parent = nullptr);

    LibrarySidebar *sidebar() const { return m_sidebar; }
    // The line above the full-text results: "Found in the text of 2 articles:".
    QString resultsText() const;
    QLineEdit *searchField() const { return m_field; }
    QListWidget *results() const { return m_results; }
    QStringList resultSlugs() const;

    void focusSearch();
    void setQuery(const QString &text);
    QString query() const;
    // Re-runs the current search, e.g. after an import.
    void refresh();
    // While the index is being built in the background (total > 0) results may be incomplete;
    // the panel says so. total 0: the index is complete, and the search runs again.
    void setIndexingProgress(int done, int total);

signals:
    // terms: the words to mark in the page, empty when opened from the tree.
    void articleActivated(const QString &slug, const QStringList &terms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void runPendingSearch();
    void fillSnippet(QListWidgetItem *item);
    void fillShownSnippets();
    QString indexingNote() const;

    ArticleIndex *m_index;
    QLineEdit *m_field;
    LibrarySidebar *m_sidebar;
    QLabel *m_resultsLabel;
    QListWidget *m_results;
    QWidget *m_resultsBox;
    // Typing searches after a short pause, not at every letter: with thousands of articles a
    // search per keystroke would make the field lag behind the fingers.
    QTimer *m_typingPause;
    QString m_searched; // the words the listed results were found for
    int m_indexed = 0;
    int m_toIndex = 0;
};

} // namespace fc
