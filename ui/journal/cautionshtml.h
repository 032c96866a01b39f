#pragma once

#include "journal/trialcautions.h"

#include <QString>

namespace fc {

// The cautions as the trial and plan dialogs show them: conflicts in bold, the articles' words
// quoted with their titles, and "Discuss this with your doctor." Empty when there are none.
QString cautionsHtml(const QString &treatmentName, const TrialCautions &cautions);

} // namespace fc
