#pragma once

#include "insights/journalseries.h"
#include "insights/pacinglags.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace fc {

// A personal envelope: the level of a load (exertion, steps) above which bad days came clearly
// more often in the 1-3 days after, in the person's own diary. A bad day is one in the worst
// third of the person's own days of that outcome (or a crash day). Each threshold from the
// load's 50th to 90th percentile is tried; the one where bad days followed most often compared
// with the days below it is kept, and the same search on the load shifted by two weeks or more
// against the diary (every shift; Bjørnstad & Falck 2001) says how often chance finds as large
// a gap: p = (1 + shifts at least as large) / (1 + shifts). Found only when p <= 0.05.
struct PacingEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(fc::PacingEnvelope)

public:
    static constexpr int fewestDaysEachSide = 10;

    bool found = false;
    QString loadKey;
    QString loadName;
    QString outcomeName;
    double limit = qQNaN();     // days above this...
    double riskAbove = qQNaN(); // ...were followed by a bad day within 1-3 days this often
    double riskBelow = qQNaN(); // days at or below it this often
    int daysAbove = 0;
    int daysBelow = 0;
    double p = qQNaN();
    QString summary;  // everyday words for the Insights; empty when not found
    QString sentence; // with the days counted and the chance, for the report and details

    // From the clearest finding of `lags` (nothing when it is not clear).
    static PacingEnvelope find(const JournalSeries &series, const PacingLags &lags);
    // The same from two raw series of one value a day (NaN where not logged); `bad` is 1 on a
    // bad day, 0 on another logged day.
    static PacingEnvelope search(const QVector<double> &load, const QVector<double> &bad);
    // For Today, after a day above the limit; empty otherwise.
    QString afterDay(double yesterdaysLoad) const;
    // "a bad fatigue day", "a crash day".
    QString badDay() const;
};

} // namespace fc
