#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace fc {

class InsightsEngine;
struct TrialEffect;
struct PlannedTrial;
struct PlannedTrialResult;

// Every trial × symptom result as JSON for scripting: numbers that cannot be computed are null.
QJsonObject trialEffectToJson(const TrialEffect &effect);
// A planned n-of-1 test with its analysis (plan, order, status, randomization p, verdict).
QJsonObject plannedTrialToJson(const PlannedTrial &plan, const PlannedTrialResult &result);
// Findings over time (what came 1-3 days later, the limit) are for from..to; without them, the
// last InsightsPeriod::defaultDays up to the engine's today, as the Insights open.
QByteArray insightsJson(const InsightsEngine &engine, QDate from = QDate(), QDate to = QDate());
// Written atomically and owner-only; returns the number of results written.
Expected<int> writeInsightsJson(const InsightsEngine &engine, const QString &path,
                                const QDate &from = QDate(), const QDate &to = QDate());

} // namespace fc
