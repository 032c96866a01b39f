#pragma once

#include "journal/entities.h"

#include <QUrl>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QWebEngineView;

namespace fc {

class AppContext;
class OnDemandView;

// Edits one note: title, tags, Markdown text with a live preview. Saves by itself a moment
// after the last keystroke, when it loses focus or is hidden, and before it goes away, so
// nothing typed is ever lost to a closed window.
class NoteEditor : public QWidget
{
    Q_OBJECT
public:
    explicit NoteEditor(AppContext *context, QWidget *parent = nullptr);
    ~NoteEditor() override;

    void setNote(const Note &note);
    const Note &note() const { return m_note; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // Writes pending edits now; false (with the reason shown) when the store refused them.
    bool saveNow();
    void clear();
    // Draws the preview again in the current theme and type size (after they change).
    void refreshPreview();

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QDateEdit *dayEdit() const { return m_day; }
    QToolButton *tagMenuButton() const { return m_tagMenu; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    // The formatted preview, made on first use.
    QWebEngineView *preview();
    bool hasPreview() const { return m_preview != nullptr; }
    QString previewHtml() const { return m_previewHtml; }

    static constexpr int autosaveDelayMs = 1000;

signals:
    void saved(const Note &note);
    void deleteRequested(qint64 id);

protected:
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void edited();
    void updatePreview();
    void updateHeader();
    void fillTagMenu();
    Note editedNote() const;

    AppContext *m_context;
    Note m_note;
    bool m_dirty = false;
    bool m_loading = false;
    QLabel *m_link;
    QLineEdit *m_title;
    QLineEdit *m_tags;
    QDateEdit *m_day;
    QToolButton *m_tagMenu;
    QLabel *m_quote;
    QPlainTextEdit *m_body;
    OnDemandView *m_previewPlace;
    QWebEngineView *m_preview = nullptr;
    QLabel *m_status;
    QPushButton *m_delete;
    QTimer *m_autosave;
    QTimer *m_previewTimer;
    QString m_previewHtml;
    QUrl m_previewUrl;
};

} // namespace fc
