#pragma once

#include "export/csvimportplan.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace fc {

// Shows what a CSV file would add (counts, duplicates, how it was read, every bad row with its
// line number) before anything is written. Import is offered only when no row is bad. With
// allowMapping(), it lists each symptom and treatment name of the file with what it becomes,
// and the person can make one stand for another of the journal's ("Tiredness" is Fatigue).
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    using Replan = std::function<CsvImportPlan(const CsvNameChoices &)>;

    CsvImportDialog(const QString &fileName, const CsvImportPlan &plan, QWidget *parent = nullptr);

    void allowMapping(const QVector<Symptom> &symptoms, const QVector<Treatment> &treatments,
                      Replan replan);
    // The plan as the person left it: the one to import.
    const CsvImportPlan &plan() const { return m_plan; }
    QTableWidget *mappingTable() const { return m_mappings; }
    QString detailsText() const;

private:
    void showPlan();
    void choose(int row, const QString &key);

    CsvImportPlan m_plan;
    CsvNameChoices m_choices;
    Replan m_replan;
    QLabel *m_headline;
    QLabel *m_mappingLabel;
    QTableWidget *m_mappings;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import = nullptr;
};

} // namespace fc
