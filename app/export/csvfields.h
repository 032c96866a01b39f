#pragma once

#include "export/csvimportplan.h"

#include <QDate>
#include <QTime>
#include <initializer_list>
#include <optional>

namespace fc::csvfields {

// Field parsers shared by the import layouts. Each returns nullopt and records an issue naming
// the line, the field and what was expected.
std::optional<QDate> day(const QString &text, const QString &field, int line,
                         const CsvImportContext &context, CsvImportPlan &plan);
std::optional<QTime> time(const QString &text, int line, CsvImportPlan &plan);
// A date as other apps write it: 2020-09-22 (also with a time after it), 22nd Sep 2020,
// 22 September 2020, Sep 22, 2020. Invalid when it is none of these; the caller reports it.
QDate looseDate(const QString &text);
// 23:54, 11:54 pm, 11:54 PM; invalid when it is none of these.
QTime looseTime(const QString &text);
// "day" checks for the future and records an issue, for a date already parsed.
std::optional<QDate> checkedDay(const QDate &day, const QString &text, const QString &field,
                                int line, const CsvImportContext &context, CsvImportPlan &plan);
std::optional<double> number(const QString &text, const QString &field, double min, double max,
                             int line, CsvImportPlan &plan);
std::optional<int> wholeNumber(const QString &text, const QString &field, int min, int max,
                               int line, CsvImportPlan &plan);

// The index of the column named name (ignoring case and surrounding spaces), or -1.
int columnOf(const QStringList &header, const char *name);
// Names, in one remark of the preview, every column of the header that is not among those the
// layout reads ("not imported: column X"), so nothing in a file is dropped without a word.
void nameUnreadColumns(const QStringList &header, std::initializer_list<const char *> read,
                       CsvImportPlan &plan);
// A length of time as trackers write it: "7:30" (hours and minutes) or "7.5"; nullopt otherwise.
std::optional<double> clockHours(const QString &text);

// The key of the symptom called name (matched by key or name, ignoring case) in the journal or
// among the plan's new symptoms; otherwise adds a user symptom to the plan and returns its key.
// A new symptom rated "higher is better" (mood, energy) gets labels that say so.
QString symptomKeyFor(const QString &name, int line, const CsvImportContext &context,
                      CsvImportPlan &plan, bool higherIsBetter = false);
// The same for treatments.
QString treatmentKeyFor(const QString &name, const QString &unit, int line,
                        const CsvImportContext &context, CsvImportPlan &plan);

inline void error(CsvImportPlan &plan, int line, const QString &message)
{
    plan.addError(line, message);
}

} // namespace fc::csvfields
