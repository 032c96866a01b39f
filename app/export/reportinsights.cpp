#include "export/reportinsights.h"

#include "core/displaydate.h"
#include "core/htmlpage.h"
#include "export/visitreport.h"
#include "insights/insightsengine.h"
#include "insights/insightspages.h"
#include "journal/daymeasures.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

QString number(double v, int decimals = 1)
{
    if (qIsNaN(v))
        return QStringLiteral("—");
    // A change that rounds to zero prints as 0.0, not -0.0.
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(v * scale) / scale;
    return QLocale::c().toString(rounded == 0 ? 0.0 : rounded, 'f', decimals);
}

QString pText(double p)
{
    if (qIsNaN(p))
        return QStringLiteral("—");
    return p < 0.001 ? QStringLiteral("< 0.001") : QLocale::c().toString(p, 'f', 3);
}

// One line of the first page: the treatment, its dates and, per symptom, the verdict in words,
// with the signed change where it is a clear one (the same numbers as the details table).
QString verdictItem(const Trial &trial, const QVector<TrialEffect> &results)
{
    QStringList clear, unchanged, waiting;
    for (const TrialEffect &e : results) {
        if (!e.enoughData || e.verdict == TrialEffect::Verdict::NotEnoughData)
            waiting << e.symptomName;
        else if (e.verdict == TrialEffect::Verdict::NoClearChange)
            unchanged << e.symptomName;
        else
            clear << VisitReport::tr("%1: %2 (%3 points, %4)", "symptom: verdict (change)")
                         .arg(e.symptomName, e.verdictText(), signedPointsText(e.difference),
                              signedPercentText(e.percentChange));
    }
    QStringList parts = clear;
    if (!unchanged.isEmpty())
        parts << VisitReport::tr("no clear change in %1").arg(unchanged.join(QStringLiteral(", ")));
    if (!waiting.isEmpty())
        parts << VisitReport::tr("not enough data yet for %1")
                     .arg(waiting.join(QStringLiteral(", ")));
    const QString dates =
        VisitReport::tr("%1 – %2", "trial dates")
            .arg(displayDate(trial.start),
                 trial.stop.isValid() ? displayDate(trial.stop) : VisitReport::tr("ongoing"));
    return QStringLiteral("<li><strong>%1</strong> <span class=\"scale\">%2</span><br>%3</li>")
        .arg(escaped(trial.treatmentName), escaped(dates),
             escaped(parts.isEmpty() ? VisitReport::tr("no symptoms logged on it")
                                     : parts.join(QStringLiteral("; ")) + QLatin1Char('.')));
}

bool overlaps(const Trial &t, const QDate &from, const QDate &to)
{
    const QDate stop = t.stop.isValid() ? t.stop : to;
    return t.start <= to && stop >= from;
}

QString effectsTable(const QVector<TrialEffect> &effects)
{
    QString rows;
    for (const TrialEffect &e : effects) {
        if (!e.enoughData)
            continue;
        const QString change = signedPointsText(e.difference) + QStringLiteral(" (") +
                               signedPercentText(e.percentChange) + QStringLiteral(")");
        // How much the change matters goes with the verdict, whose column has the room for it.
        QString verdict = escaped(e.verdictText());
        if (!e.clinicalLabel.isEmpty() && e.verdict == TrialEffect::Verdict::Helped)
            verdict +=
                QStringLiteral("<br><span class=\"small\">%1</span>").arg(escaped(e.clinicalLabel));
        rows +=
            QStringLiteral(
                "<tr><td>%1</td><td class=\"num\">%2 (n %3)</td><td class=\"num\">%4 (n %5)"
                "</td><td class=\"num\">%6</td><td class=\"num\">%7</td>"
                "<td class=\"num\">%8</td><td class=\"verdict\">%9</td></tr>")
                .arg(escaped(e.symptomName), number(e.baselineMean), QString::number(e.baselineN),
                     number(e.treatmentMean), QString::number(e.treatmentN), escaped(change),
                     escaped(VisitReport::tr("%1 to %2", "interval")
                                 .arg(signedPointsText(e.ciLow), signedPointsText(e.ciHigh))),
                     escaped(pText(e.p)))
                .arg(verdict);
    }
    QString html;
    if (!rows.isEmpty())
        html +=
            QStringLiteral("<table class=\"effects\"><thead><tr><th>%1</th>"
                           "<th class=\"num\">%2</th><th class=\"num\">%3</th>"
                           "<th class=\"num\">%4</th><th class=\"num\">%5</th>"
                           "<th class=\"num\">%6</th><th>%7</th></tr></thead><tbody>")
                .arg(escaped(VisitReport::tr("Symptom")), escaped(VisitReport::tr("Before")),
                     escaped(VisitReport::tr("On treatment")), escaped(VisitReport::tr("Change")),
                     escaped(VisitReport::tr("95% interval")), escaped(VisitReport::tr("P")),
                     escaped(VisitReport::tr("Verdict"))) +
            rows + QStringLiteral("</tbody></table>");
    // What to keep in mind, in one small paragraph: a line each would cost a third of a page.
    QStringList notes;
    for (const TrialEffect &e : effects)
        if (e.enoughData)
            for (const Confounder &c : e.confounders)
                if (!notes.contains(c.text))
                    notes << c.text;
    // Symptoms still waiting for data are named on page one ("What was tried"), not again here.
    if (!notes.isEmpty())
        html += QStringLiteral("<p class=\"small\">%1</p>")
                    .arg(escaped(
                        VisitReport::tr("Keep in mind: %1").arg(notes.join(QLatin1Char(' ')))));
    return html;
}

