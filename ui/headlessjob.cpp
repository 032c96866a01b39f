#include "ui/headlessjob.h"

#include "ui/jobs/commandlinejobs.h"

#include <QPointer>
#include <QTimer>
#include <cstdio>

namespace fc {

HeadlessJob::HeadlessJob(AppContext *context, const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_options(options)
{}

void HeadlessJob::finishWith(const JobResult &result)
{
    if (result.ok) {
        std::fprintf(stdout, "%s\n", qPrintable(result.message));
        std::fflush(stdout);
    } else {
        std::fprintf(stderr, "fibro-companion: %s\n", qPrintable(result.message));
        std::fflush(stderr);
    }
    emit finished(result.ok ? 0 : 1);
}

void HeadlessJob::start()
{
    // Queued so a caller can connect to finished() after start() returns.
    QTimer::singleShot(0, this, [this] {
        for (const CommandLineJob &job : commandLineJobs()) {
            if (!job.wanted(m_options))
                continue;
            QPointer<HeadlessJob> self(this);
            job.run(m_context, m_options, this, [self](const JobResult &result) {
                if (self)
                    self->finishWith(result);
            });
            return;
        }
        finishWith({false, QStringLiteral("This job is not available in this version.")});
    });
}

} // namespace fc
