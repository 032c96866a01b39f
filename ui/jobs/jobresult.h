#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace fc {

// The translation context of the jobs' messages.
struct JobText
{
    Q_DECLARE_TR_FUNCTIONS(fc::CommandLineJobs)
};

// What a command-line job did: the message goes to stdout when ok, to stderr otherwise, and the
// exit status is 0 or 1.
struct JobResult
{
    bool ok = false;
    QString message;
};

// Called once when a job is done: at once for most, later for those that print a PDF.
using JobDone = std::function<void(const JobResult &)>;

} // namespace fc
