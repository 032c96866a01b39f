#pragma once

#include "ui/jobs/jobresult.h"

namespace fc {

class AppContext;
struct CommandLine;

// --insights-json FILE: every trial × symptom result of the open journal; says what was
// written, or what went wrong and where.
JobResult insightsJsonJob(AppContext *context, const CommandLine &commandLine);

} // namespace fc
