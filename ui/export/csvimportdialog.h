#pragma once

#include "export/csvimportplan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace fc {

// Shows what a CSV file would add (counts, duplicates, how it was read, every bad row with its
// line number) before anything is written. Import is offered only when no row is bad.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(const QString &fileName, const CsvImportPlan &plan, QWidget *parent = nullptr);

    QString detailsText() const;

private:
    QLabel *m_headline;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
};

} // namespace fc
