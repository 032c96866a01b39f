#pragma once

#include "core/commandline.h"

#include <QObject>

namespace fc {

class AppContext;
struct JobResult;

// Runs the one command-line job the options ask for (from commandLineJobs()) without a window
// and reports an exit status: 0 done, 1 failed (with a message on stderr).
class HeadlessJob : public QObject
{
    Q_OBJECT
public:
    HeadlessJob(AppContext *context, const CommandLine &options, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    void finishWith(const JobResult &result);

    AppContext *m_context;
    CommandLine m_options;
};

} // namespace fc
