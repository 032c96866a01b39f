#include "ui/jobs/csvjobs.h"

#include "core/commandline.h"
#include "export/csvimport.h"
#include "export/csvimportplan.h"
#include "export/journalcsv.h"
#include "journal/journalstore.h"
#include "ui/appcontext.h"

#include <QDir>

namespace fc {

JobResult exportCsvJob(AppContext *context, const CommandLine &options)
{
    const bool wide = options.csvLayout == QLatin1String("wide");
    if (!wide && options.csvLayout != QLatin1String("long"))
        return {
            false,
            JobText::tr("Unknown --csv-layout \"%1\": use long or wide.").arg(options.csvLayout)};
    const Expected<int> rows = journalcsv::exportToFile(
        context->journal(), wide ? journalcsv::Layout::Wide : journalcsv::Layout::Long,
        options.exportCsv);
    if (!rows)
        return {false, rows.message()};
    return {true, JobText::tr("Wrote %1 (%2 layout, %3 rows).")
                      .arg(QDir::toNativeSeparators(options.exportCsv),
                           wide ? QStringLiteral("wide") : QStringLiteral("long"))
                      .arg(*rows)};
}

namespace {

// The journal's key for KEY given as a key or a name, or empty.
template<typename T> QString keyOf(const QVector<T> &items, const QString &keyOrName)
{
    for (const T &item : items)
        if (item.key == keyOrName || item.name.compare(keyOrName, Qt::CaseInsensitive) == 0)
            return item.key;
    return {};
}

// --map NAME=KEY into the choices the import plans with, or why one cannot be used.
QString choicesFrom(const CommandLine &options, const JournalStore &journal,
                    CsvNameChoices *choices)
{
    const QVector<Symptom> symptoms = journal.symptoms(true);
    const QVector<Treatment> treatments = journal.trials().treatments();
    for (const auto &[name, keyOrName] : options.csvMappings) {
        const QString symptom = keyOf(symptoms, keyOrName);
        const QString treatment = keyOf(treatments, keyOrName);
        if (symptom.isEmpty() && treatment.isEmpty())
            return JobText::tr("--map %1=%2: the journal has no symptom or treatment \"%2\". "
                               "Give the key or the name of one it has.")
                .arg(name.left(80), keyOrName.left(80));
        if (!symptom.isEmpty())
            choices->symptoms.insert(name, symptom);
        if (!treatment.isEmpty())
            choices->treatments.insert(name, treatment);
    }
    return {};
}

// A mapping for a name the file does not have is most likely a typo: say so rather than import
// without it.
QString unusedMapping(const CommandLine &options, const CsvImportPlan &plan)
{
    for (const auto &[name, keyOrName] : options.csvMappings) {
        bool used = false;
        for (const CsvImportPlan::NameMatch &match : plan.matches)
            used = used || match.source == name;
        if (!used)
            return JobText::tr("--map %1=%2: the file has no name \"%1\" (names are given as "
                               "the file writes them).")
                .arg(name.left(80), keyOrName.left(80));
    }
    return {};
}

} // namespace

JobResult importCsvJob(AppContext *context, const CommandLine &options)
{
    CsvNameChoices choices;
    if (const QString problem = choicesFrom(options, context->journal(), &choices);
        !problem.isEmpty())
        return {false, problem};
    const CsvImportPlan plan = CsvImport::planFile(options.importCsv, context->journal(), choices);
    const QString summary = plan.summary();
    if (!plan.errors.isEmpty())
        return {false, JobText::tr("%1 was not imported.\n%2")
                           .arg(QDir::toNativeSeparators(options.importCsv), summary)};
    if (const QString problem = unusedMapping(options, plan); !problem.isEmpty())
        return {false, JobText::tr("%1 was not imported. %2\n%3")
                           .arg(QDir::toNativeSeparators(options.importCsv), problem, summary)};
    if (plan.isEmpty())
        return {true, JobText::tr("Nothing new to import from %1.\n%2")
                          .arg(QDir::toNativeSeparators(options.importCsv), summary)};
    if (const Result imported = CsvImport::apply(plan, context->journal()); !imported)
        return {false,
                JobText::tr("%1 was not imported: %2\n%3")
                    .arg(QDir::toNativeSeparators(options.importCsv), imported.message(), summary)};
    return {
        true,
        JobText::tr("Imported %1.\n%2").arg(QDir::toNativeSeparators(options.importCsv), summary)};
}

} // namespace fc
