#include "insights/insightsjson.h"

#include "core/atomicfile.h"
#include "insights/insightsengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace fc {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue day(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject trialEffectToJson(const TrialEffect &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("trial_id"), double(e.trialId));
    o.insert(QStringLiteral("treatment_key"), e.treatmentKey);
    o.insert(QStringLiteral("treatment"), e.treatmentName);
    o.insert(QStringLiteral("dose"), e.doseText);
    o.insert(QStringLiteral("symptom"), e.symptomKey);
    o.insert(QStringLiteral("symptom_name"), e.symptomName);
    o.insert(QStringLiteral("higher_is_better"), e.higherIsBetter);
    o.insert(QStringLiteral("baseline_from"), day(e.baselineFrom));
    o.insert(QStringLiteral("baseline_to"), day(e.baselineTo));
    o.insert(QStringLiteral("treatment_from"), day(e.treatmentFrom));
    o.insert(QStringLiteral("treatment_to"), day(e.treatmentTo));
    o.insert(QStringLiteral("baseline_n"), e.baselineN);
    o.insert(QStringLiteral("treatment_n"), e.treatmentN);
    o.insert(QStringLiteral("enough_data"), e.enoughData);
    o.insert(QStringLiteral("days_still_needed"), e.daysStillNeeded);
    o.insert(QStringLiteral("baseline_mean"), number(e.baselineMean));
    o.insert(QStringLiteral("treatment_mean"), number(e.treatmentMean));
    o.insert(QStringLiteral("difference"), number(e.difference));
    o.insert(QStringLiteral("percent"), number(e.percentChange));
    o.insert(QStringLiteral("ci_low"), number(e.ciLow));
    o.insert(QStringLiteral("ci_high"), number(e.ciHigh));
    o.insert(QStringLiteral("p"), number(e.p));
    o.insert(QStringLiteral("direction"),
             e.enoughData ? TrialEffect::directionName(e.direction) : QStringLiteral("unknown"));
    o.insert(QStringLiteral("verdict"), TrialEffect::verdictCode(e.verdict));
    o.insert(QStringLiteral("probability_important"), number(e.probabilityImportant));
    o.insert(QStringLiteral("important_change"), number(e.importantChange));
    o.insert(QStringLiteral("autocorrelation"), number(e.autocorrelation));
    o.insert(QStringLiteral("method"), QStringLiteral("ar1-level-shift"));
    o.insert(QStringLiteral("immpact"), e.clinicalLabel.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(e.clinicalLabel));
    o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(e.flags()));
    QJsonArray confounders;
    for (const Confounder &c : e.confounders)
        confounders.append(
            QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("text"), c.text}});
    o.insert(QStringLiteral("confounders"), confounders);
    o.insert(QStringLiteral("message"), e.message);
    o.insert(QStringLiteral("summary"), e.summary);
    o.insert(QStringLiteral("sentence"), e.sentence);
    if (e.study) {
        QJsonObject s;
        s.insert(QStringLiteral("article"), e.study->articleSlug);
        s.insert(QStringLiteral("url"),
                 QStringLiteral("fibro://app/article/") + e.study->articleSlug);
        s.insert(QStringLiteral("measure"), e.study->measure);
        s.insert(QStringLiteral("treatment_change_percent"),
                 number(e.study->treatmentChangePercent));
        s.insert(QStringLiteral("placebo_change_percent"),
                 e.study->placeboChangePercent ? number(*e.study->placeboChangePercent)
                                               : QJsonValue(QJsonValue::Null));
        s.insert(QStringLiteral("p"),
                 e.study->p ? number(*e.study->p) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("study"), s);
    } else {
        o.insert(QStringLiteral("study"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

QJsonObject plannedTrialToJson(const PlannedTrial &plan, const PlannedTrialResult &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("plan_id"), plan.id);
    o.insert(QStringLiteral("treatment_key"), plan.treatmentKey);
    o.insert(QStringLiteral("treatment"), r.treatmentName);
    o.insert(QStringLiteral("symptom"), plan.symptomKey);
    o.insert(QStringLiteral("symptom_name"), r.symptomName);
    o.insert(QStringLiteral("higher_is_better"), r.higherIsBetter);
    o.insert(QStringLiteral("start"), day(plan.start));
    o.insert(QStringLiteral("end"), day(plan.lastDay()));
    o.insert(QStringLiteral("stopped"),
             plan.stopped.isValid() ? QJsonValue(day(plan.stopped)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("period_days"), plan.periodDays);
    o.insert(QStringLiteral("pairs"), plan.pairs);
    o.insert(QStringLiteral("washout_days"), plan.washoutDays);
    o.insert(QStringLiteral("seed"), QString::number(plan.seed));
    o.insert(QStringLiteral("order"), plan.orderText());
    o.insert(QStringLiteral("status"), PlannedTrialResult::statusCode(r.status));
    o.insert(QStringLiteral("analysed_to"), day(r.analysedTo));
    o.insert(QStringLiteral("pairs_analysed"), r.pairsAnalysed);
    o.insert(QStringLiteral("on_days"), r.onDays);
    o.insert(QStringLiteral("off_days"), r.offDays);
    o.insert(QStringLiteral("on_mean"), number(r.onMean));
    o.insert(QStringLiteral("off_mean"), number(r.offMean));
    o.insert(QStringLiteral("difference"), number(r.difference));
    o.insert(QStringLiteral("percent"), number(r.percent));
    o.insert(QStringLiteral("p"), number(r.p));
    o.insert(QStringLiteral("orders"), r.orders);
    o.insert(QStringLiteral("smallest_p"), number(r.smallestP));
    o.insert(QStringLiteral("ci_low"), number(r.ciLow));
    o.insert(QStringLiteral("ci_high"), number(r.ciHigh));
    o.insert(QStringLiteral("direction"), TrialEffect::directionName(r.direction));
    o.insert(QStringLiteral("verdict"), TrialEffect::verdictCode(r.verdict));
    o.insert(QStringLiteral("method"), QStringLiteral("paired-randomization"));
    o.insert(QStringLiteral("summary"), r.summary);
    o.insert(QStringLiteral("sentence"), r.sentence);
    return o;
}

// What comes 0-3 days after more exertion or steps (PacingLags).
QJsonObject pacingJson(const PacingLags &lags)
{
    QJsonObject o;
    o.insert(QStringLiteral("enough_data"), lags.enoughData);
    o.insert(QStringLiteral("summary"), lags.summary);
    o.insert(QStringLiteral("sentence"), lags.sentence);
    o.insert(QStringLiteral("method"), QStringLiteral("circular-shift-max-t"));
    o.insert(QStringLiteral("shifts"), lags.shifts);
    QJsonArray findings;
    for (const PacingFinding &f : lags.findings) {
        QJsonObject item;
        item.insert(QStringLiteral("load"), f.loadKey.mid(f.loadKey.indexOf(u':') + 1));
        item.insert(QStringLiteral("outcome"), f.outcomeKey);
        item.insert(QStringLiteral("lag_days"), f.lag);
        item.insert(QStringLiteral("rho"), number(f.rho));
        QJsonArray byLag;
        for (double r : f.rhoByLag)
            byLag.append(number(r));
        item.insert(QStringLiteral("rho_by_lag"), byLag);
        item.insert(QStringLiteral("p_adjusted"), number(f.p));
        item.insert(QStringLiteral("days"), f.days);
        item.insert(QStringLiteral("clear"), f.clear);
        item.insert(QStringLiteral("sentence"), PacingLags::describe(f));
        findings.append(item);
    }
    o.insert(QStringLiteral("findings"), findings);
    return o;
}

QByteArray insightsJson(const InsightsEngine &engine, QDate from, QDate to)
{
    if (!to.isValid())
        to = engine.options().today;
    if (!from.isValid())
        from = InsightsPeriod::defaultFrom(to);
    QJsonArray results;
    for (const TrialEffect &e : engine.trialEffects())
        results.append(trialEffectToJson(e));
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("fibro-companion-insights"));
    // Version 2: p and the interval come from the AR(1) level-shift model, means are its levels,
    // and each result has a verdict (docs/insights.md).
    root.insert(QStringLiteral("version"), 2);
    root.insert(QStringLiteral("today"), day(engine.options().today));
    QJsonObject period;
    period.insert(QStringLiteral("from"), day(from));
    period.insert(QStringLiteral("to"), day(to));
    root.insert(QStringLiteral("period"), period);
    root.insert(QStringLiteral("baseline_days"), engine.options().baselineDays);
    root.insert(QStringLiteral("minimum_days"), TrialEffectOptions::minimumDays);
    root.insert(QStringLiteral("limits"), trialEffectLimits());
    root.insert(QStringLiteral("results"), results);
    QJsonArray planned;
    const QVector<PlannedTrialResult> plannedResults = engine.plannedTrialResults();
    for (int i = 0; i < plannedResults.size(); ++i)
        planned.append(plannedTrialToJson(engine.plannedTrials()[i], plannedResults[i]));
    root.insert(QStringLiteral("planned_trials"), planned);
    root.insert(QStringLiteral("questionnaires"),
                questionnairesJson(engine.fiqrAnswers(), engine.acr2016Answers()));
    const PacingFindings pacing = engine.pacing(from, to);
    QJsonObject lagFindings = pacingJson(pacing.lags);
    const PacingEnvelope &envelope = pacing.envelope;
    QJsonObject envelopeJson;
    envelopeJson.insert(QStringLiteral("found"), envelope.found);
    if (envelope.found) {
        envelopeJson.insert(QStringLiteral("load"),
                            envelope.loadKey.mid(envelope.loadKey.indexOf(u':') + 1));
        envelopeJson.insert(QStringLiteral("limit"), number(envelope.limit));
        envelopeJson.insert(QStringLiteral("bad_day_share_above"), number(envelope.riskAbove));
        envelopeJson.insert(QStringLiteral("bad_day_share_below"), number(envelope.riskBelow));
        envelopeJson.insert(QStringLiteral("days_above"), envelope.daysAbove);
        envelopeJson.insert(QStringLiteral("days_below"), envelope.daysBelow);
        envelopeJson.insert(QStringLiteral("p"), number(envelope.p));
        envelopeJson.insert(QStringLiteral("summary"), envelope.summary);
        envelopeJson.insert(QStringLiteral("sentence"), envelope.sentence);
    }
    lagFindings.insert(QStringLiteral("envelope"), envelopeJson);
    root.insert(QStringLiteral("lag_findings"), lagFindings);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Expected<int> writeInsightsJson(const InsightsEngine &engine, const QString &path,
                                const QDate &from, const QDate &to)
{
    const QByteArray json = insightsJson(engine, from, to);
    if (Result written = writeFileAtomically(path, json); !written)
        return written;
    return int(
        QJsonDocument::fromJson(json).object().value(QStringLiteral("results")).toArray().size());
}

} // namespace fc
