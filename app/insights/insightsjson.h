#pragma once

#include "core/result.h"

#include <QByteArray>
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
QByteArray insightsJson(const InsightsEngine &engine);
// Written atomically and owner-only; returns the number of results written.
Expected<int> writeInsightsJson(const InsightsEngine &engine, const QString &path);

} // namespace fc
