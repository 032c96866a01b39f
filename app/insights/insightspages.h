#pragma once

#include "articles/articlepage.h"
#include "insights/insightsengine.h"

#include <QString>
#include <QStringList>

namespace fc {

// What the Insights section shows; the side panel edits it.
struct InsightsViewState
{
    QStringList symptomKeys; // empty: the first visible symptom
    ChartRange range = ChartRange::Days90;
    QDate customFrom;
    QDate customTo;
    QString correlationX = JournalSeries::hoursSleptKey();
    QString correlationY = QStringLiteral("pain");
    int lag = 0;
};

// The HTML of the Insights pages (served as fibro://app/insights/...), built from the engine.
class InsightsPages
{
public:
    static QString overview(const InsightsEngine &engine, const InsightsViewState &state,
                            const PageStyle &style);
    // A trial's summary: its chart around the trial and every symptom's result. Empty when the
    // trial does not exist.
    static QString trialSummary(const InsightsEngine &engine, qint64 trialId,
                                const PageStyle &style);
    // One result as an HTML block (also usable by the report).
    static QString effectHtml(const TrialEffect &effect);
    // A planned test as an HTML block: today's phase, the order, and the result once it ends.
    // Simple markup, so a QTextBrowser can show it too. For the person the result reads in
    // everyday words with the numbers behind a disclosure; forDoctor (the visit report) gives
    // the numbers at once.
    static QString plannedTrialHtml(const PlannedTrial &plan, const PlannedTrialResult &result,
                                    const QDate &today, bool forDoctor = false);
    static QString trialUrl(qint64 trialId);
};

} // namespace fc
