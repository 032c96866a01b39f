#pragma once

#include "insights/journalseries.h"
#include "insights/statistics.h"

#include <QPointF>
#include <QVector>

namespace fc {

// Spearman's rho between two series of the journal, x shifted by lag days: with lag 1, last
// night's sleep (x on day d - 1) is paired with today's pain (y on day d).
struct SeriesCorrelation
{
    static constexpr int minimumPairs = 14;
    static constexpr int maximumLag = 3;

    QString xKey;
    QString yKey;
    QString xName;
    QString yName;
    int lag = 0;
    QDate from;
    QDate to;
    bool enoughData = false;
    QString message; // why there is no rho, when !enoughData
    stats::Correlation result;
    // Is the relation more than chance, allowing for runs of alike days: the circular shift test
    // over the days of the range (invalid with fewer than about 50 days).
    stats::ShiftTest chance;
    QVector<QPointF> pairs; // (x, y) of every day both were logged
    QString summary;        // everyday words: whether the two went together, and how sure that is
    QString sentence;       // with rho and the shift test, for the doctor
};

// from/to limit the days of y; invalid ones mean the whole journal. lag is clamped to 0-3.
SeriesCorrelation correlateSeries(const JournalSeries &series, const QString &xKey,
                                  const QString &yKey, int lag, QDate from = QDate(),
                                  QDate to = QDate());

} // namespace fc
