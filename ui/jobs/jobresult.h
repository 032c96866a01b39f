#pragma once

#include <QString>
#include <functional>

namespace fc {

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
