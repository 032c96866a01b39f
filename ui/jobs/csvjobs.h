#pragma once

#include "ui/jobs/jobresult.h"

namespace fc {

class AppContext;
struct CommandLine;

// --export-csv FILE [--csv-layout long|wide]
JobResult exportCsvJob(AppContext *context, const CommandLine &options);
// --import-csv FILE: prints the preview summary; imports nothing when any row is bad.
JobResult importCsvJob(AppContext *context, const CommandLine &options);

} // namespace fc
