#include "ui/jobs/insightsjob.h"

#include "core/commandline.h"
#include "insights/insightsengine.h"
#include "insights/insightsjson.h"
#include "ui/appcontext.h"

#include <QDir>

namespace fc {

JobResult insightsJsonJob(AppContext *context, const CommandLine &commandLine)
{
    const QString &path = commandLine.insightsJson;
    if (!context->journal().isOpen())
        return {false, JobText::tr("The journal is not open, so there are no insights to write.")};
    InsightsEngine::Options options;
    options.baselineDays = context->settings().baselineDays();
    const InsightsEngine engine =
        InsightsEngine::load(context->journal(), &context->library(), options);
    // --from and --to choose the period of the findings over time, as for the visit report.
    const Expected<int> written = writeInsightsJson(engine, path, commandLine.from, commandLine.to);
    if (!written)
        return {false, JobText::tr("Could not write %1: %2")
                           .arg(QDir::toNativeSeparators(path), written.message())};
    const int count = *written;
    return {true, JobText::tr("Wrote %1 %2 for %3 %4 to %5.")
                      .arg(count)
                      .arg(count == 1 ? QStringLiteral("result") : QStringLiteral("results"))
                      .arg(engine.trials().size())
                      .arg(engine.trials().size() == 1 ? QStringLiteral("trial")
                                                       : QStringLiteral("trials"))
                      .arg(QDir::toNativeSeparators(path))};
}

} // namespace fc
