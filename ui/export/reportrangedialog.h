#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace fc {

// Asks for the visit report's date range; the last 90 days by default.
class ReportRangeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportRangeDialog(QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace fc
