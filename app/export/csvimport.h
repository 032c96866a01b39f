#pragma once

#include "export/csvimportplan.h"

#include <QByteArray>

namespace fc {

class JournalStore;

// Imports journal CSV files: ours (long and wide) and Flaredown's (per-user and long), found
// by their header. plan() changes nothing; apply() writes a plan without errors in one
// transaction, so either all of it is in the journal afterwards or none of it.
class CsvImport
{
public:
    static CsvImportPlan plan(const QByteArray &data, const JournalStore &store);
    static CsvImportPlan planFile(const QString &path, const JournalStore &store);
    static bool apply(const CsvImportPlan &plan, JournalStore &store, QString *error);
};

} // namespace fc
