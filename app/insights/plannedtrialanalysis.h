#pragma once

#include "insights/journalseries.h"
#include "insights/trialeffect.h"
#include "journal/plannedtrial.h"

#include <QDate>
#include <QVector>
#include <QtNumeric>

namespace fc {

// The randomization test of a paired ON/OFF plan. firstMinusSecond[i] is pair i's first period
// mean minus its second; onFirst[i] says which of the two was ON. The statistic is the mean over
// pairs of ON minus OFF; p is the share of the 2^k orders the plan could have drawn whose
// statistic is at least as far from 0 (two-sided, the drawn order included). Exact, and valid
// whatever the autocorrelation of the days, because only the drawn order is random under "no
// effect" (Edgington & Onghena, Randomization Tests, 4th ed. 2007, ch. 11).
struct RandomizationTest
{
    double statistic = qQNaN();
    double p = qQNaN();
    int orders = 0;
};
RandomizationTest pairedRandomizationTest(const QVector<double> &firstMinusSecond,
                                          const QVector<bool> &onFirst);

struct PlannedTrialResult
{
    enum class Status { NotStarted, Running, Complete, Stopped };

    qint64 planId = 0;
    QString treatmentName;
    QString symptomKey;
    QString symptomName;
    bool higherIsBetter = false;
    Status status = Status::NotStarted;
    QDate analysedTo; // the last day counted: today, the stop day or the plan's last day
    int pairsPlanned = 0;
    int pairsAnalysed = 0; // pairs with at least 2 logged days in both periods (washout excluded)
    int onDays = 0;
    int offDays = 0;
    double onMean = qQNaN();
    double offMean = qQNaN();
    double difference = qQNaN(); // ON minus OFF, the mean over the pairs analysed
    double percent = qQNaN();    // of the OFF mean
    double p = qQNaN();          // randomization test, two-sided
    int orders = 0;              // orders the test compared
    double smallestP = qQNaN();  // the smallest p the plan's pairs can give
    double ciLow = qQNaN();      // 95% interval of ON minus OFF from the AR(1) model
    double ciHigh = qQNaN();
    TrialEffect::Direction direction = TrialEffect::Direction::Unknown;
    TrialEffect::Verdict verdict = TrialEffect::Verdict::NotEnoughData;
    QString summary;  // everyday words for the person
    QString sentence; // with the test's statistics, for the doctor

    static QString statusCode(Status status); // not-started, running, complete, stopped
};

PlannedTrialResult analysePlannedTrial(const PlannedTrial &plan, const JournalSeries &series,
                                       const QDate &today);

} // namespace fc
