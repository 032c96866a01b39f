#include "journal/notesstore.h"

#include "journal/journaldatabase.h"
#include "journal/sqlvalues.h"
#include "storage/sqlerror.h"
#include "storage/writetransaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace fc {

using namespace sqlvalues;

namespace {

const char *const noteColumns = "n.id, n.title, n.body, n.day, n.article_slug, n.quote,"
                                " n.created_at, n.updated_at";

Note noteFrom(const QSqlQuery &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.title = q.value(1).toString();
    n.body = q.value(2).toString();
    n.day = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    n.articleSlug = q.value(4).toString();
    n.quote = q.value(5).toString();
    n.createdAt = fromIso(q.value(6));
    n.updatedAt = fromIso(q.value(7));
    return n;
}

QStringList cleanTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags) {
        const QString name = t.simplified();
        if (!name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
            out << name;
    }
    return out;
}

Result writeTags(const QSqlDatabase &db, qint64 noteId, const QStringList &tags)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM note_tag WHERE note_id = ?"));
    q.addBindValue(noteId);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), NotesStore::tr("save the note's tags")));
    for (const QString &tag : tags) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO tag (name) VALUES (?)"));
        q.addBindValue(tag);
        if (!q.exec())
            return fail(
                describeSqlError(q.lastError(), NotesStore::tr("add the tag “%1”").arg(tag)));
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO note_tag (note_id, tag_id) SELECT ?, id "
                                 "FROM tag WHERE name = ?"));
        q.addBindValue(noteId);
        q.addBindValue(tag);
        if (!q.exec())
            return fail(describeSqlError(q.lastError(), NotesStore::tr("save the note's tags")));
    }
    return {};
}

} // namespace

QString NotesStore::validateTag(const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return tr("A tag needs a name.");
    if (clean.size() > 60)
        return tr("The tag “%1…” is longer than 60 characters.").arg(clean.left(20));
    if (clean.contains(QLatin1Char(',')))
        return tr("The tag “%1” contains a comma, which separates tags.").arg(clean);
    return {};
}

Result NotesStore::save(Note &note)
{
    if (note.title.trimmed().isEmpty() && note.body.trimmed().isEmpty() &&
        note.quote.trimmed().isEmpty())
        return fail(tr("The note is empty."));
    const QStringList tags = cleanTags(note.tags);
    for (const QString &t : tags) {
        const QString problem = validateTag(t);
        if (!problem.isEmpty())
            return fail(problem);
    }
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    const QString now = isoNow();
    QSqlQuery q(db);
    if (note.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO note (title, body, day, article_slug, quote,"
                                 " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE note SET title = ?, body = ?, day = ?, article_slug = ?,"
                                 " quote = ?, updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(text(note.title.trimmed()));
    q.addBindValue(text(note.body));
    q.addBindValue(sqlvalues::nullableDate(note.day));
    q.addBindValue(nullableText(note.articleSlug));
    q.addBindValue(nullableText(note.quote));
    // A new note is written now, unless it brings its own times (an import keeps the file's).
    const QString created = note.id == 0 && note.createdAt.isValid()
                                ? note.createdAt.toUTC().toString(Qt::ISODateWithMs)
                                : now;
    const QString updated = note.id == 0 && note.updatedAt.isValid()
                                ? note.updatedAt.toUTC().toString(Qt::ISODateWithMs)
                                : (note.id == 0 ? created : now);
    if (note.id == 0) {
        q.addBindValue(created);
        q.addBindValue(updated);
    } else {
        q.addBindValue(now);
        q.addBindValue(note.id);
    }
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("save the note")));
    if (note.id != 0 && q.numRowsAffected() != 1)
        return fail(tr("The note no longer exists; it may have been deleted."));
    const qint64 id = note.id == 0 ? q.lastInsertId().toLongLong() : note.id;
    if (Result step = writeTags(db, id, tags); !step)
        return step;
    if (Result step = tx.commit(); !step)
        return step;
    if (note.id == 0)
        note.createdAt = fromIso(created);
    note.updatedAt = fromIso(note.id == 0 ? updated : now);
    note.id = id;
    note.tags = tags;
    return {};
}

std::optional<Note> NotesStore::note(qint64 id) const
{
    NoteFilter filter;
    filter.ids = {id};
    const QVector<NoteMatch> found = find(filter);
    if (found.isEmpty())
        return std::nullopt;
    return found.first().note;
}

