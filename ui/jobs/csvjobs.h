#pragma once

#include <QString>

namespace fc {

class AppContext;
struct CommandLine;

struct JobResult
{
    bool ok = false;
    QString message; // printed on stdout when ok, on stderr otherwise
};

// --export-csv FILE [--csv-layout long|wide]
JobResult exportCsvJob(AppContext *context, const CommandLine &options);
// --import-csv FILE: prints the preview summary; imports nothing when any row is bad.
JobResult importCsvJob(AppContext *context, const CommandLine &options);

} // namespace fc
