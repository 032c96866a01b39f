// "Test a treatment properly": defaults from the treatment, the doctor step before a medication
// or a cautioned treatment, the drawn order saved, and the phase on the Today summary.
#include "appfixture.h"
#include "journal/journalstore.h"
#include "journal/todaysummary.h"
#include "ui/journal/plannedtrialdialog.h"
#include "uitestmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QRadioButton>
#include <QSpinBox>

using namespace fc;

class TstPlannedTrialDialog : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_app.start()); }
    void cleanup() { m_app.stop(); }

    void medicationNeedsTheDoctorStep()
    {
        JournalStore &store = m_app.context->journal();
        PlannedTrialDialog dialog(&store, &m_app.context->library(),
                                  QStringLiteral("low-dose-naltrexone"));
        QCOMPARE(dialog.treatmentBox()->currentData().toString(),
                 QStringLiteral("low-dose-naltrexone"));
        QCOMPARE(dialog.periodBox()->value(), 14); // a medication: two-week periods
        QCOMPARE(dialog.washoutBox()->value(), 2);
        QCOMPARE(dialog.pairsBox()->value(), 6);
        QVERIFY(dialog.summaryText().contains(QLatin1String("168 days")));
        QVERIFY(dialog.summaryText().contains(QLatin1String("Enough pairs for a clear answer")));
        QVERIFY(!dialog.summaryText().contains(QLatin1String(" p ")));
        QVERIFY(dialog.cautionsText().contains(QLatin1String("must not be stopped suddenly")));
        QVERIFY(!dialog.doctorBox()->isHidden());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.lastError().contains(QLatin1String("doctor")));
        QVERIFY(store.plans().plans().isEmpty());
        dialog.doctorBox()->setChecked(true);
        dialog.pairsBox()->setValue(3);
        QVERIFY(dialog.summaryText().contains(QLatin1String("cannot give a clear answer")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QVector<PlannedTrial> plans = store.plans().plans();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans[0].pairs, 3);
        QCOMPARE(plans[0].onFirst.size(), 3);
        QCOMPARE(plans[0].onFirst, PlannedTrial::drawOrder(plans[0].seed, 3));
        QCOMPARE(plans[0].start, QDate::currentDate().addDays(1));

        // Tomorrow, the Today summary names the phase.
        const TodaySummary tomorrow = TodaySummary::build(store, QDate::currentDate().addDays(1));
        QCOMPARE(tomorrow.plans.size(), 1);
        QVERIFY2(tomorrow.plans[0].phase.startsWith(QLatin1String("Week 1 of 12: ")),
                 qPrintable(tomorrow.plans[0].phase));
        QCOMPARE(tomorrow.plans[0].on, plans[0].onFirst[0]);
        QVERIFY(TodaySummary::build(store, QDate::currentDate()).plans.isEmpty());
    }

    // A test of a treatment that a running trial already tracks takes the trial over: the
    // dialog says so and asks (pause or end); Today then gives one instruction for the
    // treatment, from the test, and its dose button writes the paused trial's log.
    void aTestTakesOverTheRunningTrial()
    {
        JournalStore &store = m_app.context->journal();
        Trial running;
        running.treatmentId = store.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
        running.start = QDate::currentDate().addDays(-100);
        running.dose = 4.5;
        running.unit = QStringLiteral("mg");
        FC_VERIFY_OK(store.trials().saveTrial(running));

        PlannedTrialDialog dialog(&store, &m_app.context->library(),
                                  QStringLiteral("low-dose-naltrexone"));
        QVERIFY(dialog.runningTrial());
        QVERIFY2(dialog.takeOverText().contains(QLatin1String("You are taking Low-dose")),
                 qPrintable(dialog.takeOverText()));
        QVERIFY(!dialog.pauseChoice()->isHidden());
        QVERIFY(dialog.pauseChoice()->isChecked());
        dialog.doctorBox()->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.outcomeText().contains(QLatin1String("paused")),
                 qPrintable(dialog.outcomeText()));
        QVERIFY(store.trials().trial(running.id)->isOngoing());

        // On a day of the test: one row for LDN, the test's, holding the paused trial.
        const QDate day = QDate::currentDate().addDays(3);
        const TodaySummary summary = TodaySummary::build(store, day);
        QCOMPARE(summary.plans.size(), 1);
        QVERIFY(summary.trials.isEmpty());
        QCOMPARE(summary.plans[0].heldTrialId, running.id);
        QVERIFY(!summary.plans[0].logged);
        // Before and after the test the trial is its own row again.
        QCOMPARE(TodaySummary::build(store, QDate::currentDate()).trials.size(), 1);
        const QDate after = dialog.plan().lastDay().addDays(1);
        QCOMPARE(TodaySummary::build(store, after).trials.size(), 1);

        // "End" instead: the trial stops the day before the test, in the same write.
        FC_VERIFY_OK(store.plans().deletePlan(dialog.plan().id));
        PlannedTrialDialog ending(&store, &m_app.context->library(),
                                  QStringLiteral("low-dose-naltrexone"));
        ending.endChoice()->setChecked(true);
        QVERIFY(!ending.pauseChoice()->isChecked()); // one or the other, never both
        ending.doctorBox()->setChecked(true);
        ending.accept();
        QCOMPARE(ending.result(), int(QDialog::Accepted));
        const Trial ended = *store.trials().trial(running.id);
        QCOMPARE(ended.stop, ending.plan().start.addDays(-1));
        QVERIFY(ending.outcomeText().contains(QLatin1String("ended")));
        QVERIFY(TodaySummary::build(store, day).trials.isEmpty());
        QCOMPARE(TodaySummary::build(store, day).plans[0].heldTrialId, 0);
    }

    void movementNeedsNoDoctorStep()
    {
        JournalStore &store = m_app.context->journal();
        PlannedTrialDialog dialog(&store, &m_app.context->library(),
                                  QStringLiteral("exercise-programme"));
        QCOMPARE(dialog.periodBox()->value(), 7);
        QCOMPARE(dialog.washoutBox()->value(), 1);
        if (dialog.cautionsText().isEmpty()) {
            QVERIFY(dialog.doctorBox()->isHidden());
        } else {
            // The article's cautions still ask for the doctor step.
            QVERIFY(!dialog.doctorBox()->isHidden());
            dialog.doctorBox()->setChecked(true);
        }
        dialog.symptomBox()->setCurrentIndex(
            dialog.symptomBox()->findData(QStringLiteral("fatigue")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.plans().plans().constFirst().symptomKey, QStringLiteral("fatigue"));
    }

private:
    test::AppFixture m_app;
};

FC_UI_TEST_MAIN(TstPlannedTrialDialog)
#include "tst_plannedtrialdialog.moc"
