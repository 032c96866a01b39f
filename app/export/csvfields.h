#pragma once

#include "export/csvimportplan.h"

#include <QDate>
#include <QTime>
#include <optional>

namespace fc::csvfields {

// Field parsers shared by the import layouts. Each returns nullopt and records an issue naming
// the line, the field and what was expected.
std::optional<QDate> day(const QString &text, const QString &field, int line,
                         const CsvImportContext &context, CsvImportPlan &plan);
std::optional<QTime> time(const QString &text, int line, CsvImportPlan &plan);
std::optional<double> number(const QString &text, const QString &field, double min, double max,
                             int line, CsvImportPlan &plan);
std::optional<int> wholeNumber(const QString &text, const QString &field, int min, int max,
                               int line, CsvImportPlan &plan);

// The key of the symptom called name (matched by key or name, ignoring case) in the journal or
// among the plan's new symptoms; otherwise adds a user symptom to the plan and returns its key.
QString symptomKeyFor(const QString &name, int line, const CsvImportContext &context,
                      CsvImportPlan &plan);
// The same for treatments.
QString treatmentKeyFor(const QString &name, const QString &unit, int line,
                        const CsvImportContext &context, CsvImportPlan &plan);

inline void error(CsvImportPlan &plan, int line, const QString &message)
{
    plan.errors.append({line, message});
}

} // namespace fc::csvfields
