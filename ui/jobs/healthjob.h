#pragma once

#include "ui/jobs/jobresult.h"

namespace fc {

class AppContext;
struct CommandLine;

// --import-health FILE: reads a Gadgetbridge database or an Apple Health export, prints how far
// it got to stderr, then writes every day's values in one transaction (Ctrl+C before the end
// changes nothing).
JobResult importHealthJob(AppContext *context, const CommandLine &options);

} // namespace fc