// A compact panel: the daily measures of the range (median and days logged) and what tended to
// come 1-3 days after more exertion in the range. Nothing when none was logged.
QString pacingPanel(const InsightsEngine &engine, const QDate &from, const QDate &to)
{
    QStringList lines;
    for (const DayMeasures::Kind &kind : DayMeasures::kinds()) {
        const QString key = JournalSeries::measureKey(QLatin1String(kind.name));
        if (!engine.series().hasSeries(key))
            continue;
        QVector<double> values;
        for (double v : engine.series().window(key, from, to))
            if (std::isfinite(v))
                values << v;
        if (values.isEmpty())
            continue;
        std::sort(values.begin(), values.end());
        const double median = values.size() % 2
                                  ? values[values.size() / 2]
                                  : (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
        // Every measure with its unit, as the Journal shows it: "62 bpm", "6.5 h", "5 of 10".
        lines << VisitReport::tr("%1: median %2 (%n day(s) logged)", nullptr, int(values.size()))
                     .arg(DayMeasures::label(QLatin1String(kind.name)),
                          DayMeasures::valueText(QLatin1String(kind.name), median));
    }
    if (lines.isEmpty())
        return QString();
    // The medians on one line: a list of two short items would cost a third of a column.
    // The panel may continue on the next page: whole, it would often leave page one's last
    // lines empty.
    QString html = QStringLiteral("<section class=\"pacing\"><h2>%1</h2><p>%2")
                       .arg(escaped(VisitReport::tr("Activity and what came 1-3 days later")),
                            escaped(lines.join(QStringLiteral(" · "))));
    // Over the report's own period, as the Insights and the JSON compute it for that period.
    const PacingFindings pacing = engine.pacing(from, to);
    html += QStringLiteral("</p><p class=\"small\">%1</p>").arg(escaped(pacing.lags.sentence));
    if (pacing.envelope.found)
        html += QStringLiteral("<p class=\"small\">%1</p>").arg(escaped(pacing.envelope.sentence));
    html += QStringLiteral("</section>");
    return html;
}

} // namespace

void addInsightsToReport(VisitReportInput &input, const JournalStore &store,
                         const ArticleLibrary *library, int baselineDays, const QDate &from,
                         const QDate &to)
{
    InsightsEngine::Options options;
    options.baselineDays = baselineDays;
    const InsightsEngine engine = InsightsEngine::load(store, library, options);
    // Only symptoms logged in the range get a chart: empty panels would only cost pages.
    QStringList keys;
    const QStringList all = engine.symptomKeys();
    for (const QString &key : all)
        for (const CheckIn &c : std::as_const(input.checkIns))
            if (c.day >= from && c.day <= to && c.scores.contains(key)) {
                keys << key;
                break;
            }
    if (!keys.isEmpty())
        input.chartsHtml =
            // The chart's own legend says what its marks mean.
            QStringLiteral("<section class=\"charts\"><h2>%1</h2><figure class=\"chart\">%2"
                           "</figure></section>")
                .arg(escaped(VisitReport::tr("History")),
                     engine.historySvg(keys, from, to, {}, ChartLayout::print()));

    input.pacingHtml = pacingPanel(engine, from, to);

    QString verdicts;
    for (const Trial &trial : engine.trials()) {
        if (!overlaps(trial, from, to))
            continue;
        const QVector<TrialEffect> results = engine.trialEffects(trial);
        input.effectsHtml.insert(trial.id, effectsTable(results));
        verdicts += verdictItem(trial, results);
    }
    if (!verdicts.isEmpty())
        input.verdictsHtml =
            QStringLiteral("<section class=\"block\"><h2>%1</h2><ul class=\"verdicts\">"
                           "%2</ul></section>")
                .arg(escaped(VisitReport::tr("What was tried")), verdicts);
    input.effectsMethodHtml =
        QStringLiteral("<p class=\"small\">%1</p>")
            .arg(escaped(VisitReport::tr(
                "Effects compare the usual level in the days before each treatment "
                "(up to %n days) with the level on it, after its ramp-up, allowing "
                "for bad days that come in runs. Verdict: \u201cprobably helped\u201d "
                "or \u201cprobably made it worse\u201d when p < 0.05.",
                nullptr, baselineDays)));
    // Planned tests that overlap the period: the plan, today's phase and, once ended, the result.
    const QVector<PlannedTrialResult> planned = engine.plannedTrialResults();
    QString plans;
    for (int i = 0; i < planned.size(); ++i) {
        const PlannedTrial &p = engine.plannedTrials()[i];
        if (p.start <= to && p.lastDay() >= from)
            plans += InsightsPages::plannedTrialHtml(p, planned[i], engine.options().today, true);
    }
    if (!plans.isEmpty())
        input.effectsEndHtml = QStringLiteral("<h3>%1</h3>")
                                   .arg(escaped(VisitReport::tr(
                                       "Planned tests (ON and OFF periods in a random order)"))) +
                               plans;
    if (!verdicts.isEmpty() || !plans.isEmpty())
        input.effectsEndHtml +=
            QStringLiteral("<p class=\"small\">%1</p>").arg(escaped(trialEffectLimitsBrief()));
}

} // namespace fc
