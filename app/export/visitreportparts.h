#pragma once

// Pieces of the visit report shared by its source files; not for use elsewhere.

#include "journal/entities.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace fc {

struct VisitReportInput;

namespace reportparts {

QString shortDate(const QDate &day); // "3 Oct"
QString oneDecimal(double value);    // "4.5", or a dash when there is no value
// The scores of one symptom on the check-ins from..to.
QVector<double> scoresIn(const VisitReportInput &in, const QString &key, const QDate &from,
                         const QDate &to);

// The symptoms' means, sleep, crash days and hard days week by week (four weeks by four weeks
// for long ranges), as much of it as input.detail allows.
QString weeklySection(const VisitReportInput &input, const QVector<Symptom> &symptoms);

// Each trial with its dates, dose, doses taken, side effects and effects on the symptoms; then
// planned tests and what the method cannot tell.
QString treatmentsSection(const VisitReportInput &input);

// The latest FIQR and ACR 2016 scores of the period with the change since the answers before it,
// the latest body map and the citations; empty when the period has no answers.
QString questionnairesSection(const VisitReportInput &input);

} // namespace reportparts
} // namespace fc
