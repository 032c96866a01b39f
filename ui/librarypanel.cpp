#include "ui/librarypanel.h"

#include "articles/articleindex.h"
#include "ui/access/clearbutton.h"
#include "ui/librarysidebar.h"
#include "ui/searchresultdelegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace fc {

namespace {
constexpr int SlugRole = Qt::UserRole + 1;
constexpr int SnippetAskedRole = Qt::UserRole + 2;
// Hits that get their passage with the list; the others get it when scrolled into view.
constexpr int firstSnippets = 8;
} // namespace

LibraryPanel::LibraryPanel(const ArticleLibrary *library, ArticleIndex *index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_field(new QLineEdit(this))
    , m_sidebar(new LibrarySidebar(library))
    , m_resultsLabel(new QLabel)
    , m_results(new QListWidget)
    , m_resultsBox(new QWidget)
    , m_typingPause(new QTimer(this))
{
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(150);
    connect(m_typingPause, &QTimer::timeout, this, &LibraryPanel::runSearch);
    m_field->setPlaceholderText(tr("Search the library (Ctrl+K)"));
    enableClearButton(m_field);
    m_field->setAccessibleName(tr("Search the library"));
    m_field->setAccessibleDescription(
        tr("Filters the topic list and searches the text of every article. Press Down to move "
           "to the results."));
    m_field->installEventFilter(this);

    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setAccessibleDescription(
        tr("Articles whose text has the words searched for, each with the passage that matched. "
           "Enter opens the article with the words marked."));
    m_resultsLabel->setBuddy(m_results);
    m_resultsLabel->setWordWrap(true);
    auto *resultsLayout = new QVBoxLayout(m_resultsBox);
    resultsLayout->setContentsMargins(0, 4, 0, 0);
    resultsLayout->addWidget(m_resultsLabel);
    resultsLayout->addWidget(m_results, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_resultsBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_resultsBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addWidget(splitter, 1);

    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            runSearch(); // clearing the box shows the whole library at once
        else
            m_typingPause->start();
    });
    connect(m_sidebar, &LibrarySidebar::articleActivated, this,
            [this](const QString &slug) { emit articleActivated(slug, {}); });
    auto open = [this](QListWidgetItem *item) {
        if (item)
            emit articleActivated(item->data(SlugRole).toString(),
                                  ArticleIndex::queryTerms(m_field->text()));
    };
    connect(m_results, &QListWidget::itemActivated, this, open);
    connect(m_results, &QListWidget::itemClicked, this, open);
    // A passage is read from the article's text, the slow part of a search: only for the hits
    // on screen and the one under the keyboard.
    connect(m_results->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &LibraryPanel::fillShownSnippets);
    connect(m_results, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { fillSnippet(item); });
    m_results->viewport()->installEventFilter(this);
}

void LibraryPanel::fillSnippet(QListWidgetItem *item)
{
    if (!item || !m_index || item->data(SnippetAskedRole).toBool())
        return;
    item->setData(SnippetAskedRole, true);
    item->setData(SearchResultDelegate::SnippetRole,
                  m_index->snippet(m_searched, item->data(SlugRole).toString()));
}

void LibraryPanel::fillShownSnippets()
{
    const QRect shown = m_results->viewport()->rect();
    for (int i = 0; i < m_results->count(); ++i) {
        QListWidgetItem *item = m_results->item(i);
        const QRect rect = m_results->visualItemRect(item);
        if (rect.top() > shown.bottom())
            break;
        if (rect.bottom() >= shown.top())
            fillSnippet(item);
    }
}

void LibraryPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void LibraryPanel::setQuery(const QString &text)
{
    m_field->setText(text);
    runPendingSearch();
}

void LibraryPanel::runPendingSearch()
{
    if (m_typingPause->isActive()) {
        m_typingPause->stop();
        runSearch();
    }
}

void LibraryPanel::setIndexingProgress(int done, int total)
{
    const bool finished = total == 0 && m_toIndex > 0;
    m_indexed = done;
    m_toIndex = total;
    if (finished || !m_field->text().trimmed().isEmpty())
        runSearch();
}

QString LibraryPanel::indexingNote() const
{
    if (m_toIndex == 0)
        return QString();
    return tr("The library is still being indexed (%1 of %2 articles), so some articles may be "
              "missing from the results.")
        .arg(QLocale().toString(m_indexed), QLocale().toString(m_toIndex));
}

QString LibraryPanel::resultsText() const
{
    return m_resultsLabel->text();
}

QString LibraryPanel::query() const
{
    return m_field->text();
}

void LibraryPanel::refresh()
{
    runSearch();
}

QStringList LibraryPanel::resultSlugs() const
{
    QStringList out;
    for (int i = 0; i < m_results->count(); ++i)
        out << m_results->item(i)->data(SlugRole).toString();
    return out;
}

void LibraryPanel::runSearch()
{
    m_typingPause->stop();
    const QString text = m_field->text();
    m_results->clear();
    if (text.trimmed().isEmpty() || !m_index)
        m_sidebar->setFilter(text);
    if (text.trimmed().isEmpty()) {
        m_resultsBox->hide();
        return;
    }
    m_resultsBox->show();
    if (!m_index) {
        m_resultsLabel->setText(tr("Full-text search is not available: its index could not be "
                                   "opened. The list above is filtered by title."));
        return;
    }
    m_searched = text;
    int matches = 0;
    const Expected<QVector<SearchHit>> found = m_index->search(text, 50, firstSnippets, &matches);
    const QVector<SearchHit> hits = found ? *found : QVector<SearchHit>();
    // The tree lists what the results count: titles that match, and every article found.
    QSet<QString> foundSlugs;
    for (const SearchHit &hit : hits)
        foundSlugs.insert(hit.slug);
    m_sidebar->setFilter(text, foundSlugs);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const SearchHit &hit = hits[i];
        auto *item = new QListWidgetItem(hit.title, m_results);
        item->setData(SlugRole, hit.slug);
        item->setData(SearchResultDelegate::SnippetRole, hit.snippetHtml);
        item->setData(SnippetAskedRole, i < firstSnippets);
        item->setToolTip(hit.title);
    }
    // Once laid out, a tall list may show more hits than got their passage with it.
    QTimer::singleShot(0, this, &LibraryPanel::fillShownSnippets);
    QString summary;
    if (!found)
        summary = found.message();
    else if (ArticleIndex::ftsQuery(text).isEmpty())
        summary = tr("Type a few more letters to search the text of the articles.");
    else if (hits.isEmpty())
        summary = tr("No article contains “%1”.").arg(text.toHtmlEscaped());
    else if (matches > hits.size())
        summary =
            tr("Found in the text of %n article(s); the %1 best are listed:", nullptr, matches)
                .arg(QLocale().toString(int(hits.size())));
    else
        summary = tr("Found in the text of %n article(s):", nullptr, int(hits.size()));
    const QString note = indexingNote();
    m_resultsLabel->setText(note.isEmpty() ? summary : note + u' ' + summary);
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_results->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &LibraryPanel::fillShownSnippets);
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            runPendingSearch(); // the user acts on what they typed, pause or not
            // Down goes to the full-text results when there are any, else to the tree.
            if (m_results->count() > 0) {
                m_results->setFocus();
                if (!m_results->currentItem())
                    m_results->setCurrentRow(0);
                if (key->key() != Qt::Key_Down)
                    emit articleActivated(m_results->currentItem()->data(SlugRole).toString(),
                                          ArticleIndex::queryTerms(m_field->text()));
            } else {
                m_sidebar->setFocus();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fc
