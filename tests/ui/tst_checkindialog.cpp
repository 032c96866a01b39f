#include "journal/journalstore.h"
#include "testsupport.h"
#include "ui/checkindialog.h"
#include "ui/exertioninputs.h"
#include "ui/scoreinput.h"
#include "uitestmain.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTimer>

using namespace fc;

namespace {

// Five scores, four Tabs between them and Enter: the check-in's 10 keys, whatever rows follow.
void scoreFiveAndPressEnter()
{
    for (const Qt::Key digit : {Qt::Key_6, Qt::Key_5, Qt::Key_4, Qt::Key_3, Qt::Key_2}) {
        if (digit != Qt::Key_6)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), digit);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

} // namespace

class TstCheckInDialog : public QObject
{
    Q_OBJECT
private slots:
    void keystrokesSaveWhatWasTyped()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        CheckInDialog dialog(&store, QDate::currentDate());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ScoreInput *pain = dialog.scoreInput(QStringLiteral("pain"));
        QVERIFY(pain);
        QCOMPARE(QApplication::focusWidget(), pain);
        QTest::keyClick(pain, Qt::Key_7);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.scoreInput(QStringLiteral("fatigue")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto saved = store.checkIn(QDate::currentDate());
        QVERIFY(saved);
        QCOMPARE(saved->scores, (QMap<QString, double>{{QStringLiteral("pain"), 7},
                                                       {QStringLiteral("fatigue"), 4}}));
    }

