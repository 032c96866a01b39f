#pragma once

#include <QDate>
#include <QString>

namespace fc {

// Dates as every screen shows them, "2 Dec 2026" in the user's language: one style, so a
// screen never mixes "2026-12-02" with "2 December". Files and the command line keep ISO dates.
QString displayDateFormat();
QString displayDate(const QDate &day);

} // namespace fc
