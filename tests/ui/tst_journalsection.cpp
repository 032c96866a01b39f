#include "appfixture.h"
#include "core/displaydate.h"
#include "core/settings.h"
#include "journal/backupmanager.h"
#include "testsupport.h"
#include "ui/appcontext.h"
#include "ui/checkindialog.h"
#include "ui/exertioninputs.h"
#include "ui/journal/dayview.h"
#include "ui/journal/journalrecovery.h"
#include "ui/journal/journalsection.h"
#include "ui/journal/journalsidepanel.h"
#include "ui/journal/symptomsdialog.h"
#include "ui/journal/trialdialog.h"
#include "ui/journal/trialspanel.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"
#include "ui/scoreinput.h"
#include "uitestmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QUndoStack>
#include <memory>

using namespace fc;

namespace {

CheckIn day(const QDate &d, int pain, int mood, const QString &note)
{
    CheckIn c;
    c.day = d;
    c.scores = {{QStringLiteral("pain"), pain}, {QStringLiteral("mood"), mood}};
    c.note = note;
    c.crash = pain > 7;
    c.hoursSlept = 6.5;
    return c;
}

int rowOf(QListWidget *list, const QDate &d)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toDate() == d)
            return i;
    return -1;
}

} // namespace

class TstJournalSection : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void deleteWithKeyboardAndUndoRestoresTheDay()
    {
        AppContext &context = *m_app.context;
        JournalStore &store = context.journal();
        const QDate d1 = QDate::currentDate().addDays(-2);
        const QDate d2 = QDate::currentDate().addDays(-1);
        CheckIn c1 = day(d1, 8, 3, QStringLiteral("walked to the shop"));
        CheckIn c2 = day(d2, 2, 9, QStringLiteral("good day"));
        QVERIFY(store.saveCheckIn(c1));
        QVERIFY(store.saveCheckIn(c2));

        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        JournalSection *journal = window.journal();
        journal->reload();
        window.showSection(QStringLiteral("journal"));
        QListWidget *list = journal->sidePanel()->dayList();
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toDate(), d2); // newest first
        QVERIFY(list->item(1)->text().contains(QStringLiteral("hard")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("Pain 8")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("good")));

        list->setFocus();
        list->setCurrentRow(rowOf(list, d1));
        QCOMPARE(journal->dayView()->day(), d1);
        QVERIFY(journal->dayView()->text().contains(QStringLiteral("walked to the shop")));
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(!store.checkIn(d1));
        QCOMPARE(list->count(), 1);
        QVERIFY(journal->dayView()->text().contains(QStringLiteral("No check-in")));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        const auto back = store.checkIn(d1);
        QVERIFY(back);
        QCOMPARE(back->scores, c1.scores);
        QCOMPARE(back->note, c1.note);
        QCOMPARE(back->crash, true);
        QCOMPARE(*back->hoursSlept, 6.5);
        QCOMPARE(list->count(), 2);
        QVERIFY(journal->dayView()->text().contains(QStringLiteral("walked to the shop")));

        QVERIFY(journal->undoStack()->canRedo());
        journal->undoStack()->redo();
        QVERIFY(!store.checkIn(d1));
        journal->undoStack()->undo();
        QVERIFY(store.checkIn(d1));
    }

    // Undo after a check-in takes back the exertion and hours upright it gave too, and leaves a
    // wearable's steps that day alone; redo brings them back.
    void undoTakesBackTheCheckInsOwnMeasures()
    {
        AppContext &context = *m_app.context;
        JournalStore &store = context.journal();
        context.settings().setExertionInCheckIn(true);
        context.settings().setUprightHoursInCheckIn(true);
        const QDate today = QDate::currentDate();
        FC_VERIFY_OK(store.measures().save(
            {{today, QStringLiteral("steps"), 4200, QStringLiteral("gadgetbridge")}}));
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        bool filled = false;
        QTimer fill;
        connect(&fill, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<CheckInDialog *>(QApplication::activeModalWidget());
            if (!dialog || filled)
                return;
            filled = true;
            QTest::keyClick(dialog->scoreInput(QStringLiteral("pain")), Qt::Key_5);
            ScoreInput *physical = dialog->exertion()->inputs().first();
            physical->setFocus();
            QTest::keyClick(physical, Qt::Key_7);
            dialog->exertion()->uprightHours()->setValue(5.5);
            QTest::keyClick(physical, Qt::Key_Return);
        });
        fill.start(50);
        window.journal()->openCheckIn(today);
        fill.stop();
        QVERIFY(filled);
        QCOMPARE(store.checkIn(today)->scores.value(QStringLiteral("pain")), 5.0);
        QCOMPARE(store.measures().value(today, QStringLiteral("exertion_physical")), 7.0);
        QCOMPARE(store.measures().value(today, QStringLiteral("upright_hours")), 5.5);
        // The day shows every value saved for it, with its unit and where it came from.
        window.showSection(QStringLiteral("journal"));
        const QString shown = window.journal()->dayView()->text();
        QVERIFY2(shown.contains(QStringLiteral("Physical exertion\n7 of 10\nfrom the check-in")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Hours upright\n5.5 h\nfrom the check-in")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Steps\n4,200 steps\nfrom Gadgetbridge")),
                 qPrintable(shown));

        window.journal()->undoStack()->undo();
        QVERIFY(!store.checkIn(today));
        QVERIFY(!store.measures().value(today, QStringLiteral("exertion_physical")));
        QVERIFY(!store.measures().value(today, QStringLiteral("upright_hours")));
        QCOMPARE(store.measures().value(today, QStringLiteral("steps")), 4200.0);
        const QString afterUndo = window.journal()->dayView()->text();
        QVERIFY2(afterUndo.contains(QStringLiteral("No check-in")), qPrintable(afterUndo));
        QVERIFY(!afterUndo.contains(QStringLiteral("Physical exertion")));
        QVERIFY(afterUndo.contains(QStringLiteral("Steps\n4,200 steps")));

        window.journal()->undoStack()->redo();
        QVERIFY(store.checkIn(today));
        QCOMPARE(store.measures().value(today, QStringLiteral("exertion_physical")), 7.0);
        QCOMPARE(store.measures().value(today, QStringLiteral("upright_hours")), 5.5);
        QCOMPARE(store.measures().value(today, QStringLiteral("steps")), 4200.0);
    }

    void searchFiltersDaysByNote()
    {
        AppContext &context = *m_app.context;
        for (int i = 1; i <= 5; ++i) {
            CheckIn c = day(QDate::currentDate().addDays(-i), i, 5,
                            i % 2 ? QStringLiteral("Swim %1").arg(i) : QStringLiteral("rest"));
            QVERIFY(context.journal().saveCheckIn(c));
        }
        MainWindow window(&context);
        JournalSidePanel *side = window.journal()->sidePanel();
        side->reload();
        QCOMPARE(side->dayList()->count(), 5);
        QTest::keyClicks(side->searchField(), QStringLiteral("swim"));
        QCOMPARE(side->dayList()->count(), 3);
        QCOMPARE(side->dayList()->item(0)->data(Qt::UserRole).toDate(),
                 QDate::currentDate().addDays(-1));
        side->searchField()->clear();
        QCOMPARE(side->dayList()->count(), 5);
    }

    void journalRefreshesWhenShownAfterChangesElsewhere()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(QStringLiteral("library"));
        QListWidget *list = window.journal()->sidePanel()->dayList();
        QCOMPARE(list->count(), 0);
        // As a CSV import would: the journal changes while another section is shown.
        CheckIn c = day(QDate::currentDate().addDays(-3), 5, 5, QStringLiteral("imported"));
        QVERIFY(context.journal().saveCheckIn(c));
        window.showSection(QStringLiteral("journal"));
        QCOMPARE(list->count(), 1);
    }

    void listOpensOnTheLastYearAndShowsOlderOnRequest()
    {
        AppContext &context = *m_app.context;
        for (int ago : {1, 30, 400, 800}) {
            CheckIn c = day(QDate::currentDate().addDays(-ago), 3, 5, QStringLiteral("x"));
            QVERIFY(context.journal().saveCheckIn(c));
        }
        MainWindow window(&context);
        JournalSidePanel *side = window.journal()->sidePanel();
        side->reload();
        QCOMPARE(side->dayList()->count(), 2);
        auto *older = side->findChild<QPushButton *>();
        QVERIFY(older && !older->isHidden());
        older->click();
        QCOMPARE(side->dayList()->count(), 4);
        // The button now goes back, and the choice outlives the window.
        QVERIFY(!older->isHidden());
        QCOMPARE(older->text(), QStringLiteral("Show only the last &year"));
        QVERIFY(context.settings().journalShowsAllDays());
        {
            MainWindow again(&context);
            JournalSidePanel *next = again.journal()->sidePanel();
            next->reload();
            QCOMPARE(next->dayList()->count(), 4);
        }
        older->click();
        QCOMPARE(side->dayList()->count(), 2);
        QVERIFY(!context.settings().journalShowsAllDays());
    }

    void anImportThatEndedLongAgoShowsAllItsDays()
    {
        AppContext &context = *m_app.context;
        for (int ago : {400, 500, 800}) {
            CheckIn c = day(QDate::currentDate().addDays(-ago), 3, 5, QStringLiteral("old"));
            QVERIFY(context.journal().saveCheckIn(c));
        }
        MainWindow window(&context);
        JournalSidePanel *side = window.journal()->sidePanel();
        side->reload();
        QCOMPARE(side->dayList()->count(), 3);
        auto *older = side->findChild<QPushButton *>();
        QVERIFY(older && older->isHidden());
    }

    void damagedJournalAtStartIsRecoveredFromTheBackup()
    {
        test::TempDataDir dir;
        const QDate yesterday = QDate::currentDate().addDays(-1);
        QString error;
        {
            AppContext first(dir.path());
            QVERIFY(first.initialize()); // writes today's automatic backup
            CheckIn c = day(yesterday, 6, 4, QStringLiteral("saved before the backup"));
            QVERIFY(first.journal().saveCheckIn(c));
            QFile::remove(BackupManager::latestAutomaticBackup(first.dataDirectory().backupsDir()));
            first.makeAutomaticBackup();
        }
        const QString journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            QFile f(journalPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x13'));
        }
        AppContext context(dir.path());
        QVERIFY(!context.initialize());
        QCOMPARE(context.journalStatus(), JournalDatabase::Status::Damaged);

        QStringList seen;
        QTimer clicker;
        connect(&clicker, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            seen << box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == u"&Restore backup" || box->buttons().size() == 1) {
                    b->click();
                    return;
                }
            }
        });
        clicker.start(50);
        QVERIFY(offerJournalRecovery(context, error));
        clicker.stop();
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen.first().contains(QStringLiteral("damaged")));
        QVERIFY(context.journal().isOpen());
        QCOMPARE(context.journal().checkIn(yesterday)->note,
                 QStringLiteral("saved before the backup"));
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("journal-damaged-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().endsWith(QByteArray(4096, '\x13')));
    }

    void checkInDialogStepsDaysAndSavesTimeByKeyboard()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QDate yesterday = QDate::currentDate().addDays(-1);
        CheckIn old = day(yesterday, 4, 6, QStringLiteral("yesterday's note"));
        QVERIFY(store.saveCheckIn(old));

        CheckInDialog dialog(&store, QDate::currentDate());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(dialog.day(), yesterday);
        QCOMPARE(dialog.scoreInput(QStringLiteral("pain"))->score(), 4);
        QVERIFY(dialog.before().has_value());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(dialog.day(), QDate::currentDate());
        QVERIFY(!dialog.scoreInput(QStringLiteral("pain"))->hasScore());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(dialog.day(), QDate::currentDate()); // the future is refused

        QTest::keyClick(dialog.scoreInput(QStringLiteral("pain")), Qt::Key_3);
        dialog.timeEdit()->setFocus();
        dialog.timeEdit()->setTime(QTime(21, 30));
        dialog.noteEdit()->setFocus();
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("typed at night"));
        QTest::keyClick(dialog.noteEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = store.checkIn(QDate::currentDate());
        QVERIFY(saved);
        QCOMPARE(saved->time, QTime(21, 30));
        QCOMPARE(saved->note, QStringLiteral("typed at night"));
        QCOMPARE(saved->scores, (QMap<QString, double>{{QStringLiteral("pain"), 3}}));
        QCOMPARE(store.checkIn(yesterday)->note, QStringLiteral("yesterday's note"));
    }

    void readOnlyJournalKeepsTheEntryInTheDialog()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        QVERIFY(QSqlQuery(store.database().db()).exec(QStringLiteral("PRAGMA query_only = 1")));
        CheckInDialog dialog(&store, QDate::currentDate());
        dialog.show();
        QTest::keyClick(dialog.scoreInput(QStringLiteral("pain")), Qt::Key_8);
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("do not lose me"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.lastError().contains(QStringLiteral("read-only")),
                 qPrintable(dialog.lastError()));
        QCOMPARE(dialog.noteEdit()->toPlainText(), QStringLiteral("do not lose me"));
        QCOMPARE(dialog.scoreInput(QStringLiteral("pain"))->score(), 8);
    }

    void newLdnTrialQuotesCautionsAndFlagsOpioids()
    {
        AppContext &context = *m_app.context;
        JournalStore &store = context.journal();
        Trial codeine;
        codeine.treatmentId = store.trials().treatment(QStringLiteral("codeine"))->id;
        codeine.start = QDate::currentDate().addDays(-30);
        FC_VERIFY_OK(store.trials().saveTrial(codeine));

        Trial blank;
        blank.treatmentKey = QStringLiteral("low-dose-naltrexone");
        TrialDialog dialog(&store, &context.library(), blank);
        const QString text = dialog.cautionsText();
        QVERIFY2(text.contains(QStringLiteral("Except for people who regularly take narcotics")),
                 qPrintable(text));
        QVERIFY(text.contains(
            context.library().find(QStringLiteral("low-dose-naltrexone"))->title.toHtmlEscaped()));
        QVERIFY(text.contains(QStringLiteral("Discuss this with your doctor")));
        QVERIFY(text.contains(QStringLiteral("Your journal has a trial of Codeine")));

        // Magnesium: the kidney caution, no opioid warning.
        dialog.treatmentBox()->setCurrentIndex(
            dialog.treatmentBox()->findData(QStringLiteral("transdermal-magnesium-chloride")));
        const QString magnesium = dialog.cautionsText();
        QVERIFY2(magnesium.contains(QStringLiteral("kidney dysfunction")), qPrintable(magnesium));
        QVERIFY(!magnesium.contains(QStringLiteral("Codeine")));

        // A treatment of the user's own, typed in, is created with the trial.
        dialog.treatmentBox()->setEditText(QStringLiteral("Tart cherry juice"));
        QVERIFY(dialog.cautionsText().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.trials().trials().size(), 2);
        QCOMPARE(store.trials().trial(dialog.trial().id)->treatmentName,
                 QStringLiteral("Tart cherry juice"));
    }

    void trialWithTitrationSideEffectsAndBadStop()
    {
        AppContext &context = *m_app.context;
        JournalStore &store = context.journal();
        const QDate start = QDate::currentDate().addDays(-40);
        Trial blank;
        blank.treatmentKey = QStringLiteral("low-dose-cyclobenzaprine");
        TrialDialog dialog(&store, &context.library(), blank);
        QVERIFY(dialog.cautionsText().contains(QStringLiteral("next day")));
        dialog.startEdit()->setDate(start);
        auto fill = [](QTableWidget *table, const QStringList &values) {
            const int row = table->rowCount();
            table->insertRow(row);
            for (int c = 0; c < values.size(); ++c)
                table->setItem(row, c, new QTableWidgetItem(values[c]));
        };
        fill(dialog.doseTable(), {start.addDays(14).toString(Qt::ISODate), QStringLiteral("2.5"),
                                  QStringLiteral("mg"), QStringLiteral("step up")});
        fill(dialog.sideEffectTable(), {start.addDays(2).toString(Qt::ISODate),
                                        QStringLiteral("Groggy mornings"), QStringLiteral("6")});
        // Dates in the tables read like every other date on screen, and are edited as dates.
        QTableWidget *doses = dialog.doseTable();
        QAbstractItemDelegate *dateCells = doses->itemDelegateForColumn(0);
        QVERIFY(qobject_cast<QStyledItemDelegate *>(dateCells));
        QCOMPARE(static_cast<QStyledItemDelegate *>(dateCells)->displayText(
                     doses->item(0, 0)->text(), QLocale()),
                 displayDate(start.addDays(14)));
        QCOMPARE(dialog.startEdit()->displayFormat(), displayDateFormat());
        {
            QStyleOptionViewItem option;
            std::unique_ptr<QWidget> editor(
                dateCells->createEditor(doses->viewport(), option, doses->model()->index(0, 0)));
            auto *dateEdit = qobject_cast<QDateEdit *>(editor.get());
            QVERIFY(dateEdit);
            dateCells->setEditorData(dateEdit, doses->model()->index(0, 0));
            QCOMPARE(dateEdit->date(), start.addDays(14));
        }
        dialog.stoppedBox()->setChecked(true);
        dialog.stopEdit()->setDate(start.addDays(-1));
        dialog.accept();
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.lastError().contains(QStringLiteral("before the start date")),
                 qPrintable(dialog.lastError()));
        QVERIFY(store.trials().trials().isEmpty());

        dialog.stopEdit()->setDate(start.addDays(30));
        fill(dialog.sideEffectTable(), {QStringLiteral("yesterday"), QStringLiteral("x"), {}});
        dialog.accept();
        QVERIFY2(dialog.lastError().contains(QStringLiteral("Side effect 2")),
                 qPrintable(dialog.lastError()));
        dialog.sideEffectTable()->removeRow(1);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Trial saved = *store.trials().trial(dialog.trial().id);
        QCOMPARE(saved.doseChanges.size(), 1);
        QCOMPARE(saved.doseChanges.first().dose, 2.5);
        QCOMPARE(saved.sideEffects.first().description, QStringLiteral("Groggy mornings"));
        QCOMPARE(*saved.sideEffects.first().severity, 6);
        QCOMPARE(saved.stop, start.addDays(30));
    }

    void doseIsLoggedForAnyPastDay()
    {
        AppContext &context = *m_app.context;
        Trial t;
        t.treatmentId =
            context.journal().trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
        t.start = QDate::currentDate().addDays(-10);
        QVERIFY(context.journal().trials().saveTrial(t));
        TrialsPanel panel(&context.journal(), &context.library());
        panel.reload();
        QCOMPARE(panel.list()->count(), 1);
        const QDate yesterday = QDate::currentDate().addDays(-1);
        panel.logDayEdit()->setDate(yesterday);
        panel.logDose(false);
        panel.logDayEdit()->setDate(QDate::currentDate());
        panel.logDose(true);
        QCOMPARE(context.journal().trials().doseLog(t.id),
                 (QMap<QDate, bool>{{yesterday, false}, {QDate::currentDate(), true}}));
        panel.logDose(std::nullopt);
        QCOMPARE(context.journal().trials().doseLog(t.id).size(), 1);
    }

    void trackThisTreatmentOpensANewTrial()
    {
        AppContext &context = *m_app.context;
        MainWindow window(&context);
        window.show();
        QString chosen;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<TrialDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                chosen = dialog->treatmentBox()->currentData().toString();
                dialog->reject();
            }
        });
        emit window.reader()->trackTreatmentRequested(QStringLiteral("magnesium-l-threonate"));
        QCOMPARE(chosen, QStringLiteral("magnesium-l-threonate"));
        QCOMPARE(window.currentSection(), QStringLiteral("journal"));
    }

    void symptomsDialogAddsHidesAndMoves()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        SymptomsDialog dialog(&store);
        QVERIFY(dialog.addSymptom(QStringLiteral("Headache"), false));
        QCOMPARE(dialog.list()->currentItem()->text(), QStringLiteral("Headache"));
        QVERIFY(dialog.moveCurrent(-1));
        QVERIFY(!dialog.addSymptom(QStringLiteral("headache"), false));
        QVERIFY(dialog.renameCurrent(QStringLiteral("Tension headache")));
        dialog.list()->item(0)->setCheckState(Qt::Unchecked); // hide Pain
        const QVector<Symptom> visible = store.symptoms();
        QCOMPARE(visible.size(), 5);
        QCOMPARE(visible.at(3).name, QStringLiteral("Tension headache"));
        QCOMPARE(visible.at(4).key, QStringLiteral("mood"));
        QCOMPARE(store.symptoms(true).first().hidden, true);

        // Editing a day in the check-in keeps the score of the hidden symptom.
        const QDate d = QDate::currentDate().addDays(-1);
        CheckIn c = day(d, 7, 5, QStringLiteral("before hiding"));
        QVERIFY(store.saveCheckIn(c));
        CheckInDialog checkIn(&store, d);
        QVERIFY(!checkIn.scoreInput(QStringLiteral("pain")));
        QVERIFY(checkIn.scoreInput(QStringLiteral("headache")));
        checkIn.scoreInput(QStringLiteral("mood"))->setScore(9);
        checkIn.accept();
        QCOMPARE(checkIn.result(), int(QDialog::Accepted));
        QCOMPARE(store.checkIn(d)->scores,
                 (QMap<QString, double>{{QStringLiteral("pain"), 7}, {QStringLiteral("mood"), 9}}));
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstJournalSection)
#include "tst_journalsection.moc"
