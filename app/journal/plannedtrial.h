#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace fc {

struct Treatment;

// A planned n-of-1 test of one treatment: pairs of equal periods, in each pair one ON and one OFF
// period in an order drawn at random when the plan is made. The first washoutDays of every period
// are not analysed (the effect of the period before may linger). The order is stored, and the seed
// it was drawn from too, so the draw can be checked and repeated.
struct PlannedTrial
{
    qint64 id = 0;
    qint64 treatmentId = 0;
    QString treatmentKey;  // filled when read
    QString treatmentName; // filled when read
    QString symptomKey;    // the outcome the test is judged on
    QDate start;
    int periodDays = 7; // whole period, washout included
    int pairs = 6;
    int washoutDays = 0;
    quint64 seed = 0;
    QVector<bool> onFirst; // per pair: ON then OFF (true) or OFF then ON (false)
    QDate stopped;         // ended early; invalid while it runs or once it is complete
    QString note;

    static constexpr int minimumPeriodDays = 2;
    static constexpr int maximumPeriodDays = 56;
    static constexpr int maximumPairs = 10;

    struct Phase
    {
        bool inPlan = false;
        int pair = 0;        // 1-based
        int period = 0;      // 1-based, over the whole plan
        int dayOfPeriod = 0; // 1-based
        bool on = false;
        bool washout = false;
    };

    int totalDays() const { return 2 * pairs * periodDays; }
    QDate lastDay() const { return start.addDays(totalDays() - 1); }
    Phase phase(const QDate &day) const;
    // "Week 3 of 12: OFF period (pair 2 of 6)" for the Today view and the reminder; empty
    // outside the plan or after it was stopped. Washout days say so.
    QString phaseText(const QDate &day) const;
    // Draws the order for `pairs` pairs from seed (the same seed, the same order).
    static QVector<bool> drawOrder(quint64 seed, int pairs);
    // "ON-OFF, OFF-ON, ..." as stored in the journal and the CSV file.
    QString orderText() const;
    static bool parseOrder(const QString &text, QVector<bool> *order);
    // Why a plan cannot be saved, or an empty string.
    QString validate() const;
    // 7 days for treatments that act within days, 14 for medications and supplements.
    static int defaultPeriodDays(const Treatment &treatment);
    // The smallest two-sided p the randomization test of this many pairs can give: 2 / 2^pairs.
    static double smallestP(int pairs);
};

} // namespace fc
