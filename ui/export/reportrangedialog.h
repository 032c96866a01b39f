#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;

namespace fc {

// Asks for the visit report's date range; by default the latest 90 days that hold check-ins
// (see VisitReport::defaultTo).
class ReportRangeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportRangeDialog(const QDate &lastCheckIn = {}, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace fc
