#pragma once

#include <QDate>

namespace fc {

class ArticleLibrary;
class JournalStore;
struct VisitReportInput;

// Adds the insights sections to a visit report: the symptom history charts and the treatment
// effects of every trial that overlaps the report's range, with what they cannot tell.
void addInsightsToReport(VisitReportInput &input, const JournalStore &store,
                         const ArticleLibrary *library, int baselineDays, const QDate &from,
                         const QDate &to);

} // namespace fc
