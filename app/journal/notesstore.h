#pragma once

#include "core/result.h"
#include "journal/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace fc {

class JournalDatabase;

struct Tag
{
    qint64 id = 0;
    QString name;
    bool builtin = false; // offered by default ("Questions for my doctor")
    int noteCount = 0;
};

// Which notes to list; empty fields do not filter.
struct NoteFilter
{
    QString tag;         // tag name, case-insensitive
    QString articleSlug; // notes linked to this article
    QString text;        // full-text search: every word must match, as a prefix
    QDate from;          // created on or after (local date)
    QDate to;            // created on or before (local date)
    QVector<qint64> ids; // only these notes
};

struct NoteMatch
{
    Note note;
    QString snippet; // the matching words in context when filtered by text, else empty
};

// Notes with their tags, full-text search (FTS5 over title, body and quote) and delete with
// restore for undo. Every write is one transaction through the journal's single connection.
class NotesStore
{
    Q_DECLARE_TR_FUNCTIONS(fc::NotesStore)

public:
    explicit NotesStore(JournalDatabase *database)
        : m_database(database)
    {}

    static QString defaultTagName() { return QStringLiteral("Questions for my doctor"); }

    // Inserts (id 0) or updates the note and replaces its tags, creating unknown tags. A new note
    // is dated now unless it carries its own createdAt (and updatedAt), as an import does.
    Result save(Note &note);
    std::optional<Note> note(qint64 id) const;
    QVector<NoteMatch> find(const NoteFilter &filter) const;
    QVector<Note> notes(const NoteFilter &filter = {}) const;

    // Deletes the note and returns it as it was, tags included, for restore().
    Expected<Note> remove(qint64 id);
    // Puts a removed note back with its id, times and tags.
    Result restore(const Note &note);

    QVector<Tag> tags() const;
    Result addTag(const QString &name);
    Result renameTag(const QString &from, const QString &to);
    Result removeTag(const QString &name);

    // Builds an FTS5 query from what a user types: each word quoted (so operators and stray
    // quotes are just text) and matched as a prefix. Empty when there is no word.
    static QString ftsQuery(const QString &userText);
    static QString validateTag(const QString &name);

private:
    void loadTags(QVector<NoteMatch> &matches) const;

    JournalDatabase *m_database;
};

} // namespace fc
