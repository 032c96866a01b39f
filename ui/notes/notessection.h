#pragma once

#include "journal/entities.h"

#include <QObject>
#include <optional>

class QAction;

namespace fc {

class ArticleView;
class MainWindow;
class NoteEditor;
class NotesPanel;

// The Notes section: the list with filters and search on the side, the editor in the main
// view; "Add note" on a passage selected in an article; delete with undo; export as PDF.
class NotesSection : public QObject
{
    Q_OBJECT
public:
    explicit NotesSection(MainWindow *window);

    NotesPanel *panel() const { return m_panel; }
    NoteEditor *editor() const { return m_editor; }
    QAction *addNoteAction() const { return m_addNote; }
    QAction *undoDeleteAction() const { return m_undo; }

    void newNote();
    // Creates a note quoting the passage selected in the article view, if any.
    bool addNoteFromSelection();
    void addNoteOnPassage(const QString &quote, const QString &articleSlug);
    void openNote(qint64 id);
    void deleteNote(qint64 id);
    void undoDelete();
    void exportPdf();

private:
    void createActions();
    void connectArticleView(ArticleView *view);
    void showArticleMenu(const QPoint &pos);
    void reloadArticleIfAbout(const Note &note);

    MainWindow *m_window;
    NotesPanel *m_panel;
    NoteEditor *m_editor;
    QAction *m_addNote = nullptr;
    QAction *m_undo = nullptr;
    std::optional<Note> m_deleted;
};

} // namespace fc
