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
        QVERIFY(dialog.summaryText().contains(QLatin1String("0.031")));
        QVERIFY(dialog.cautionsText().contains(QLatin1String("must not be stopped suddenly")));
        QVERIFY(!dialog.doctorBox()->isHidden());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.lastError().contains(QLatin1String("doctor")));
        QVERIFY(store.plans().plans().isEmpty());
        dialog.doctorBox()->setChecked(true);
        dialog.pairsBox()->setValue(3);
        QVERIFY(dialog.summaryText().contains(QLatin1String("cannot show a clear result")));
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
