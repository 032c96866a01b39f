#include "insights/insightspages.h"

#include "core/htmlpage.h"
#include "insights/pacingchart.h"
#include "insights/questionnairetrends.h"
#include "insights/svgtext.h"

#include <QLocale>
#include <cmath>

namespace fc {

namespace {

// Large type draws the charts on a narrower canvas: shown at the same width, their labels and
// marks come out larger, and the chart lays its legend out for that width.
ChartLayout chartLayoutFor(const PageStyle &style)
{
    ChartLayout layout;
    if (style.largeType)
        layout.width = 560;
    return layout;
}

QString pageHtml(const QString &title, const QString &body, const PageStyle &style)
{
    HtmlPage page;
    page.title = title;
    page.bodyHtml = body;
    page.stylesheets = {QStringLiteral("fibro://app/web/article.css"),
                        QStringLiteral("fibro://app/web/insights.css")};
    page.htmlClasses = style.htmlClasses();
    return page.toHtml();
}

QString trialHeading(const Trial &t)
{
    // The dose taken now (or at the end) leads; the one it started on follows the changes.
    const QString dose =
        formatDose(DoseOnDay::of(t, t.stop.isValid() ? t.stop : QDate::currentDate()));
    QString period =
        QStringLiteral("%1 to %2")
            .arg(svg::day(t.start),
                 t.stop.isValid() ? svg::day(t.stop) : QStringLiteral("now (ongoing)"));
    QString meta = dose.isEmpty() ? period : dose + QStringLiteral(" · ") + period;
    if (t.rampUpDays > 0)
        meta += QStringLiteral(" · first %1 days are ramp-up and not counted").arg(t.rampUpDays);
    if (!t.doseChanges.isEmpty() && t.dose)
        meta += QStringLiteral(" · started on %1").arg(formatDose(t.dose, t.unit));
    for (const DoseChange &c : t.doseChanges)
        meta += QStringLiteral(" · %1 from %2")
                    .arg(formatDose(c.dose, c.unit.isEmpty() ? t.unit : c.unit), svg::day(c.day));
    return QStringLiteral("<p class=\"trial-meta\">%1</p>").arg(escaped(meta));
}

// The CSS class of a result block: its border and badge colour (insights.css).
QString verdictClass(TrialEffect::Verdict verdict)
{
    switch (verdict) {
    case TrialEffect::Verdict::Helped:
        return QStringLiteral("better");
    case TrialEffect::Verdict::Worse:
        return QStringLiteral("worse");
    case TrialEffect::Verdict::NoClearChange:
        return QStringLiteral("same");
    case TrialEffect::Verdict::NotEnoughData:
        break;
    }
    return QStringLiteral("pending");
}

QString limitsHtml()
{
    return QStringLiteral("<p class=\"limits\"><strong>Limits.</strong> %1</p>")
        .arg(escaped(trialEffectLimits()));
}

// "What comes 1-3 days later": the sentence, then each load and outcome with its correlation at
// every lag, the strongest marked.
QString pacingHtml(const PacingLags &lags, const PacingEnvelope &envelope, const QString &chart)
{
    QString html = QStringLiteral("<section aria-labelledby=\"pacing\"><h2 id=\"pacing\">What "
                                  "comes 1-3 days later</h2><p class=\"sentence\">%1</p>")
                       .arg(escaped(lags.summary));
    if (envelope.found)
        html +=
            QStringLiteral("<p class=\"sentence envelope\">%1</p>").arg(escaped(envelope.summary));
    if (!chart.isEmpty())
        html += QStringLiteral("<figure class=\"chart\">%1</figure>").arg(chart);
    if (lags.enoughData && !lags.findings.isEmpty()) {
        // What a doctor reads in the report, word for word, behind the everyday sentence.
        html += QStringLiteral("<details><summary>The numbers, for your doctor</summary><p>%1</p>")
                    .arg(escaped(lags.sentence));
        if (envelope.found)
            html += QStringLiteral("<p>%1</p>").arg(escaped(envelope.sentence));
        html += QStringLiteral("<table class=\"lags\"><caption>How strongly each went with more "
                               "of the load (rank correlation ρ: 0 is no link, 1 is always "
                               "worse)</caption><thead><tr><th scope=\"col\">After more</th>"
                               "<th scope=\"col\">Worse</th><th scope=\"col\">Same day</th>"
                               "<th scope=\"col\" aria-label=\"1 day later\">+1 day</th>"
                               "<th scope=\"col\" aria-label=\"2 days later\">+2</th>"
                               "<th scope=\"col\" aria-label=\"3 days later\">+3</th>"
                               "<th scope=\"col\">Link</th><th scope=\"col\">As strong by "
                               "chance</th></tr></thead><tbody>");
        for (const PacingFinding &f : lags.findings) {
            html += QStringLiteral("<tr%1><th scope=\"row\">%2</th><td>%3</td>")
                        .arg(f.clear ? QStringLiteral(" class=\"clear\"") : QString(),
                             escaped(f.loadName), escaped(f.outcomeName));
            for (int lag = 0; lag <= PacingLags::maximumLag; ++lag) {
                const double r = f.rhoByLag.value(lag, qQNaN());
                const QString text =
                    std::isfinite(r) ? QLocale().toString(r, 'f', 2) : QStringLiteral("–");
                html += lag == f.lag ? QStringLiteral("<td><strong>%1</strong></td>").arg(text)
                                     : QStringLiteral("<td>%1</td>").arg(text);
            }
            // "No clear link" in words first: a bare "100%" read as certainty.
            html += QStringLiteral("<td>%1</td><td>%2% of shifted diaries</td></tr>")
                        .arg(escaped(PacingLags::strengthWords(f)),
                             QLocale().toString(std::max(1, int(std::lround(f.p * 100)))));
        }
        html += QStringLiteral("</tbody></table><p class=\"method\">As strong by chance: how "
                               "often a link at least this strong came up when the load was "
                               "shifted against the rest of your diary by two weeks or more, so "
                               "that runs of alike days and trying every lag and pairing are "
                               "allowed for. A high share means no link. Your own days; not "
                               "advice.</p></details>");
    }
    return html + QStringLiteral("</section>");
}

} // namespace

QString InsightsPages::trialUrl(qint64 trialId)
{
    return QStringLiteral("fibro://app/insights/trial-%1").arg(trialId);
}

QString InsightsPages::plannedTrialHtml(const PlannedTrial &plan, const PlannedTrialResult &r,
                                        const QDate &today, bool forDoctor)
{
    const QString status = verdictClass(r.verdict);
    const QString badge =
        r.status == PlannedTrialResult::Status::Running      ? QStringLiteral("running")
        : r.status == PlannedTrialResult::Status::NotStarted ? QStringLiteral("not started")
                                                             : TrialEffect::verdictText(r.verdict);
    QString html = QStringLiteral("<div class=\"effect %1\"><h3>Test of %2 on %3 · <span "
                                  "class=\"badge\">%4</span></h3>")
                       .arg(status, escaped(r.treatmentName), escaped(r.symptomName.toLower()),
                            escaped(badge));
    html += QStringLiteral("<p class=\"trial-meta\">%1 pairs of %2-day periods (washout: %3) · "
                           "%4 to %5 · order drawn at random: %6</p>")
                .arg(plan.pairs)
                .arg(plan.periodDays)
                .arg(plan.washoutDays == 0 ? QStringLiteral("none")
                     : plan.washoutDays == 1
                         ? QStringLiteral("first day of each period")
                         : QStringLiteral("first %1 days of each period").arg(plan.washoutDays))
                .arg(svg::day(plan.start), svg::day(plan.lastDay()), escaped(plan.orderText()));
    const QString phase = plan.phaseText(today);
    if (!phase.isEmpty())
        html += QStringLiteral("<p><strong>Today: %1.</strong></p>").arg(escaped(phase));
    if (forDoctor || r.summary == r.sentence) {
        html += QStringLiteral("<p class=\"sentence\">%1</p>").arg(escaped(r.sentence));
        if (r.summary == r.sentence)
            return html + QStringLiteral("</div>");
    } else {
        html += QStringLiteral("<p class=\"sentence\">%1</p>").arg(escaped(r.summary));
        html += QStringLiteral("<details><summary>The numbers, for your doctor</summary><p>%1</p>")
                    .arg(escaped(r.sentence));
    }
    if (std::isfinite(r.p))
        html += QStringLiteral("<table class=\"numbers\"><tbody><tr><th scope=\"row\">ON "
                               "periods</th><td>%1 (%2 days)</td></tr><tr><th scope=\"row\">OFF "
                               "periods</th><td>%3 (%4 days)</td></tr><tr><th scope=\"row\">"
                               "ON minus OFF</th><td>%5 · 95% interval %6 to %7 · p %8 "
                               "(randomization, %9 orders)</td></tr></tbody></table>")
                    .arg(svg::num1(r.onMean))
                    .arg(r.onDays)
                    .arg(svg::num1(r.offMean))
                    .arg(r.offDays)
                    .arg(signedPointsText(r.difference), signedPointsText(r.ciLow),
                         signedPointsText(r.ciHigh), QLocale::c().toString(r.p, 'f', 3))
                    .arg(r.orders);
    return html + (forDoctor ? QStringLiteral("</div>") : QStringLiteral("</details></div>"));
}

QString InsightsPages::effectHtml(const TrialEffect &e)
{
    // The badge is the verdict in words; the direction of the score itself is in the numbers
    // and the sentence, so "better" is never drawn next to a score that went down.
    const QString status = verdictClass(e.verdict);
    const QString badge = e.verdictText();
    QString html = QStringLiteral("<div class=\"effect %1\"><p class=\"effect-head\"><strong>%2"
                                  "</strong> <span class=\"badge\">%3</span>")
                       .arg(status, escaped(e.symptomName), escaped(badge));
    html += QStringLiteral("</p>");
    // Everyday words first; the statistics are for the doctor, one click away.
    html += QStringLiteral("<p class=\"sentence\">%1</p>").arg(escaped(e.summary));
    // What to keep in mind goes with a result; a symptom still waiting for days has none yet
    // (the visit report leaves them out the same way).
    if (e.enoughData && !e.confounders.isEmpty()) {
        html += QStringLiteral("<p class=\"flags-title\">Take this result with care:</p>"
                               "<ul class=\"flags\">");
        for (const Confounder &c : e.confounders)
            html += QStringLiteral("<li>%1</li>").arg(escaped(c.text));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<details><summary>The numbers, for your doctor</summary>");
    if (e.enoughData)
        html += QStringLiteral("<p>%1</p>").arg(escaped(e.sentence));
    // The IMMPACT size of a change only means something once the change is clear.
    if (!e.clinicalLabel.isEmpty() && e.verdict == TrialEffect::Verdict::Helped)
        html += QStringLiteral("<p>IMMPACT: %1.</p>").arg(escaped(e.clinicalLabel));
    html += QStringLiteral("<table class=\"numbers\"><thead><tr><th scope=\"col\"></th>"
                           "<th scope=\"col\">Before (baseline)</th><th scope=\"col\">On treatment"
                           "</th></tr></thead><tbody>");
    html +=
        QStringLiteral("<tr><th scope=\"row\">Days</th><td>%1 – %2</td><td>%3</td></tr>")
            .arg(svg::day(e.baselineFrom), svg::day(e.baselineTo),
                 e.treatmentLength > 0
                     ? svg::day(e.treatmentFrom) + QStringLiteral(" – ") + svg::day(e.treatmentTo)
                     : QStringLiteral("from %1").arg(svg::day(e.treatmentFrom)));
    html += QStringLiteral("<tr><th scope=\"row\">Logged</th><td>%1 of %2 days</td>"
                           "<td>%3 of %4 days</td></tr>")
                .arg(e.baselineN)
                .arg(e.baselineLength)
                .arg(e.treatmentN)
                .arg(e.treatmentLength);
    if (e.enoughData) {
        html += QStringLiteral("<tr><th scope=\"row\">Level</th><td>%1</td><td>%2</td></tr>")
                    .arg(svg::num1(e.baselineMean), svg::num1(e.treatmentMean));
        QString change = signedPointsText(e.difference);
        if (std::isfinite(e.percentChange))
            change += QStringLiteral(" (%1)").arg(signedPercentText(e.percentChange));
        html +=
            QStringLiteral("<tr><th scope=\"row\">Change</th><td colspan=\"2\">%1 · 95% interval "
                           "%2 to %3 · p %4</td></tr>")
                .arg(change, signedPointsText(e.ciLow), signedPointsText(e.ciHigh),
                     std::isfinite(e.p)
                         ? (e.p < 0.001 ? QStringLiteral("< 0.001")
                                        : QStringLiteral("= ") + QLocale::c().toString(e.p, 'f', 3))
                         : QStringLiteral("–"));
        if (std::isfinite(e.probabilityImportant))
            html += QStringLiteral("<tr><th scope=\"row\">Chance of a 30% improvement</th>"
                                   "<td colspan=\"2\">%1%</td></tr>")
                        .arg(qRound(100 * e.probabilityImportant));
    }
    html += QStringLiteral("</tbody></table>");
    // The study's own figure beside its wording, so the line is never a label without a number.
    if (e.study && std::isfinite(e.study->treatmentChangePercent))
        html += QStringLiteral("<p class=\"study-ref\">In the study in <a href=\"fibro://app/"
                               "article/%1\">%2</a>: %3 %4 (%5).</p>")
                    .arg(escaped(e.study->articleSlug), escaped(e.study->articleTitle),
                         escaped(e.symptomName.toLower()),
                         e.study->treatmentChangePercent <= 0
                             ? QStringLiteral("fell %1%")
                                   .arg(svg::num1(std::abs(e.study->treatmentChangePercent)))
                             : QStringLiteral("rose %1%")
                                   .arg(svg::num1(e.study->treatmentChangePercent)),
                         escaped(e.study->measure));
    html += QStringLiteral("</details></div>");
    return html;
}

QString InsightsPages::overview(const InsightsEngine &engine, const InsightsViewState &state,
                                const PageStyle &style)
{
    QStringList keys;
    for (const QString &k : state.symptomKeys) {
        if (engine.series().hasSeries(k))
            keys << k;
    }
    if (keys.isEmpty() && !engine.symptomKeys().isEmpty())
        keys << engine.symptomKeys().constFirst();
    const auto [from, to] = engine.chartRange(state.range, state.customFrom, state.customTo);
    const QDate rangeFrom = engine.range(state.range, state.customFrom, state.customTo).first;

    QString body =
        QStringLiteral("<main class=\"insights\"><h1>Insights</h1>"
                       "<p class=\"disclaimer\">Your own diary in numbers. They describe "
                       "what happened on your days; they are not medical advice.</p>");
    body += QStringLiteral("<section aria-labelledby=\"history\"><h2 id=\"history\">Symptom "
                           "history</h2><p class=\"range\">%1 to %2%3</p>")
                .arg(svg::day(from), svg::day(to),
                     (from > rangeFrom ? QStringLiteral(" · nothing logged before") : QString()) +
                         (from.daysTo(to) + 1 > ChartBuilder::maxDailyDays
                              ? QStringLiteral(" · points are weekly means")
                              : QString()));
    if (engine.series().firstLogged().isValid())
        body += QStringLiteral("<figure class=\"chart\">%1</figure>")
                    .arg(engine.historySvg(keys, from, to, {}, chartLayoutFor(style)));
    else
        body += QStringLiteral("<p class=\"empty\">Nothing logged yet. Charts appear after your "
                               "first check-ins (Journal → Today's check-in).</p>");
    body += QStringLiteral("</section>");

    body += QStringLiteral("<section aria-labelledby=\"trials\"><h2 id=\"trials\">Did a "
                           "treatment help?</h2>");
    const QVector<PlannedTrialResult> planned = engine.plannedTrialResults();
    for (int i = 0; i < planned.size(); ++i)
        body += plannedTrialHtml(engine.plannedTrials()[i], planned[i], engine.options().today);
    if (engine.trials().isEmpty())
        body += QStringLiteral("<p class=\"empty\">No treatment trials yet. Add one in the Journal "
                               "to compare the days before it with the days on it.</p>");
    QStringList effectKeys = keys;
    effectKeys.removeAll(JournalSeries::hoursSleptKey());
    if (!engine.trials().isEmpty() && effectKeys.isEmpty())
        body += QStringLiteral("<p class=\"empty\">Choose a symptom on the left to see how it "
                               "changed on each treatment.</p>");
    for (int i = int(engine.trials().size()) - 1; i >= 0; --i) {
        const Trial &t = engine.trials()[i];
        body += QStringLiteral("<article class=\"trial\"><h3><a href=\"%1\">%2</a></h3>%3")
                    .arg(trialUrl(t.id), escaped(t.treatmentName), trialHeading(t));
        for (const QString &k : effectKeys)
            body += effectHtml(engine.trialEffect(t, k));
        body += QStringLiteral("</article>");
    }
    body += QStringLiteral("</section>");

    const SeriesCorrelation c =
        engine.correlation(state.correlationX, state.correlationY, state.lag, from, to);
    body += QStringLiteral("<section aria-labelledby=\"relations\"><h2 id=\"relations\">%1 and %2"
                           "</h2><p class=\"range\">%3 to %4, %5</p><p class=\"sentence\">%6</p>")
                .arg(escaped(c.xName), escaped(c.yName.toLower()), svg::day(from), svg::day(to),
                     c.lag == 0 ? QStringLiteral("same day")
                                : QStringLiteral("%1 compared with %2 %3 day(s) later")
                                      .arg(escaped(c.xName), escaped(c.yName.toLower()))
                                      .arg(c.lag),
                     escaped(c.enoughData ? c.summary : c.sentence));
    if (c.enoughData)
        body += QStringLiteral("<details><summary>The numbers, for your doctor</summary><p>%1</p>"
                               "</details><figure class=\"chart scatter\">%2</figure>")
                    .arg(escaped(c.sentence), engine.scatterSvg(c));
    body += QStringLiteral("</section>");
    // Over the period chosen, not the charted days: the report and the JSON of the same period
    // compute exactly this.
    const PacingFindings pacing = engine.pacing(rangeFrom, to);
    body += pacingHtml(pacing.lags, pacing.envelope,
                       pacing.lags.enoughData && !pacing.lags.findings.isEmpty()
                           ? pacingChartSvg(engine.series(), pacing.lags.findings.first(), from, to)
                           : QString());
    body += questionnaireTrendsHtml(engine.fiqrAnswers(), engine.acr2016Answers(), engine.trials());
    body += limitsHtml() + QStringLiteral("</main>");
    return pageHtml(QStringLiteral("Insights"), body, style);
}

QString InsightsPages::trialSummary(const InsightsEngine &engine, qint64 trialId,
                                    const PageStyle &style)
{
    const Trial *t = engine.trial(trialId);
    if (!t)
        return QString();
    const QVector<TrialEffect> effects = engine.trialEffects(*t);
    QString body = QStringLiteral("<main class=\"insights\"><p class=\"back\"><a href=\""
                                  "fibro://app/insights/overview\">← Insights</a></p><h1>%1</h1>%2")
                       .arg(escaped(t->treatmentName), trialHeading(*t));
    const QDate from = t->start.addDays(-engine.options().baselineDays);
    QDate to = t->stop.isValid() ? t->stop.addDays(14) : engine.options().today;
    to = qMin(to, qMax(engine.options().today, t->start));
    QVector<ChartBand> bands;
    if (!effects.isEmpty()) {
        const TrialEffect &e = effects.constFirst();
        bands.append({e.baselineFrom, e.baselineTo, QStringLiteral("baseline"), false});
        if (e.treatmentLength > 0)
            bands.append({e.treatmentFrom, e.treatmentTo, QStringLiteral("compared"), true});
    }
    body +=
        QStringLiteral("<figure class=\"chart\">%1</figure>")
            .arg(engine.historySvg(engine.symptomKeys(), from, to, bands, chartLayoutFor(style)));
    for (const TrialEffect &e : effects)
        body += effectHtml(e);
    body += trialQuestionnaireHtml(*t, engine.fiqrAnswers(), engine.options().baselineDays,
                                   engine.options().today);
    const QString slug = engine.articleSlug(t->treatmentKey);
    if (!slug.isEmpty())
        body += QStringLiteral("<p><a href=\"fibro://app/article/%1\">Read the article about %2"
                               "</a></p>")
                    .arg(escaped(slug), escaped(t->treatmentName));
    body += limitsHtml() + QStringLiteral("</main>");
    return pageHtml(t->treatmentName, body, style);
}

} // namespace fc
