#include "articleimportjob.h"

#include "appcontext.h"

#include <QDir>
#include <cstdio>

namespace fc {

int runArticleImportJob(AppContext *context, const QString &path)
{
    const ImportSummary summary = context->importArticles({QDir::current().absoluteFilePath(path)});
    const bool failed = summary.importedSlugs.isEmpty() && !summary.errors.isEmpty();
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
