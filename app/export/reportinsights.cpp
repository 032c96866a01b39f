#include "export/reportinsights.h"

#include "core/htmlpage.h"
#include "export/visitreport.h"
#include "insights/insightsengine.h"
#include "insights/insightspages.h"

#include <QLocale>

namespace fc {

namespace {

QString number(double v, int decimals = 1)
{
    return qIsNaN(v) ? QStringLiteral("—") : QLocale::c().toString(v, 'f', decimals);
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
            clear << VisitReport::tr("%1: %2 (%3 points, %4%)", "symptom: verdict (change)")
                         .arg(e.symptomName, e.verdictText(), number(e.difference),
                              number(e.percentChange, 0));
    }
    QStringList parts = clear;
    if (!unchanged.isEmpty())
        parts << VisitReport::tr("no clear change in %1").arg(unchanged.join(QStringLiteral(", ")));
    if (!waiting.isEmpty())
        parts << VisitReport::tr("not enough data yet for %1")
                     .arg(waiting.join(QStringLiteral(", ")));
    const QLocale locale;
    const QString dates =
        VisitReport::tr("%1 – %2", "trial dates")
            .arg(locale.toString(trial.start, QStringLiteral("d MMM yyyy")),
                 trial.stop.isValid() ? locale.toString(trial.stop, QStringLiteral("d MMM yyyy"))
                                      : VisitReport::tr("ongoing"));
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
    QStringList waiting;
    for (const TrialEffect &e : effects) {
        if (!e.enoughData) {
            waiting << escaped(e.symptomName);
            continue;
        }
        QString change = number(e.difference) + QStringLiteral(" (") + number(e.percentChange, 0) +
                         QStringLiteral("%)");
        if (!e.clinicalLabel.isEmpty() && e.verdict == TrialEffect::Verdict::Helped)
            change +=
                QStringLiteral("<br><span class=\"small\">%1</span>").arg(escaped(e.clinicalLabel));
        rows +=
            QStringLiteral(
                "<tr><td>%1</td><td class=\"num\">%2 (n %3)</td><td class=\"num\">%4 (n %5)"
                "</td><td class=\"num\">%6</td><td class=\"num\">%7 to %8</td>"
                "<td class=\"num\">%9</td><td>%10</td></tr>")
                .arg(escaped(e.symptomName), number(e.baselineMean), QString::number(e.baselineN),
                     number(e.treatmentMean), QString::number(e.treatmentN), change,
                     number(e.ciLow), number(e.ciHigh), pText(e.p))
                .arg(escaped(e.verdictText()));
    }
    QString html;
    if (!rows.isEmpty())
        html += QStringLiteral(
                    "<table><thead><tr><th>Symptom</th><th class=\"num\">Before</th>"
                    "<th class=\"num\">On treatment</th><th class=\"num\">Change</th>"
                    "<th class=\"num\">95% interval</th><th class=\"num\">P</th><th>Verdict</th>"
                    "</tr></thead><tbody>") +
                rows + QStringLiteral("</tbody></table>");
    for (const TrialEffect &e : effects)
        // A doctor reads the sentences for changes that matter; the table has the rest.
        if (e.enoughData && !e.sentence.isEmpty() &&
            (qAbs(e.percentChange) >= 10 || e.study.has_value()))
            html += QStringLiteral("<p>%1</p>").arg(escaped(e.sentence));
    QStringList notes;
    for (const TrialEffect &e : effects)
        if (e.enoughData)
            for (const Confounder &c : e.confounders)
                if (!notes.contains(c.text))
                    notes << c.text;
    for (const QString &n : std::as_const(notes))
        html += QStringLiteral("<p class=\"small\">Note: %1</p>").arg(escaped(n));
    if (!waiting.isEmpty())
        html += QStringLiteral("<p class=\"small\">Not enough data yet for: %1.</p>")
                    .arg(waiting.join(QStringLiteral(", ")));
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
            QStringLiteral("<section class=\"charts\"><h2>History</h2>"
                           "<p class=\"small\">Daily scores (dots) with the 7-day mean "
                           "(line); triangles mark crash days; bars under the axis are "
                           "treatments.</p><figure class=\"chart\">%1</figure></section>")
                .arg(engine.historySvg(keys, from, to, {}, ChartLayout::print()));

    QString effects;
    QString verdicts;
    for (const Trial &trial : engine.trials()) {
        if (!overlaps(trial, from, to))
            continue;
        const QVector<TrialEffect> results = engine.trialEffects(trial);
        effects +=
            QStringLiteral("<h3>%1</h3>").arg(escaped(trial.treatmentName)) + effectsTable(results);
        verdicts += verdictItem(trial, results);
    }
    if (!verdicts.isEmpty())
        input.verdictsHtml =
            QStringLiteral("<section class=\"block\"><h2>%1</h2><ul class=\"verdicts\">"
                           "%2</ul></section>")
                .arg(escaped(VisitReport::tr("What was tried")), verdicts);
    // Planned tests that overlap the period: the plan, today's phase and, once ended, the result.
    const QVector<PlannedTrialResult> planned = engine.plannedTrialResults();
    QString plans;
    for (int i = 0; i < planned.size(); ++i) {
        const PlannedTrial &p = engine.plannedTrials()[i];
        if (p.start <= to && p.lastDay() >= from)
            plans += InsightsPages::plannedTrialHtml(p, planned[i], engine.options().today);
    }
    if (!plans.isEmpty())
        effects +=
            QStringLiteral("<h3>Planned tests (ON and OFF periods in a random order)</h3>") + plans;
    if (!effects.isEmpty())
        input.effectsHtml =
            QStringLiteral("<section class=\"effects\"><h2>Treatment effects</h2>"
                           "<p class=\"small\">The usual level in the days before each "
                           "treatment (up to %1 days) compared with the level on it, after its "
                           "ramp-up, allowing for bad days that come in runs. Verdict: "
                           "\u201cprobably helped\u201d or \u201cprobably made it worse\u201d "
                           "when p &lt; 0.05.</p>")
                .arg(baselineDays) +
            effects +
            QStringLiteral("<p class=\"small\">%1</p></section>").arg(escaped(trialEffectLimits()));
}

} // namespace fc
