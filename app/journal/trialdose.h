#pragma once

#include "journal/entities.h"

#include <QDate>
#include <QString>
#include <optional>

namespace fc {

// The dose of a trial in effect on one day: the starting dose until the first change, then the
// latest change on or before that day (its unit, or the trial's when the change gives none).
struct DoseOnDay
{
    std::optional<double> dose;
    QString unit;
    QDate since; // the day of the change in effect; invalid for the starting dose

    static DoseOnDay of(const Trial &trial, const QDate &day);
};

// "1.5 mg", "200 mg", "0.125 g": a dose as a person writes it, without trailing zeros, in the
// app's locale; empty when no dose was given. Every screen, the report and the lists use it.
QString formatDose(const std::optional<double> &dose, const QString &unit);
QString formatDose(const DoseOnDay &dose);

} // namespace fc
