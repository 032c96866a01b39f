#pragma once

#include <QDate>

namespace fc {

// The period a finding over time is computed for when none is chosen: the last 90 days. The
// Insights open on it, the visit report and --insights-json default to it and Today uses it, so
// the same finding reads the same everywhere.
struct InsightsPeriod
{
    static constexpr int defaultDays = 90;
    static QDate defaultFrom(const QDate &to) { return to.addDays(-(defaultDays - 1)); }
};

} // namespace fc
