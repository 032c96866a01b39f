#pragma once

#include "ui/jobs/jobresult.h"

class QObject;

namespace fc {

class AppContext;
struct CommandLine;

// --export-pdf FILE --notes [--tag NAME] [--from] [--to]: the notes as a numbered PDF.
void notesPdfJob(AppContext *context, const CommandLine &commandLine, QObject *owner,
                 const JobDone &done);

} // namespace fc
