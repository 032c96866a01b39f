#include "journal/trialdose.h"

#include <QLocale>

namespace fc {

DoseOnDay DoseOnDay::of(const Trial &trial, const QDate &day)
{
    DoseOnDay out{trial.dose, trial.unit, QDate()};
    // Changes are kept in date order, but a hand-edited or imported list may not be.
    for (const DoseChange &change : trial.doseChanges) {
        if (!change.day.isValid() || change.day > day)
            continue;
        if (out.since.isValid() && change.day < out.since)
            continue;
        out.dose = change.dose;
        out.unit = change.unit.isEmpty() ? trial.unit : change.unit;
        out.since = change.day;
    }
    return out;
}

QString formatDose(const std::optional<double> &dose, const QString &unit)
{
    if (!dose)
        return QString();
    // Up to three decimals, the trailing zeros dropped: 1.5, not 1.500; 200, not 200.000.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString number = locale.toString(*dose, 'f', 3);
    const QString point = locale.decimalPoint();
    if (number.contains(point)) {
        while (number.endsWith(locale.zeroDigit()))
            number.chop(1);
        if (number.endsWith(point))
            number.chop(point.size());
    }
    return unit.trimmed().isEmpty() ? number : number + u' ' + unit.trimmed();
}

QString formatDose(const DoseOnDay &dose)
{
    return formatDose(dose.dose, dose.unit);
}

} // namespace fc