QString NotesStore::ftsQuery(const QString &userText)
{
    static const QRegularExpression word(QStringLiteral("[\\w]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = word.globalMatch(userText);
    while (it.hasNext())
        terms << QStringLiteral("\"%1\"*").arg(it.next().captured(0));
    return terms.join(QLatin1Char(' '));
}

QVector<NoteMatch> NotesStore::find(const NoteFilter &filter) const
{
    QVector<NoteMatch> out;
    const QString fts = ftsQuery(filter.text);
    if (!filter.text.trimmed().isEmpty() && fts.isEmpty())
        return out; // only punctuation: nothing can match
    QString sql = QStringLiteral("SELECT %1").arg(QLatin1String(noteColumns));
    if (!fts.isEmpty())
        sql += QStringLiteral(", snippet(note_fts, -1, '', '', '…', 12) FROM note n"
                              " JOIN note_fts ON note_fts.rowid = n.id");
    else
        sql += QStringLiteral(" FROM note n");
    QStringList where;
    QVariantList binds;
    if (!fts.isEmpty()) {
        where << QStringLiteral("note_fts MATCH ?");
        binds << fts;
    }
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("n.id IN (SELECT nt.note_id FROM note_tag nt JOIN tag t"
                                " ON t.id = nt.tag_id WHERE t.name = ?)");
        binds << filter.tag.simplified();
    }
    if (!filter.articleSlug.isEmpty()) {
        where << tr("n.article_slug = ?");
        binds << filter.articleSlug;
    }
    if (filter.from.isValid()) {
        where << tr("date(n.created_at, 'localtime') >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << tr("date(n.created_at, 'localtime') <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    if (!filter.ids.isEmpty()) {
        QStringList ids;
        for (qint64 id : filter.ids)
            ids << QString::number(id);
        where << tr("n.id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += fts.isEmpty() ? QStringLiteral(" ORDER BY n.updated_at DESC, n.id DESC")
                         : QStringLiteral(" ORDER BY bm25(note_fts, 10.0, 1.0, 2.0), n.id DESC");
    QSqlQuery q(m_database->db());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("notes query failed: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        NoteMatch m;
        m.note = noteFrom(q);
        if (!fts.isEmpty())
            m.snippet = q.value(8).toString().simplified();
        out << m;
    }
    loadTags(out);
    return out;
}

QVector<Note> NotesStore::notes(const NoteFilter &filter) const
{
    QVector<Note> out;
    for (const NoteMatch &m : find(filter))
        out << m.note;
    std::stable_sort(out.begin(), out.end(), [](const Note &a, const Note &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return out;
}

void NotesStore::loadTags(QVector<NoteMatch> &matches) const
{
    if (matches.isEmpty())
        return;
    QHash<qint64, int> index;
    for (int i = 0; i < matches.size(); ++i)
        index.insert(matches[i].note.id, i);
    QSqlQuery q(m_database->db());
    q.exec(QStringLiteral("SELECT nt.note_id, t.name FROM note_tag nt JOIN tag t"
                          " ON t.id = nt.tag_id ORDER BY t.builtin DESC, t.name COLLATE NOCASE"));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd())
            matches[*it].note.tags << q.value(1).toString();
    }
}

Expected<Note> NotesStore::remove(qint64 id)
{
    std::optional<Note> existing = note(id);
    if (!existing)
        return fail(tr("The note no longer exists; it may have been deleted."));
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM note WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("delete the note")));
    if (Result step = tx.commit(); !step)
        return step;
    return *std::move(existing);
}

Result NotesStore::restore(const Note &note)
{
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO note (id, title, body, day, article_slug, quote,"
                             " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(note.id);
    q.addBindValue(text(note.title));
    q.addBindValue(text(note.body));
    q.addBindValue(sqlvalues::nullableDate(note.day));
    q.addBindValue(nullableText(note.articleSlug));
    q.addBindValue(nullableText(note.quote));
    q.addBindValue(note.createdAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(note.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("restore the note")));
    if (Result step = writeTags(db, note.id, cleanTags(note.tags)); !step)
        return step;
    return tx.commit();
}

QVector<Tag> NotesStore::tags() const
{
    QVector<Tag> out;
    QSqlQuery q(m_database->db());
    q.exec(QStringLiteral("SELECT t.id, t.name, t.builtin, count(nt.note_id) FROM tag t"
                          " LEFT JOIN note_tag nt ON nt.tag_id = t.id GROUP BY t.id"
                          " ORDER BY t.builtin DESC, t.name COLLATE NOCASE"));
    while (q.next())
        out << Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(),
                   q.value(3).toInt()};
    return out;
}

Result NotesStore::addTag(const QString &name)
{
    const QString problem = validateTag(name);
    if (!problem.isEmpty())
        return fail(problem);
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO tag (name) VALUES (?)"));
    q.addBindValue(name.simplified());
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("add the tag")));
    return tx.commit();
}

Result NotesStore::renameTag(const QString &from, const QString &to)
{
    const QString problem = validateTag(to);
    if (!problem.isEmpty())
        return fail(problem);
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM tag WHERE name = ? AND name <> ?"));
    q.addBindValue(to.simplified());
    q.addBindValue(from);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return fail(tr("A tag named “%1” already exists.").arg(to.simplified()));
    q.prepare(QStringLiteral("UPDATE tag SET name = ? WHERE name = ?"));
    q.addBindValue(to.simplified());
    q.addBindValue(from);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("rename the tag")));
    if (q.numRowsAffected() != 1)
        return fail(tr("There is no tag named “%1”.").arg(from));
    return tx.commit();
}

Result NotesStore::removeTag(const QString &name)
{
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM tag WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("remove the tag")));
    return tx.commit();
}

} // namespace fc
