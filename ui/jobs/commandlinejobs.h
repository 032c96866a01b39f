#pragma once

#include "ui/jobs/jobresult.h"

#include <QVector>

class QObject;

namespace fc {

class AppContext;
struct CommandLine;

// One thing the command line can do without a window. Every job has the same shape: it reads
// what it needs from the options and calls done exactly once; owner parents anything it keeps
// alive until then.
struct CommandLineJob
{
    const char *option; // the option that asks for it, as in --help
    bool (*wanted)(const CommandLine &options);
    void (*run)(AppContext *context, const CommandLine &options, QObject *owner,
                const JobDone &done);
};

// Every job, looked for in this order. parseCommandLine() lets at most one be wanted.
const QVector<CommandLineJob> &commandLineJobs();

} // namespace fc
