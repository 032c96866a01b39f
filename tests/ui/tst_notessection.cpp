#include "appfixture.h"
#include "journal/journalstore.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/articleview.h"
#include "ui/mainwindow.h"
#include "ui/notes/noteeditor.h"
#include "ui/notes/notesexportdialog.h"
#include "ui/notes/notespanel.h"
#include "ui/notes/notessection.h"
#include "uitestmain.h"
#include "webpagehelpers.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QToolButton>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace fc;
using fc::test::pageHtml;

namespace {

Note onlyNote(JournalStore &store)
{
    const QVector<Note> notes = store.notesStore().notes();
    return notes.size() == 1 ? notes.first() : Note();
}

} // namespace

class TstNotesSection : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void typingIsSavedWhenTheWindowClosesAtOnce()
    {
        test::TempDataDir dir;
        QString path;
        {
            AppContext context(dir.path());
            FC_VERIFY_OK(context.initialize());
            path = context.journal().filePath();
            auto *window = new MainWindow(&context);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            window->newNote();
            QCOMPARE(window->currentSection(), QStringLiteral("notes"));
            NoteEditor *editor = window->notes()->editor();
            QTest::keyClicks(editor->titleEdit(), QStringLiteral("Ask about sleep"));
            QTest::keyClicks(editor->bodyEdit(), QStringLiteral("Wakes at 3am"));
            QVERIFY(editor->hasUnsavedChanges());
            window->close();
            delete window; // well inside the autosave delay
        }
        JournalStore reopened;
        FC_VERIFY_OK(reopened.open(path));
        const Note n = onlyNote(reopened);
        QCOMPARE(n.title, QStringLiteral("Ask about sleep"));
        QCOMPARE(n.body, QStringLiteral("Wakes at 3am"));
    }

    void previewFollowsAThemeSwitchAtOnce()
    {
        AppContext &context = *m_app.context;
        context.settings().setTheme(Settings::Theme::Light);
        MainWindow window(&context);
        window.applySettings();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.newNote();
        NoteEditor *editor = window.notes()->editor();
        QTest::keyClicks(editor->bodyEdit(), QStringLiteral("Wakes at 3am"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->previewHtml().contains(QLatin1String("Wakes at 3am")),
                                 5000);
        QVERIFY(!editor->previewHtml().contains(QLatin1String("dark")));
        // Dark, with the same note open: the preview is drawn again in dark.
        context.settings().setTheme(Settings::Theme::Dark);
        window.applySettings();
        QVERIFY2(editor->previewHtml().contains(QLatin1String("dark")),
                 qPrintable(editor->previewHtml().left(300)));
        QVERIFY(editor->previewHtml().contains(QLatin1String("Wakes at 3am")));
    }

    void autosavesAfterAPauseAndShowsPreview()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(QStringLiteral("notes"));
        window.newNote();
        NoteEditor *editor = window.notes()->editor();
        QTest::keyClicks(editor->bodyEdit(), QStringLiteral("**Pacing** works"));
        QTest::keyClicks(editor->tagsEdit(), QStringLiteral("energy"));
        // The default tag is offered in the tag menu.
        QMenu *tagMenu = editor->tagMenuButton()->menu();
        emit tagMenu->aboutToShow();
        QCOMPARE(tagMenu->actions().size(), 1);
        QCOMPARE(tagMenu->actions().first()->text(), QStringLiteral("Questions for my doctor"));
        tagMenu->actions().first()->trigger();
        QCOMPARE(editor->tagsEdit()->text(), QStringLiteral("energy, Questions for my doctor"));
        QVERIFY(context.journal().notesStore().notes().isEmpty()); // not before the pause
        QTRY_COMPARE_WITH_TIMEOUT(context.journal().notesStore().notes().size(), 1, 5000);
        const Note n = onlyNote(context.journal());
        QCOMPARE(n.body, QStringLiteral("**Pacing** works"));
        QCOMPARE(n.tags, (QStringList{QStringLiteral("Questions for my doctor"),
                                      QStringLiteral("energy")}));
        QTRY_VERIFY_WITH_TIMEOUT(
            pageHtml(editor->preview()->page()).contains(QLatin1String("<strong>Pacing</strong>")),
            20000);
        // The list shows it, and the tag filter narrows it.
        QTRY_COMPARE(window.notes()->panel()->list()->count(), 1);
        window.notes()->panel()->setTagFilter(QStringLiteral("energy"));
        QCOMPARE(window.notes()->panel()->list()->count(), 1);
        window.notes()->panel()->searchEdit()->setText(QStringLiteral("nothing-like-this"));
        QTRY_COMPARE(window.notes()->panel()->list()->count(), 0);
        window.notes()->panel()->searchEdit()->setText(QStringLiteral("pac"));
        QTRY_COMPARE(window.notes()->panel()->list()->count(), 1);
    }

    void aRefusedSaveKeepsTheTextAndRetries()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.newNote();
        NoteEditor *editor = window.notes()->editor();
        QSqlQuery q(context.journal().database().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = 1"))); // every write now fails
        QTest::keyClicks(editor->bodyEdit(), QStringLiteral("Do not lose this"));
        editor->dayEdit()->setDate(QDate(2024, 2, 29));
        QVERIFY(!editor->saveNow());
        QVERIFY(editor->hasUnsavedChanges());
        bool shown = false;
        for (QLabel *label : editor->findChildren<QLabel *>())
            shown = shown || label->text().startsWith(QLatin1String("Not saved:"));
        QVERIFY(shown);
        QCOMPARE(editor->bodyEdit()->toPlainText(), QStringLiteral("Do not lose this"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = 0")));
        // The autosave tries again by itself.
        QTRY_COMPARE_WITH_TIMEOUT(context.journal().notesStore().notes().size(), 1, 5000);
        const Note n = onlyNote(context.journal());
        QCOMPARE(n.body, QStringLiteral("Do not lose this"));
        QCOMPARE(n.day, QDate(2024, 2, 29));
        QVERIFY(!editor->hasUnsavedChanges());

        // Deleted elsewhere while open: the next save keeps the text as a new note.
        QVERIFY(context.journal().notesStore().remove(n.id));
        QTest::keyClicks(editor->bodyEdit(), QStringLiteral("!"));
        QVERIFY(editor->saveNow());
        const Note again = onlyNote(context.journal());
        QCOMPARE(again.body, QStringLiteral("Do not lose this!"));
        QVERIFY(again.id != 0);
    }

    void exportDialogChoosesNotes()
    {
        AppContext &context = *m_app.context;
        NotesStore &store = context.journal().notesStore();
        Note tagged;
        tagged.title = QStringLiteral("For the doctor");
        tagged.tags = {QStringLiteral("Questions for my doctor")};
        QVERIFY(store.save(tagged));
        NotesExportDialog dialog(store, {tagged.id, 99}, QStringLiteral(" Ana  Silva "));
        const auto radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 4);
        // Two notes selected: the selection is the default.
        QVERIFY(radios[1]->isChecked());
        QCOMPARE(dialog.filter().ids, (QVector<qint64>{tagged.id, 99}));
        QCOMPARE(dialog.options().patientName, QStringLiteral("Ana Silva"));
        radios[2]->setChecked(true);
        QCOMPARE(dialog.filter().tag, QStringLiteral("Questions for my doctor"));
        QCOMPARE(dialog.options().heading, QStringLiteral("Questions for my doctor"));
        const auto dates = dialog.findChildren<QDateEdit *>();
        QCOMPARE(dates.size(), 2);
        dates[0]->setDate(QDate(2024, 3, 31)); // picking a date picks the range
        dates[1]->setDate(QDate(2024, 1, 1));
        QVERIFY(radios[3]->isChecked());
        QCOMPARE(dialog.filter().from, QDate(2024, 1, 1)); // reversed ends are put in order
        QCOMPARE(dialog.filter().to, QDate(2024, 3, 31));
        QCOMPARE(dialog.options().to, QDate(2024, 3, 31));
        radios[0]->setChecked(true);
        const NoteFilter all = dialog.filter();
        QVERIFY(all.ids.isEmpty() && all.tag.isEmpty() && !all.from.isValid());
    }

    void deleteThenUndo()
    {
        AppContext &context = *m_app.context;
        Note note;
        note.title = QStringLiteral("Precious");
        note.body = QStringLiteral("text");
        note.tags = {QStringLiteral("Questions for my doctor")};
        QVERIFY(context.journal().notesStore().save(note));
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NotesSection *notes = window.notes();
        notes->openNote(note.id);
        QCOMPARE(notes->editor()->note().title, QStringLiteral("Precious"));
        QVERIFY(!notes->undoDeleteAction()->isEnabled());
        notes->deleteNote(note.id);
        QVERIFY(context.journal().notesStore().notes().isEmpty());
        QCOMPARE(notes->panel()->list()->count(), 0);
        QCOMPARE(notes->editor()->note().id, 0);
        QVERIFY(notes->undoDeleteAction()->isEnabled());
        notes->undoDeleteAction()->trigger();
        const Note back = onlyNote(context.journal());
        QCOMPARE(back.id, note.id);
        QCOMPARE(back.tags, note.tags);
        QCOMPARE(notes->panel()->list()->count(), 1);
        QCOMPARE(notes->editor()->note().id, note.id);
        QVERIFY(!notes->undoDeleteAction()->isEnabled());
        // The Delete key in the list deletes the current note too.
        notes->panel()->list()->setFocus();
        QCOMPARE(notes->panel()->currentId(), note.id);
        QTest::keyClick(notes->panel()->list(), Qt::Key_Delete);
        QVERIFY(context.journal().notesStore().notes().isEmpty());
    }

    void addNoteFromSelectedPassage()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWebEnginePage *page = window.articleView()->page();
        QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
        window.openArticle(QStringLiteral("low-dose-naltrexone"));
        QVERIFY(loaded.wait(30000));
        QVERIFY(!window.notes()->addNoteAction()->isEnabled());
        const QString passage = QStringLiteral("Thirty one women with Fibromyalgia");
        const QString select =
            QStringLiteral(
                "(function(){const w=document.createTreeWalker(document.body,"
                "NodeFilter.SHOW_TEXT);let n;while((n=w.nextNode())){const i=n.data.indexOf('%1');"
                "if(i>=0){const r=document.createRange();r.setStart(n,i);r.setEnd(n,i+%2);"
                "const s=window.getSelection();s.removeAllRanges();s.addRange(r);return true;}}"
                "return false;})()")
                .arg(passage)
                .arg(passage.size());
        bool selected = false;
        page->runJavaScript(select, QWebEngineScript::ApplicationWorld,
                            [&](const QVariant &v) { selected = v.toBool(); });
        QTRY_VERIFY_WITH_TIMEOUT(selected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.articleView()->hasSelection(), 10000);
        emit window.menu(MainWindow::Menu::Notes)->aboutToShow();
        QVERIFY(window.notes()->addNoteAction()->isEnabled());
        QCOMPARE(page->selectedText(), passage);

        loaded.clear();
        window.newNote(); // Ctrl+Shift+N with a selection quotes it
        const Note n = onlyNote(context.journal());
        QCOMPARE(n.quote, passage);
        QCOMPARE(n.articleSlug, QStringLiteral("low-dose-naltrexone"));
        QCOMPARE(window.currentSection(), QStringLiteral("notes"));
        QCOMPARE(window.notes()->editor()->note().id, n.id);

        // The article marks the passage and lists the note.
        QVERIFY(loaded.wait(30000));
        const QString html = pageHtml(page);
        QVERIFY2(html.contains(QStringLiteral("<mark class=\"note-quote\">%1</mark>").arg(passage)),
                 qPrintable(html.right(3000)));
        QVERIFY(html.contains(QLatin1String("Your notes on this article")));
        QVERIFY(html.contains(QStringLiteral("fibro://app/note/%1").arg(n.id)));

        // Deleting the note takes the mark away; undo brings it back.
        loaded.clear();
        window.notes()->deleteNote(n.id);
        QVERIFY(loaded.wait(30000));
        QVERIFY(!pageHtml(page).contains(QLatin1String("note-quote")));
        loaded.clear();
        window.notes()->undoDelete();
        QVERIFY(loaded.wait(30000));
        QVERIFY(pageHtml(page).contains(QLatin1String("<mark class=\"note-quote\">")));

        // The note's link in the article opens it in the Notes section; the article stays.
        window.notes()->newNote(); // leave the note, so opening it is visible
        window.showSection(QStringLiteral("library"));
        // A real click: Chromium skips history entries left without a user gesture.
        QVariantList rect;
        page->runJavaScript(
            QStringLiteral("(function(){const a=document.querySelector('aside.your-notes a');"
                           "a.scrollIntoView();const r=a.getBoundingClientRect();"
                           "return [r.left + r.width / 2, r.top + r.height / 2];})()"),
            QWebEngineScript::ApplicationWorld, [&](const QVariant &v) { rect = v.toList(); });
        QTRY_COMPARE_WITH_TIMEOUT(rect.size(), 2, 10000);
        QTest::qWait(300); // let the scroll reach the compositor
        const QPoint at(int(rect[0].toDouble() * window.articleView()->zoomFactor()),
                        int(rect[1].toDouble() * window.articleView()->zoomFactor()));
        QWidget *surface = window.articleView()->focusProxy();
        QVERIFY(surface);
        QTest::mouseClick(surface, Qt::LeftButton, {}, at);
        QTRY_COMPARE_WITH_TIMEOUT(window.notes()->editor()->note().id, n.id, 10000);
        QCOMPARE(window.currentSection(), QStringLiteral("notes"));
        QTRY_COMPARE_WITH_TIMEOUT(page->url().path(),
                                  QStringLiteral("/article/low-dose-naltrexone"), 10000);
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstNotesSection)
#include "tst_notessection.moc"
