#include "articleimportjob.h"

#include "appcontext.h"

#include <QDir>
#include <QEventLoop>
#include <cstdio>

namespace fc {

int runArticleImportJob(AppContext *context, const QString &path)
{
    const ImportSummary summary = context->importArticles({QDir::current().absoluteFilePath(path)});
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
    std::FILE *out = failed ? stderr : stdout;
    std::fprintf(out, "%s%s\n", failed ? "fibro-companion: " : "", qPrintable(text));
    std::fflush(out);
    return failed ? 1 : 0;
}

} // namespace fc
