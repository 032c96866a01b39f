#include "ui/jobs/articleimportjob.h"

#include "core/commandline.h"
#include "ui/appcontext.h"

#include <QDir>
#include <QEventLoop>

namespace fc {

JobResult importArticlesJob(AppContext *context, const CommandLine &options)
{
    const ImportSummary summary =
        context->importArticles({QDir::current().absoluteFilePath(options.importArticles)});
    // A big folder is indexed in the background: the job waits, so that search finds the new
    // articles as soon as the app starts (a round can start another for files added meanwhile).
    while (context->isIndexing()) {
        QEventLoop loop;
        QObject::connect(context, &AppContext::articleIndexReady, &loop, &QEventLoop::quit);
        if (context->isIndexing())
            loop.exec();
    }
    // Any file refused is a failure a script must see, even when others came in.
    const bool failed = !summary.errors.isEmpty();
    QString text = summary.text();
    if (!summary.importedSlugs.isEmpty())
        text += QStringLiteral("\nNow in the library: ") +
                summary.importedSlugs.join(QStringLiteral(", "));
    return {!failed, text};
}

} // namespace fc
