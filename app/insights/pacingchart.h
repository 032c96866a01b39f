#pragma once

#include "insights/journalseries.h"
#include "insights/pacinglags.h"

#include <QDate>
#include <QString>

namespace fc {

// "What comes 1-3 days later" as a picture: the load's daily bars and the outcome's line over
// the last 90 days of from..to, each day of high load (its top fifth) joined by a dashed line to
// the outcome `lag` days later, where the finding says the link was strongest. Empty when the
// range holds no load.
QString pacingChartSvg(const JournalSeries &series, const PacingFinding &finding, QDate from,
                       const QDate &to);

} // namespace fc
