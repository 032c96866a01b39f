#pragma once

#include "ui/jobs/jobresult.h"

namespace fc {

class AppContext;
struct CommandLine;

// --import-articles PATH: imports a file or a folder and says what came in and what did not;
// fails when any file was refused, even if others came in.
JobResult importArticlesJob(AppContext *context, const CommandLine &options);

} // namespace fc
