#pragma once

#include "journal/entities.h"
#include "journal/questionnaire.h"

#include <QString>
#include <QVector>

namespace fc {

// The Insights section's questionnaire part: FIQR (total and domains), WPI, SSS and FS over
// time as a table and two small line charts, with a plain sentence of first and latest values.
// Weekly or monthly answers give few points, so below three answer sets it says a trend needs
// more rather than drawing one.
// Trials are drawn as bars under the FIQR chart, on the same dates.
QString questionnaireTrendsHtml(const QVector<FiqrAnswers> &fiqr,
                                const QVector<Acr2016Answers> &acr,
                                const QVector<Trial> &trials = {});

// For a trial's page: the FIQR totals answered in the baselineDays before the trial started and
// those answered on it, described (counts, means, first and last) but not tested: weekly answers
// are too few and too far apart for the trial statistics. Empty when there are no FIQRs nearby.
QString trialQuestionnaireHtml(const Trial &trial, const QVector<FiqrAnswers> &fiqr,
                               int baselineDays, const QDate &today);

// The fewest answer sets a trend is drawn from.
constexpr int kMinimumTrendPoints = 3;

} // namespace fc
