#pragma once

#include "ui/jobs/jobresult.h"

namespace fc {

class AppContext;
struct CommandLine;

// --backup FILE and --restore FILE, each with a one-line summary of the journal.
JobResult backupJob(AppContext *context, const CommandLine &options);
JobResult restoreJob(AppContext *context, const CommandLine &options);

} // namespace fc
