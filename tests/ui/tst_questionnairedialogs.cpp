// The FIQR and ACR 2016 dialogs by keyboard, as a person without a mouse fills them in.
#include "insights/questionnairescores.h"
#include "journal/journalstore.h"
#include "tempjournal.h"
#include "testsupport.h"
#include "ui/questionnaires/acr2016dialog.h"
#include "ui/questionnaires/bodymapwidget.h"
#include "ui/questionnaires/fiqrdialog.h"
#include "ui/scoreinput.h"
#include "uitestmain.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTimer>

using namespace fc;

namespace {

void key(Qt::Key k)
{
    QTest::keyClick(QApplication::focusWidget(), k);
}

// Answers the message box that comes up next with `button`.
void answerNextQuestion(QMessageBox::StandardButton button, bool *asked)
{
    QTimer::singleShot(0, [=] {
        const bool up = QTest::qWaitFor(
            [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (up && box) {
            *asked = true;
            box->button(button)->click();
        }
    });
}

} // namespace

class TstQuestionnaireDialogs : public QObject
{
    Q_OBJECT
private slots:
    void fiqrByKeyboard()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        FiqrDialog dialog(&store, QDate(2026, 11, 30));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.inputs().size(), 21);
        QCOMPARE(QApplication::focusWidget(), dialog.inputs().constFirst());
        // Items 1-21: 1, 2, ..., 9, 0, 1, ...; item 3 left empty, item 12 at 10 (End).
        for (int n = 1; n <= 21; ++n) {
            if (n == 12)
                key(Qt::Key_End);
            else if (n != 3)
                key(Qt::Key(Qt::Key_0 + n % 10));
            key(Qt::Key_Tab);
        }
        QTest::keyClick(dialog.inputs().constLast(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QVector<FiqrAnswers> saved = store.questionnaires().fiqrAnswers();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved[0].day, QDate(2026, 11, 30));
        QVERIFY(!saved[0].items.at(2));
        QCOMPARE(*saved[0].items.at(11), 10.0);
        QCOMPARE(*saved[0].items.at(20), 1.0);
        QCOMPARE(saved[0].answered(), 20);
    }

    void fiqrCancelAsksAndKeepsTheAnswers()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        FiqrDialog dialog(&store, QDate(2026, 11, 30));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        key(Qt::Key_6);
        bool asked = false;
        answerNextQuestion(QMessageBox::Cancel, &asked);
        dialog.reject();
        QVERIFY(asked);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.inputs().constFirst()->score(), 6);
        // Moving the date keeps the answers and says where they will go.
        FiqrAnswers earlier;
        earlier.day = QDate(2026, 11, 23);
        earlier.items.at(0) = 2;
        QVERIFY(store.questionnaires().saveFiqr(earlier));
        dialog.setFocus();
        auto *date = dialog.findChild<QDateEdit *>();
        date->setDate(QDate(2026, 11, 23));
        QCOMPARE(dialog.inputs().constFirst()->score(), 6);
        asked = false;
        answerNextQuestion(QMessageBox::Save, &asked);
        dialog.reject();
        QVERIFY(asked);
        QCOMPARE(*store.questionnaires().fiqrAnswers().constFirst().items.at(0), 6.0);
    }

    // A journal that cannot be written (read-only file, full disk): the dialog says why, stays
    // open with every answer, and Save works once the journal can be written again.
    void aFailedSaveKeepsTheAnswers()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        FiqrDialog dialog(&store, QDate(2026, 11, 30));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        key(Qt::Key_7);
        key(Qt::Key_Tab);
        key(Qt::Key_3);
        QSqlQuery q(store.database().db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = 1")));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QLabel *problem = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->accessibleName() == QLatin1String("Problem"))
                problem = label;
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("read-only")), qPrintable(problem->text()));
        QCOMPARE(dialog.inputs()[0]->score(), 7);
        QCOMPARE(dialog.inputs()[1]->score(), 3);
        QVERIFY(store.questionnaires().fiqrAnswers().isEmpty());
        QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = 0")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.questionnaires().fiqrAnswers().size(), 1);
    }

    void bodyMapIsNamedCheckableAndWalkedByArrows()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        Acr2016Dialog dialog(&store, QDate(2026, 11, 1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QVector<BodyAreaButton *> &areas = dialog.map()->areas();
        QCOMPARE(areas.size(), 19);
        QSet<QString> names;
        for (BodyAreaButton *b : areas) {
            QVERIFY(b->isCheckable());
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(b);
            QVERIFY(iface);
            QVERIFY(iface->state().checkable);
            QCOMPARE(iface->role(), QAccessible::CheckBox);
            names.insert(iface->text(QAccessible::Name));
            QVERIFY2(b->width() >= 12 && b->height() >= 12, qPrintable(b->text()));
        }
        QCOMPARE(names.size(), 19);
        QVERIFY(names.contains(QStringLiteral("Left shoulder girdle")));
        QVERIFY(names.contains(QStringLiteral("Right hip (buttock, trochanter)")));

        // Start on the left jaw; Down goes to what lies below it on the picture, the chest.
        QCOMPARE(QApplication::focusWidget(), areas[0]);
        key(Qt::Key_Space);
        key(Qt::Key_Down);
        QCOMPARE(qobject_cast<BodyAreaButton *>(QApplication::focusWidget())->key(),
                 QStringLiteral("chest"));
        key(Qt::Key_Space);
        key(Qt::Key_Right); // towards the picture's right: the person's left arm
        QCOMPARE(qobject_cast<BodyAreaButton *>(QApplication::focusWidget())->key(),
                 QStringLiteral("left_upper_arm"));
        key(Qt::Key_Space);
        QTest::mouseClick(areas[18], Qt::LeftButton, {}, areas[18]->rect().center()); // abdomen
        QCOMPARE(dialog.map()->painfulAreas(),
                 (QSet<QString>{"left_jaw", "chest", "left_upper_arm", "abdomen"}));
        QCOMPARE(scoreAcr2016(dialog.answers()).wpi, 4);

        // Saving asks for the severity items first.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        auto boxes = dialog.findChildren<QComboBox *>();
        QCOMPARE(boxes.size(), 3);
        for (QComboBox *box : boxes)
            box->setCurrentIndex(3); // "2 – Moderate"
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QVector<Acr2016Answers> saved = store.questionnaires().acr2016Answers();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(*scoreAcr2016(saved[0]).sss, 6);

        // A month later the map starts from these areas.
        Acr2016Dialog next(&store, QDate(2026, 12, 1));
        QCOMPARE(next.map()->painfulAreas(), saved[0].painfulAreas);
        QVERIFY(!next.answers().sss.at(0));
    }
};

FC_UI_TEST_MAIN(TstQuestionnaireDialogs)
#include "tst_questionnairedialogs.moc"
