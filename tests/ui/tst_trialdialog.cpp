#include "appfixture.h"
#include "journal/journalstore.h"
#include "ui/journal/plannedtrialdialog.h"
#include "ui/journal/symptomsdialog.h"
#include "ui/journal/trialdialog.h"
#include "ui/journal/trialspanel.h"
#include "ui/mainwindow.h"
#include "ui/readersection.h"
#include "uitestmain.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

using namespace fc;

// The treatment box finds a treatment by any part of its name, and a treatment already being
// tracked is offered rather than started twice.
class TstTrialDialog : public QObject
{
    Q_OBJECT
    test::AppFixture m_app;

    static QString ldnText(TrialDialog &dialog)
    {
        QComboBox *box = dialog.treatmentBox();
        return box->itemText(box->findData(QStringLiteral("low-dose-naltrexone")));
    }

private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void suggestionsFindAnyPartOfTheName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("found");
        QTest::newRow("one word") << QStringLiteral("naltrexone") << true;
        QTest::newRow("abbreviation") << QStringLiteral("LDN") << true;
        QTest::newRow("without the hyphen") << QStringLiteral("low dose naltrexone") << true;
        QTest::newRow("start of words") << QStringLiteral("low-dose n") << true;
        QTest::newRow("another treatment") << QStringLiteral("magnesium") << false;
    }

    void suggestionsFindAnyPartOfTheName()
    {
        QFETCH(QString, typed);
        QFETCH(bool, found);
        TrialDialog dialog(&m_app.context->journal(), &m_app.context->library(), Trial());
        dialog.show();
        QLineEdit *edit = dialog.treatmentBox()->lineEdit();
        edit->clear();
        QTest::keyClicks(edit, typed);
        QCOMPARE(dialog.treatmentSuggestions().contains(ldnText(dialog)), found);
        QVERIFY(!dialog.treatmentSuggestions().isEmpty());
    }

    void anAbbreviationTypedInFullIsTheCatalogueTreatment()
    {
        JournalStore &store = m_app.context->journal();
        const int treatments = int(store.trials().treatments().size());
        TrialDialog dialog(&store, &m_app.context->library(), Trial());
        dialog.treatmentBox()->setEditText(QStringLiteral("ldn"));
        QVERIFY2(dialog.cautionsText().contains(QStringLiteral("narcotics")),
                 qPrintable(dialog.cautionsText()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.trials().trial(dialog.trial().id)->treatmentKey,
                 QStringLiteral("low-dose-naltrexone"));
        QCOMPARE(int(store.trials().treatments().size()), treatments);
    }

    // Esc in a dialog where something was typed asks, the same way everywhere (one piece of
    // code): Cancel goes back with everything still there, Discard closes and saves nothing,
    // Save saves. With nothing typed, Esc just closes.
    void escapeAsksBeforeDroppingWhatWasTyped()
    {
        JournalStore &store = m_app.context->journal();
        QString asked;
        auto answerNext = [&asked](QMessageBox::StandardButton button) {
            asked.clear();
            QTimer::singleShot(0, [button, &asked] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                box->button(button)->click();
            });
        };
        {
            TrialDialog untouched(&store, &m_app.context->library(), Trial());
            untouched.show();
            QVERIFY(QTest::qWaitForWindowExposed(&untouched));
            QTest::keyClick(&untouched, Qt::Key_Escape);
            QVERIFY(!untouched.isVisible());
            QVERIFY(asked.isEmpty());
        }
        TrialDialog dialog(&store, &m_app.context->library(), Trial());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.treatmentBox()->setEditText(QStringLiteral("Low-dose naltrexone (LDN)"));
        auto *note = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(note);
        note->setPlainText(QStringLiteral("started after talking to Dr. B"));
        answerNext(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY2(asked.contains(QStringLiteral("before closing")), qPrintable(asked));
        QVERIFY(dialog.isVisible());
        QCOMPARE(note->toPlainText(), QStringLiteral("started after talking to Dr. B"));
        answerNext(QMessageBox::Discard);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(store.trials().trials().isEmpty());

        TrialDialog again(&store, &m_app.context->library(), Trial());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.treatmentBox()->setEditText(QStringLiteral("ldn"));
        answerNext(QMessageBox::Save);
        QTest::keyClick(&again, Qt::Key_Escape);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(store.trials().trials().size(), 1);

        // The planned test and the new symptom ask the same question the same way.
        PlannedTrialDialog plan(&store, &m_app.context->library(),
                                QStringLiteral("low-dose-naltrexone"));
        plan.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plan));
        plan.pairsBox()->setValue(8);
        answerNext(QMessageBox::Cancel);
        QTest::keyClick(&plan, Qt::Key_Escape);
        QVERIFY(!asked.isEmpty());
        QVERIFY(plan.isVisible());
        QCOMPARE(plan.pairsBox()->value(), 8);
        answerNext(QMessageBox::Discard);
        QTest::keyClick(&plan, Qt::Key_Escape);
        QVERIFY(!plan.isVisible());

        AddSymptomDialog symptom;
        symptom.show();
        QVERIFY(QTest::qWaitForWindowExposed(&symptom));
        QTest::keyClicks(symptom.nameEdit(), QStringLiteral("Stiffness"));
        answerNext(QMessageBox::Cancel);
        QTest::keyClick(symptom.nameEdit(), Qt::Key_Escape);
        QVERIFY2(asked.contains(QStringLiteral("Stiffness")), qPrintable(asked));
        QVERIFY(symptom.isVisible());
        QCOMPARE(symptom.nameEdit()->text(), QStringLiteral("Stiffness"));
    }

    void trackingATreatmentAlreadyRunningShowsThatTrial()
    {
        JournalStore &store = m_app.context->journal();
        Trial running;
        running.treatmentId = store.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
        running.start = QDate::currentDate().addDays(-20);
        FC_VERIFY_OK(store.trials().saveTrial(running));
        MainWindow window(m_app.context.get());
        window.show();

        QString question;
        bool trialDialogOpened = false;
        QTimer::singleShot(0, &window, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                trialDialogOpened = qobject_cast<TrialDialog *>(QApplication::activeModalWidget());
                if (QApplication::activeModalWidget())
                    QApplication::activeModalWidget()->close();
                return;
            }
            question = box->text();
            box->defaultButton()->click();
        });
        emit window.reader()->trackTreatmentRequested(QStringLiteral("low-dose-naltrexone"));
        QVERIFY2(question.contains(QStringLiteral("You have been tracking Low-dose naltrexone")),
                 qPrintable(question));
        QVERIFY(!trialDialogOpened);
        auto *panel = window.findChild<TrialsPanel *>();
        QVERIFY(panel);
        auto *list = panel->findChild<QListWidget *>();
        QVERIFY(list->currentItem());
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toLongLong(), running.id);
        QCOMPARE(store.trials().trials().size(), 1);
    }
};

FC_UI_TEST_MAIN(TstTrialDialog)
#include "tst_trialdialog.moc"
