#pragma once

#include "insights/journalseries.h"
#include "insights/lagscan.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace fc {

// One load (exertion, steps) against one outcome (fatigue, pain, crash days): how much worse the
// outcome tended to be 0-3 days after the load was higher.
struct PacingFinding
{
    QString loadKey;    // a JournalSeries key, "measure:steps"
    QString outcomeKey; // a symptom key, or "crash"
    QString loadName;
    QString outcomeName;
    int lag = -1;         // days after the load where the link was strongest
    double rho = qQNaN(); // rank correlation at that lag; positive: worse after more
    QVector<double> rhoByLag;
    double p = qQNaN(); // adjusted for every lag, load and outcome tried
    int days = 0;       // days with both at that lag
    bool clear = false; // p <= 0.05
};

// "What comes 1-3 days later": the person's own days, tested so that runs of alike days and
// trying several lags, loads and outcomes cannot make a link out of chance
// (stats::lagScan; docs/insights.md).
struct PacingLags
{
    Q_DECLARE_TR_FUNCTIONS(fc::PacingLags)

public:
    static constexpr int maximumLag = 3;
    static constexpr double clearP = 0.05;

    bool enoughData = false;
    QString message; // why there is nothing to show, when !enoughData
    QDate from;
    QDate to;
    int shifts = 0;
    QVector<PacingFinding> findings; // clearest first
    QString summary;  // everyday words, first on the Insights: no rho, no percent of chance
    QString sentence; // the same finding with its statistics: the report, details, JSON

    static QString crashKey() { return QStringLiteral("crash"); }
    static PacingLags analyse(const JournalSeries &series, QDate from = QDate(),
                              QDate to = QDate());
    // "Pain tended to be worse 2 days after days of more steps (...)".
    static QString describe(const PacingFinding &finding);
    // "Fatigue tended to be worse 2 days after days of more steps." in everyday words.
    static QString describePlainly(const PacingFinding &finding);
    // How sure the finding is, in words: "clear", "possible", "no clear link".
    static QString strengthWords(const PacingFinding &finding);
};

} // namespace fc
