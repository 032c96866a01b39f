#pragma once

#include "journal/questionnaire.h"

#include <QString>
#include <QVector>

namespace fc {

// The Insights section's questionnaire part: FIQR (total and domains), WPI, SSS and FS over
// time as a table and two small line charts, with a plain sentence of first and latest values.
// Weekly or monthly answers give few points, so below three answer sets it says a trend needs
// more rather than drawing one.
QString questionnaireTrendsHtml(const QVector<FiqrAnswers> &fiqr,
                                const QVector<Acr2016Answers> &acr);

// The fewest answer sets a trend is drawn from.
constexpr int kMinimumTrendPoints = 3;

} // namespace fc
