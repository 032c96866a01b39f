#pragma once

#include "insights/journalseries.h"
#include "insights/seriescorrelation.h"
#include "journal/entities.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fc {

// Charts as standalone SVG strings for the Insights pages and the PDF report. They carry
// presentation attributes that print well on white and CSS classes (fc-chart, fc-c0..fc-c5,
// fc-crash, fc-trial...) that resources/web/insights.css recolours for dark mode; text uses
// currentColor. Every mark has a <title> with its exact value and date.
// A stretch of days shaded behind the points, e.g. a trial's baseline and treatment windows.
struct ChartBand
{
    QDate from;
    QDate to;
    QString label;
    bool strong = false; // the darker of two shades
};

// Size of the history chart in SVG units. The screen chart is drawn 800 wide; the printed
// report uses a narrower, flatter one, so that when it fills the page width its 11-unit text
// prints at 8.5 pt or more and a panel per symptom still leaves room on the page.
struct ChartLayout
{
    double width = 800;
    double plotHeight = 104;
    double titleHeight = 24; // a panel's title line, above its plot
    double panelGap = 12;    // between one panel's plot and the next one's title

    // On paper the panels sit closer: the title's baseline just clears the plot's top line.
    static ChartLayout print() { return {600, 24, 19, 5}; }
};

class ChartBuilder
{
public:
    // Longer ranges than this show weekly means instead of daily points.
    static constexpr int maxDailyDays = 366;

    ChartBuilder(const JournalSeries &series, const QVector<Trial> &trials);

    // One small chart per key (symptom keys or JournalSeries::hoursSleptKey()), sharing the time
    // axis from..to, with one row per trial overlapping the range below it.
    QString historySvg(const QStringList &keys, const QDate &from, const QDate &to,
                       const QVector<ChartBand> &bands = {},
                       const ChartLayout &layout = ChartLayout()) const;
    QString symptomHistorySvg(const QString &key, const QDate &from, const QDate &to) const
    {
        return historySvg({key}, from, to);
    }
    // Empty when the correlation has no pairs.
    static QString scatterSvg(const SeriesCorrelation &correlation);

private:
    const JournalSeries &m_series;
    QVector<Trial> m_trials;
};

} // namespace fc
