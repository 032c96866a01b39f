#pragma once

#include "journal/notesstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace fc {

class AppContext;

// The Notes side panel: filter by tag and article, full-text search, and the list of notes
// (most recently edited first). Selecting a note asks the section to open it.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(AppContext *context, QWidget *parent = nullptr);

    NoteFilter filter() const;
    void refresh(qint64 selectId = 0);
    // Makes id the current note in the list without asking to open it again.
    void select(qint64 id);
    void setTagFilter(const QString &tag);
    void setArticleFilter(const QString &slug);
    QVector<qint64> selectedIds() const;
    qint64 currentId() const;

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QComboBox *tagFilter() const { return m_tag; }

signals:
    void noteActivated(qint64 id);
    void newNoteRequested();

private:
    void refreshFilters();

    AppContext *m_context;
    QComboBox *m_tag;
    QComboBox *m_article;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_count;
    QPushButton *m_new;
    QTimer *m_searchTimer;
    bool m_refreshing = false;
};

} // namespace fc
