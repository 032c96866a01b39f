#pragma once

#include "export/csvimportplan.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVector>

namespace fc {

class QuestionnaireStore;

// The long layout's rows of kinds fiqr, wpi, sss and sss_duration (docs/csv-format.md).
namespace questionnairecsv {

bool isQuestionnaireKind(const QString &kind);

// Rows (date, time, kind, name, value, unit, note) for every stored answer, by date.
QVector<QStringList> rows(const QuestionnaireStore &store);

// Collects a file's answer rows into answer sets, one per questionnaire and date, checking each
// value; finish() adds the sets to the plan.
class Reader
{
public:
    explicit Reader(CsvImportPlan &plan)
        : m_plan(plan)
    {}
    void row(const QDate &day, const QString &kind, const QString &name, const QString &value,
             int line);
    void finish();

private:
    CsvImportPlan &m_plan;
    QMap<QDate, CsvImportPlan::Item<FiqrAnswers>> m_fiqr;
    QMap<QDate, CsvImportPlan::Item<Acr2016Answers>> m_acr;
    QHash<QString, int> m_lines; // "day/kind/name" -> line
};

} // namespace questionnairecsv

} // namespace fc
