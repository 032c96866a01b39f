#include "export/csvfields.h"

#include <QRegularExpression>
#include <cmath>

namespace fc::csvfields {

std::optional<QDate> day(const QString &text, const QString &field, int line,
                         const CsvImportContext &context, CsvImportPlan &plan)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    const QDate d = shape.match(t).hasMatch() ? QDate::fromString(t, Qt::ISODate) : QDate();
    if (!d.isValid()) {
        error(plan, line,
              t.isEmpty() ? QStringLiteral("%1 is empty; expected a date as YYYY-MM-DD").arg(field)
                          : QStringLiteral("%1 \"%2\" is not a valid date (expected YYYY-MM-DD)")
                                .arg(field, t));
        return std::nullopt;
    }
    if (d > context.today) {
        error(plan, line, QStringLiteral("%1 %2 is in the future").arg(field, t));
        return std::nullopt;
    }
    return d;
}

std::optional<QTime> time(const QString &text, int line, CsvImportPlan &plan)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QTime();
    const QTime parsed = QTime::fromString(t, QStringLiteral("HH:mm"));
    if (!parsed.isValid()) {
        error(plan, line,
              QStringLiteral("time \"%1\" is not a valid time (expected HH:MM)").arg(t));
        return std::nullopt;
    }
    return parsed;
}

std::optional<double> number(const QString &text, const QString &field, double min, double max,
                             int line, CsvImportPlan &plan)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        error(plan, line,
              QStringLiteral("%1 must be a number from %2 to %3 (got \"%4\")")
                  .arg(field)
                  .arg(min)
                  .arg(max)
                  .arg(text.trimmed()));
        return std::nullopt;
    }
    return v;
}

std::optional<int> wholeNumber(const QString &text, const QString &field, int min, int max,
                               int line, CsvImportPlan &plan)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max) {
        error(plan, line,
              QStringLiteral("%1 must be a whole number from %2 to %3 (got \"%4\")")
                  .arg(field)
                  .arg(min)
                  .arg(max)
                  .arg(text.trimmed()));
        return std::nullopt;
    }
    return v;
}

namespace {

template<typename T> QString findKey(const QVector<T> &items, const QString &name)
{
    const QString wanted = name.trimmed();
    const QString asKey = keyFromName(wanted);
    for (const T &item : items)
        if (item.name.compare(wanted, Qt::CaseInsensitive) == 0 || item.key == asKey ||
            item.key == wanted)
            return item.key;
    return QString();
}

template<typename T>
QString unusedKey(const QString &base, const QVector<T> &known,
                  const QVector<CsvImportPlan::Item<T>> &added)
{
    auto taken = [&](const QString &key) {
        return std::any_of(known.cbegin(), known.cend(),
                           [&](const T &item) { return item.key == key; }) ||
               std::any_of(added.cbegin(), added.cend(), [&](const CsvImportPlan::Item<T> &item) {
                   return item.value.key == key;
               });
    };
    QString key = base;
    for (int n = 2; taken(key); ++n)
        key = base + QLatin1Char('_') + QString::number(n);
    return key;
}

} // namespace

QString symptomKeyFor(const QString &name, int line, const CsvImportContext &context,
                      CsvImportPlan &plan)
{
    QString key = findKey(context.symptoms, name);
    if (!key.isEmpty())
        return key;
    for (const auto &item : plan.symptoms)
        if (item.value.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return item.value.key;
    Symptom s;
    s.key = unusedKey(keyFromName(name).left(60), context.symptoms, plan.symptoms);
    s.name = name.trimmed().left(80);
    s.lowLabel = QStringLiteral("none");
    s.midLabel = QStringLiteral("moderate");
    s.highLabel = QStringLiteral("worst imaginable");
    plan.symptoms.append({s, line});
    return s.key;
}

QString treatmentKeyFor(const QString &name, const QString &unit, int line,
                        const CsvImportContext &context, CsvImportPlan &plan)
{
    QString key = findKey(context.treatments, name);
    if (!key.isEmpty())
        return key;
    for (const auto &item : plan.treatments)
        if (item.value.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return item.value.key;
    Treatment t;
    t.key = unusedKey(keyFromName(name).replace(QLatin1Char('_'), QLatin1Char('-')).left(76),
                      context.treatments, plan.treatments);
    t.name = name.trimmed().left(120);
    t.kind = QStringLiteral("other");
    t.defaultUnit = unit;
    plan.treatments.append({t, line});
    return t.key;
}

} // namespace fc::csvfields