    // Turned on in Preferences, the exertion rows follow the symptoms: the five scores and Enter
    // are the same 11 keys, exertion is saved only when given, with the check-in, and a later
    // edit that clears one removes it.
    void exertionRowsFollowTheSymptoms()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QDate yesterday = QDate::currentDate().addDays(-1);
        {
            CheckInDialog dialog(&store, yesterday, nullptr, CheckInExtras{true, false});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.exertion());
            QCOMPARE(dialog.exertion()->inputs().size(), 3);
            scoreFiveAndPressEnter();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(store.checkIn(yesterday)->scores.size(), 5);
        QVERIFY(store.measures().values(yesterday, yesterday).isEmpty());
        {
            // The next morning: yesterday again, Tab past the symptoms to physical exertion.
            CheckInDialog dialog(&store, yesterday, nullptr, CheckInExtras{true, false});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (int i = 0; i < 5; ++i)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), dialog.exertion()->inputs().first());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_8);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(store.checkIn(yesterday)->scores.size(), 5);
        QCOMPARE(store.measures().value(yesterday, QStringLiteral("exertion_physical")), 8.0);
        QVERIFY(!store.measures().value(yesterday, QStringLiteral("exertion_mental")));
        {
            CheckInDialog dialog(&store, yesterday, nullptr, CheckInExtras{true, false});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.exertion()->values().value(QStringLiteral("exertion_physical")), 8);
            ScoreInput *physical = dialog.exertion()->inputs().first();
            physical->setFocus();
            QTest::keyClick(physical, Qt::Key_Backspace);
            QTest::keyClick(physical, Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(!store.measures().value(yesterday, QStringLiteral("exertion_physical")));
        // Off (the default): no exertion rows.
        CheckInDialog plain(&store, yesterday);
        QVERIFY(!plain.exertion());
    }

    // Hours upright, asked for on its own: the same 10 keys save the scores alone; the next
    // morning Tab past the symptoms reaches it, 7.5 typed is saved, and "Not logged" removes it.
    void uprightHoursFollowTheSymptoms()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QDate yesterday = QDate::currentDate().addDays(-1);
        const CheckInExtras upright{false, true};
        {
            CheckInDialog dialog(&store, yesterday, nullptr, upright);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.exertion());
            QVERIFY(dialog.exertion()->inputs().isEmpty());
            QVERIFY(dialog.exertion()->uprightHours());
            scoreFiveAndPressEnter();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(store.checkIn(yesterday)->scores.size(), 5);
        QVERIFY(store.measures().values(yesterday, yesterday).isEmpty());
        {
            CheckInDialog dialog(&store, yesterday, nullptr, upright);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (int i = 0; i < 5; ++i)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), dialog.exertion()->uprightHours());
            QTest::keyClicks(QApplication::focusWidget(), QLocale().toString(7.5, 'f', 1));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(store.measures().value(yesterday, QStringLiteral("upright_hours")), 7.5);
        {
            CheckInDialog dialog(&store, yesterday, nullptr, upright);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QDoubleSpinBox *box = dialog.exertion()->uprightHours();
            QCOMPARE(box->value(), 7.5);
            box->setValue(box->minimum());
            QCOMPARE(box->text(), QStringLiteral("Not logged"));
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(!store.measures().value(yesterday, QStringLiteral("upright_hours")));
        QCOMPARE(store.checkIn(yesterday)->scores.size(), 5);
    }

    // An imported 7.5 (Flaredown's 3 of 4) shows as 8 and is saved as 7.5 unless changed.
    void anExactImportedScoreSurvivesAnEdit()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QDate day = QDate::currentDate().addDays(-2);
        CheckIn imported;
        imported.day = day;
        imported.scores = {{QStringLiteral("pain"), 7.5}, {QStringLiteral("fatigue"), 2.5}};
        FC_VERIFY_OK(store.saveCheckIn(imported));
        QCOMPARE(store.checkIn(day)->scores.value(QStringLiteral("pain")), 7.5);

        CheckInDialog dialog(&store, day);
        dialog.show();
        QCOMPARE(dialog.scoreInput(QStringLiteral("pain"))->score(), 8);
        QVERIFY(!dialog.hasUnsavedChanges());
        dialog.scoreInput(QStringLiteral("fatigue"))->setScore(4);
        dialog.noteEdit()->setPlainText(QStringLiteral("added later"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(
            store.checkIn(day)->scores,
            (QMap<QString, double>{{QStringLiteral("pain"), 7.5}, {QStringLiteral("fatigue"), 4}}));
    }

    void failedSaveKeepsTheDialogAndItsText()
    {
        test::TempDataDir dir;
        JournalStore store;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        FC_VERIFY_OK(store.open(path));
        CheckInDialog dialog(&store, QDate::currentDate());
        dialog.show();
        dialog.scoreInput(QStringLiteral("pain"))->setScore(6);
        dialog.noteEdit()->setPlainText(QStringLiteral("typed with effort"));
        // The journal goes away under the dialog: saving must fail without losing the entry.
        store.close();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.lastError().isEmpty());
        QCOMPARE(dialog.noteEdit()->toPlainText(), QStringLiteral("typed with effort"));
        QCOMPARE(dialog.scoreInput(QStringLiteral("pain"))->score(), 6);
    }

    void escapeAsksBeforeDroppingScores()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        CheckInDialog dialog(&store, QDate::currentDate());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing typed: Esc just closes.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(dialog.scoreInput(QStringLiteral("pain")), Qt::Key_6);
        // Esc with a score typed asks; "Cancel" goes back with the score still there.
        auto answer = [](QMessageBox::StandardButton button, QString *text) {
            QTimer::singleShot(0, [button, text] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                *text = box->text();
                box->button(button)->click();
            });
        };
        QString asked;
        answer(QMessageBox::Cancel, &asked);
        QTest::keyClick(dialog.scoreInput(QStringLiteral("pain")), Qt::Key_Escape);
        QVERIFY2(asked.contains(QStringLiteral("before closing")), qPrintable(asked));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.scoreInput(QStringLiteral("pain"))->score(), 6);
        // "Save" saves it.
        answer(QMessageBox::Save, &asked);
        QTest::keyClick(dialog.scoreInput(QStringLiteral("pain")), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = store.checkIn(QDate::currentDate());
        QVERIFY(saved);
        QCOMPARE(saved->scores.value(QStringLiteral("pain")), 6);
    }

    // Every control shows what will be saved after moving between days: a day with nothing
    // logged shows "Not logged" beside each empty slider, never the scores of the day before,
    // and saving it says there is nothing to save instead of "saved".
    void everyValueShownIsTheDaysOwn()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QDate today = QDate::currentDate();
        {
            CheckInDialog first(&store, today);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            scoreFiveAndPressEnter();
            QCOMPARE(first.result(), int(QDialog::Accepted));
        }
        const CheckIn saved = *store.checkIn(today);
        QCOMPARE(saved.scores.size(), 5);

        CheckInDialog dialog(&store, today);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList keys = saved.scores.keys();
        for (const QString &key : keys) {
            const int score = int(saved.scores.value(key));
            QVERIFY2(dialog.shownValue(key).startsWith(QString::number(score)),
                     qPrintable(key + u'=' + dialog.shownValue(key)));
        }
        // Alt+Left: yesterday, never logged. Every slider and every label is empty.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(dialog.day(), today.addDays(-1));
        for (const QString &key : keys) {
            QVERIFY(!dialog.scoreInput(key)->hasScore());
            QCOMPARE(dialog.shownValue(key), QStringLiteral("Not logged"));
            QVERIFY2(dialog.scoreInput(key)->accessibleDescription().contains(
                         QStringLiteral("Not logged")),
                     qPrintable(dialog.scoreInput(key)->accessibleDescription()));
        }
        // Enter on the empty day saves nothing and says so; the dialog stays open.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.lastError().contains(QStringLiteral("nothing to save")),
                 qPrintable(dialog.lastError()));
        QVERIFY(!store.checkIn(today.addDays(-1)));
        // Back to today with Alt+Right: the saved scores again, beside the sliders too.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(dialog.day(), today);
        for (const QString &key : keys) {
            QVERIFY(dialog.scoreInput(key)->hasScore());
            QVERIFY(dialog.shownValue(key).startsWith(QString::number(int(saved.scores[key]))));
        }
        // Clearing every score of a saved day and saving removes the day, not "saves" it empty.
        for (const QString &key : keys)
            dialog.scoreInput(key)->clearScore();
        for (const QString &key : keys)
            QCOMPARE(dialog.shownValue(key), QStringLiteral("Not logged"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!store.checkIn(today));
    }

    void everyRowSaysWhatItsEndsMean()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        // Mood is scored on an earlier day, pain never: the scored symptom comes first.
        CheckIn earlier;
        earlier.day = QDate::currentDate().addDays(-1);
        earlier.scores.insert(QStringLiteral("mood"), 6);
        FC_VERIFY_OK(store.saveCheckIn(earlier));
        CheckInDialog dialog(&store, QDate::currentDate());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.scoreInput(QStringLiteral("mood")));
        QStringList texts;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            texts << l->text();
        QVERIFY2(
            texts.contains(QStringLiteral("0 = none · 10 = worst imaginable · lower is better")),
            qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(
            QStringLiteral("0 = worst possible · 10 = best possible · higher is better")));
    }
};

FC_UI_TEST_MAIN(TstCheckInDialog)
#include "tst_checkindialog.moc"
