#pragma once

#include <QString>

namespace fc {

class AppContext;

// --insights-json FILE: every trial × symptom result of the open journal. On success *message
// says what was written, on failure what went wrong and where.
bool exportInsightsJson(AppContext &context, const QString &path, QString *message);

} // namespace fc
