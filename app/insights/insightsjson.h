#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fc {

class InsightsEngine;
struct TrialEffect;

// Every trial × symptom result as JSON for scripting: numbers that cannot be computed are null.
QJsonObject trialEffectToJson(const TrialEffect &effect);
QByteArray insightsJson(const InsightsEngine &engine);
// Written atomically and owner-only; *resultCount gets the number of results written.
bool writeInsightsJson(const InsightsEngine &engine, const QString &path, QString *error,
                       int *resultCount = nullptr);

} // namespace fc
