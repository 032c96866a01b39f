#include "jobs/csvjobs.h"

#include "appcontext.h"
#include "core/commandline.h"
#include "export/csvimport.h"
#include "export/journalcsv.h"

#include <QDir>

namespace fc {

JobResult exportCsvJob(AppContext *context, const CommandLine &options)
{
    const bool wide = options.csvLayout == QLatin1String("wide");
    if (!wide && options.csvLayout != QLatin1String("long"))
        return {false, QStringLiteral("Unknown --csv-layout \"%1\": use long or wide.")
                           .arg(options.csvLayout)};
    QString error;
    int rows = 0;
    if (!journalcsv::exportToFile(context->journal(),
                                  wide ? journalcsv::Layout::Wide : journalcsv::Layout::Long,
                                  options.exportCsv, &error, &rows))
        return {false, error};
    return {true, QStringLiteral("Wrote %1 (%2 layout, %3 rows).")
                      .arg(QDir::toNativeSeparators(options.exportCsv),
                           wide ? QStringLiteral("wide") : QStringLiteral("long"))
                      .arg(rows)};
}

JobResult importCsvJob(AppContext *context, const CommandLine &options)
{
    const CsvImportPlan plan = CsvImport::planFile(options.importCsv, context->journal());
    const QString summary = plan.summary();
    if (!plan.errors.isEmpty())
        return {false, QStringLiteral("%1 was not imported.\n%2")
                           .arg(QDir::toNativeSeparators(options.importCsv), summary)};
    if (plan.isEmpty())
        return {true, QStringLiteral("Nothing new to import from %1.\n%2")
                          .arg(QDir::toNativeSeparators(options.importCsv), summary)};
    QString error;
    if (!CsvImport::apply(plan, context->journal(), &error))
        return {false, QStringLiteral("%1 was not imported: %2\n%3")
                           .arg(QDir::toNativeSeparators(options.importCsv), error, summary)};
    return {true, QStringLiteral("Imported %1.\n%2")
                      .arg(QDir::toNativeSeparators(options.importCsv), summary)};
}

} // namespace fc
