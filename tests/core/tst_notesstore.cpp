#include "journal/journalstore.h"
#include "journal/notesstore.h"
#include "journal/schema.h"
#include "tempjournal.h"
#include "testsuites.h"

#include <QDir>
#include <QSqlQuery>
#include <QtTest>

using namespace fc;

namespace {

Note makeNote(const QString &title, const QString &body, const QStringList &tags = {})
{
    Note n;
    n.title = title;
    n.body = body;
    n.tags = tags;
    return n;
}

QStringList titles(const QVector<NoteMatch> &matches)
{
    QStringList out;
    for (const NoteMatch &m : matches)
        out << m.note.title;
    out.sort();
    return out;
}

} // namespace

class TstNotesStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_journal = std::make_unique<test::TempJournal>();
        QVERIFY2(m_journal->isOpen(), qPrintable(m_journal->error()));
        m_store = &m_journal->store();
    }

    void defaultTagIsOffered()
    {
        const QVector<Tag> tags = m_store->notesStore().tags();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().name, QStringLiteral("Questions for my doctor"));
        QVERIFY(tags.first().builtin);
        QCOMPARE(tags.first().noteCount, 0);
    }

    void saveWithTagsAndFilter()
    {
        NotesStore &notes = m_store->notesStore();
        Note a = makeNote(QStringLiteral("Ask about LDN"), QStringLiteral("Dose at night?"),
                          {QStringLiteral("questions FOR my doctor"), QStringLiteral(" sleep ")});
        FC_VERIFY_OK(notes.save(a));
        Note b = makeNote(QStringLiteral("Walk"), QStringLiteral("10 minutes"),
                          {QStringLiteral("Pacing")});
        b.articleSlug = QStringLiteral("graded-exercise");
        b.quote = QStringLiteral("start very low");
        FC_VERIFY_OK(notes.save(b));

        // The default tag matched case-insensitively instead of making a second one.
        const QVector<Tag> tags = notes.tags();
        QCOMPARE(tags.size(), 3);
        QCOMPARE(tags[0].name, QStringLiteral("Questions for my doctor"));
        QCOMPARE(tags[0].noteCount, 1);
        QCOMPARE(tags[1].name, QStringLiteral("Pacing"));
        QCOMPARE(tags[2].name, QStringLiteral("sleep"));

        NoteFilter byTag;
        byTag.tag = QStringLiteral("Questions for my doctor");
        QCOMPARE(titles(notes.find(byTag)), QStringList{QStringLiteral("Ask about LDN")});
        NoteFilter byArticle;
        byArticle.articleSlug = QStringLiteral("graded-exercise");
        const QVector<NoteMatch> onArticle = notes.find(byArticle);
        QCOMPARE(onArticle.size(), 1);
        QCOMPARE(onArticle.first().note.quote, QStringLiteral("start very low"));
        QCOMPARE(onArticle.first().note.tags, QStringList{QStringLiteral("Pacing")});

        // Replacing the tags drops the old links.
        a.tags = {QStringLiteral("sleep")};
        FC_VERIFY_OK(notes.save(a));
        QVERIFY(notes.find(byTag).isEmpty());
        QCOMPARE(notes.note(a.id)->tags, QStringList{QStringLiteral("sleep")});
    }

    void badTagsAndEmptyNotesAreRefused()
    {
        NotesStore &notes = m_store->notesStore();
        QString error;
        Note empty = makeNote(QStringLiteral("  "), QStringLiteral("\n"));
        QVERIFY(test::fails(notes.save(empty), &error));
        QCOMPARE(error, QStringLiteral("The note is empty."));
        Note comma = makeNote(QStringLiteral("x"), QString(), {QStringLiteral("a,b")});
        QVERIFY(test::fails(notes.save(comma), &error));
        QVERIFY2(error.contains(QStringLiteral("comma")), qPrintable(error));
        QCOMPARE(comma.id, 0);
        Note longTag = makeNote(QStringLiteral("x"), QString(), {QString(61, QLatin1Char('t'))});
        QVERIFY(test::fails(notes.save(longTag), &error));
        QVERIFY2(error.contains(QStringLiteral("60 characters")), qPrintable(error));
        QVERIFY(notes.find({}).isEmpty());
        // A quote alone is a note: the user marked a passage to come back to.
        Note quoteOnly;
        quoteOnly.quote = QStringLiteral("passage");
        FC_VERIFY_OK(notes.save(quoteOnly));
    }

    void fullTextSearchWithPrefixesAndSnippets()
    {
        NotesStore &notes = m_store->notesStore();
        QString error;
        Note a = makeNote(QStringLiteral("Magnesium"),
                          QStringLiteral("Tried **magnesium** threonate, slept better"));
        Note b = makeNote(QStringLiteral("Café visit"), QStringLiteral("Too loud, crashed after"));
        Note c = makeNote(QStringLiteral("Pacing"), QStringLiteral("Stopped at 60% of energy"));
        c.quote = QStringLiteral("Pacing means stopping before the crash");
        for (Note *n : {&a, &b, &c})
            FC_VERIFY_OK(notes.save(*n));

        NoteFilter f;
        f.text = QStringLiteral("magn");
        QVector<NoteMatch> found = notes.find(f);
        QCOMPARE(titles(found), QStringList{QStringLiteral("Magnesium")});
        // The best-matching column: the title here.
        QCOMPARE(found.first().snippet, QStringLiteral("Magnesium"));
        f.text = QStringLiteral("threo");
        QCOMPARE(notes.find(f).first().snippet,
                 QStringLiteral("Tried **magnesium** threonate, slept better"));
        f.text = QStringLiteral("crash");
        QCOMPARE(titles(found = notes.find(f)),
                 (QStringList{QStringLiteral("Café visit"), QStringLiteral("Pacing")}));
        f.text = QStringLiteral("cafe"); // diacritics folded
        QCOMPARE(titles(notes.find(f)), QStringList{QStringLiteral("Café visit")});
        f.text = QStringLiteral("slept crash"); // every word must match
        QVERIFY(notes.find(f).isEmpty());
        // FTS5 syntax typed by a user is plain text, not an error.
        for (const QString &odd :
             {QStringLiteral("\"unbalanced"), QStringLiteral("NEAR(a b"), QStringLiteral("a OR"),
              QStringLiteral("*"), QStringLiteral("-:^")}) {
            f.text = odd;
            notes.find(f); // must not fail the query
        }
        f.text = QStringLiteral("\"magnesium");
        QCOMPARE(notes.find(f).size(), 1);
        f.text = QStringLiteral("-:^");
        QVERIFY(notes.find(f).isEmpty());

        // Edits and deletes keep the index in step.
        a.body = QStringLiteral("Switched to glycinate");
        QVERIFY(notes.save(a));
        f.text = QStringLiteral("threonate");
        QVERIFY(notes.find(f).isEmpty());
        f.text = QStringLiteral("glycin");
        QCOMPARE(notes.find(f).size(), 1);
        QVERIFY(notes.remove(a.id));
        QVERIFY(notes.find(f).isEmpty());
    }

    void deleteAndRestoreForUndo()
    {
        NotesStore &notes = m_store->notesStore();
        QString error;
        Note a = makeNote(QStringLiteral("Keep me"), QStringLiteral("body words"),
                          {QStringLiteral("Questions for my doctor")});
        a.day = QDate(2024, 3, 5);
        a.articleSlug = QStringLiteral("ldn");
        QVERIFY(notes.save(a));
        const Expected<Note> removed = notes.remove(a.id);
        FC_VERIFY_OK(removed);
        QVERIFY(!notes.note(a.id));
        QCOMPARE(notes.tags().first().noteCount, 0);
        QVERIFY(test::fails(notes.remove(a.id), &error));
        QVERIFY(error.contains(QStringLiteral("no longer exists")));

        FC_VERIFY_OK(notes.restore(*removed));
        const std::optional<Note> back = notes.note(a.id);
        QVERIFY(back);
        QCOMPARE(back->title, a.title);
        QCOMPARE(back->day, a.day);
        QCOMPARE(back->articleSlug, a.articleSlug);
        QCOMPARE(back->createdAt, a.createdAt);
        QCOMPARE(back->tags, QStringList{QStringLiteral("Questions for my doctor")});
        NoteFilter f;
        f.text = QStringLiteral("words");
        QCOMPARE(notes.find(f).size(), 1);
        // Restoring twice would duplicate the id: refused, not half-done.
        QVERIFY(!notes.restore(*removed));
        QCOMPARE(notes.find({}).size(), 1);
    }

    void tagManagement()
    {
        NotesStore &notes = m_store->notesStore();
        QString error;
        QVERIFY(notes.addTag(QStringLiteral("Flares")));
        QVERIFY(notes.addTag(QStringLiteral("flares"))); // already there: no duplicate
        QCOMPARE(notes.tags().size(), 2);
        Note a = makeNote(QStringLiteral("x"), QString(), {QStringLiteral("Flares")});
        QVERIFY(notes.save(a));
        QVERIFY(test::fails(
            notes.renameTag(QStringLiteral("Flares"), QStringLiteral("questions for my doctor")),
            &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        FC_VERIFY_OK(notes.renameTag(QStringLiteral("Flares"), QStringLiteral("Flare-ups")));
        QCOMPARE(notes.note(a.id)->tags, QStringList{QStringLiteral("Flare-ups")});
        QVERIFY(!notes.renameTag(QStringLiteral("nope"), QStringLiteral("x")));
        QVERIFY(notes.removeTag(QStringLiteral("Flare-ups")));
        QVERIFY(notes.note(a.id)->tags.isEmpty());
    }

    void dateRangeAndIdsFilter()
    {
        NotesStore &notes = m_store->notesStore();
        Note a = makeNote(QStringLiteral("a"), QString());
        Note b = makeNote(QStringLiteral("b"), QString());
        FC_VERIFY_OK(notes.save(a));
        FC_VERIFY_OK(notes.save(b));
        QSqlQuery q(m_store->database().db());
        QVERIFY(q.exec(QStringLiteral("UPDATE note SET created_at = '2024-01-10T12:00:00.000Z'"
                                      " WHERE id = %1")
                           .arg(a.id)));
        NoteFilter f;
        f.from = QDate(2024, 1, 1);
        f.to = QDate(2024, 1, 31);
        QCOMPARE(titles(notes.find(f)), QStringList{QStringLiteral("a")});
        f = {};
        f.ids = {b.id};
        QCOMPARE(titles(notes.find(f)), QStringList{QStringLiteral("b")});
        // notes() is oldest first, for documents.
        const QVector<Note> all = notes.notes();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().title, QStringLiteral("a"));
    }

    void migrationIndexesExistingNotes()
    {
        // A version-2 file with notes written before the index existed.
        const QString path = QDir(m_journal->folder()).filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const Migration &m : journalMigrations()) {
                if (m.version > 2)
                    break;
                for (const QString &sql : m.statements)
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO note (title, body, created_at, updated_at)"
                                          " VALUES ('Old', 'fibromyalgia flare', '2023-05-01T"
                                          "10:00:00.000Z', '2023-05-01T10:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        JournalStore store;
        FC_VERIFY_OK(store.open(path));
        QCOMPARE(store.schemaVersion(), latestSchemaVersion());
        NoteFilter f;
        f.text = QStringLiteral("flar");
        QCOMPARE(titles(store.notesStore().find(f)), QStringList{QStringLiteral("Old")});
        QCOMPARE(store.notesStore().tags().size(), 1);
    }

private:
    std::unique_ptr<test::TempJournal> m_journal;
    JournalStore *m_store = nullptr;
};

FC_CORE_TEST_MAIN(TstNotesStore)
#include "tst_notesstore.moc"
