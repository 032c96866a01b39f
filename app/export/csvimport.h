#pragma once

#include "core/result.h"
#include "export/csvimportplan.h"

#include <QByteArray>
#include <QCoreApplication>

namespace fc {

class JournalStore;

// Imports journal CSV files: ours (long and wide) and Flaredown's (per-user and long), found
// by their header. plan() changes nothing; apply() writes a plan without errors in one
// transaction, so either all of it is in the journal afterwards or none of it.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(fc::CsvImport)

public:
    // choices: names the person mapped by hand in the preview.
    static CsvImportPlan plan(const QByteArray &data, const JournalStore &store,
                              const CsvNameChoices &choices = {});
    static CsvImportPlan planFile(const QString &path, const JournalStore &store,
                                  const CsvNameChoices &choices = {});
    // The bytes of a CSV file to plan from, or false with the reason in *failure (a file that
    // cannot be read, or one over the size limit, which is not read at all).
    static bool readFile(const QString &path, QByteArray *data, CsvImportPlan *failure);
    static Result apply(const CsvImportPlan &plan, JournalStore &store);
};

} // namespace fc
