#include "export/csvfields.h"

#include "journal/itemnames.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace fc::csvfields {

std::optional<QDate> day(const QString &text, const QString &field, int line,
                         const CsvImportContext &context, CsvImportPlan &plan)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    const QDate d = shape.match(t).hasMatch() ? QDate::fromString(t, Qt::ISODate) : QDate();
    if (!d.isValid()) {
        error(
            plan, line,
            t.isEmpty()
                ? CsvText::tr("%1 is empty; expected a date as YYYY-MM-DD").arg(field)
                : CsvText::tr("%1 \"%2\" is not a valid date (expected YYYY-MM-DD)").arg(field, t));
        return std::nullopt;
    }
    if (d > context.today) {
        error(plan, line, CsvText::tr("%1 %2 is in the future").arg(field, t));
        return std::nullopt;
    }
    return d;
}

int columnOf(const QStringList &header, const char *name)
{
    for (int i = 0; i < header.size(); ++i)
        if (header[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

void nameUnreadColumns(const QStringList &header, std::initializer_list<const char *> read,
                       CsvImportPlan &plan)
{
    QStringList unread;
    for (const QString &column : header) {
        const QString name = column.trimmed();
        const bool isRead = std::any_of(read.begin(), read.end(), [&](const char *known) {
            return name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0;
        });
        if (!isRead && !name.isEmpty())
            unread << QStringLiteral("\"%1\"").arg(name.left(60));
    }
    if (!unread.isEmpty())
        plan.remarks << CsvText::tr("not imported: column %1 (this importer does not know what "
                                    "it holds).",
                                    nullptr, int(unread.size()))
                            .arg(unread.mid(0, 20).join(QStringLiteral(", ")));
}

std::optional<double> clockHours(const QString &text)
{
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QString t = text.trimmed();
    if (const QRegularExpressionMatch m = clock.match(t); m.hasMatch())
        return m.captured(1).toInt() + m.captured(2).toInt() / 60.0;
    bool ok = false;
    const double hours = t.toDouble(&ok);
    return ok && std::isfinite(hours) ? std::optional<double>(hours) : std::nullopt;
}

QDate looseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})$"));
    static const QRegularExpression monthFirst(
        QStringLiteral("^([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$"));
    const QString t = text.trimmed();
    if (const QRegularExpressionMatch m = iso.match(t); m.hasMatch())
        return QDate::fromString(m.captured(1), Qt::ISODate);
    QString dayText, monthText, yearText;
    if (const QRegularExpressionMatch m = dayFirst.match(t); m.hasMatch()) {
        dayText = m.captured(1);
        monthText = m.captured(2);
        yearText = m.captured(3);
    } else if (const QRegularExpressionMatch m2 = monthFirst.match(t); m2.hasMatch()) {
        monthText = m2.captured(1);
        dayText = m2.captured(2);
        yearText = m2.captured(3);
    } else {
        return {};
    }
    // English month names, as the apps write them whatever the phone's language.
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = int(months.indexOf(monthText.left(3).toLower())) + 1;
    if (month == 0)
        return {};
    return {yearText.toInt(), month, dayText.toInt()};
}

QTime looseTime(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([AaPp]\\.?[Mm]\\.?)?$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    int hour = m.captured(1).toInt();
    const QString half = m.captured(3).toLower();
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (half.startsWith(QLatin1Char('p')) ? 12 : 0);
    }
    return {hour, m.captured(2).toInt()};
}

std::optional<QDate> checkedDay(const QDate &day, const QString &text, const QString &field,
                                int line, const CsvImportContext &context, CsvImportPlan &plan)
{
    if (!day.isValid()) {
        error(plan, line,
              text.trimmed().isEmpty()
                  ? CsvText::tr("%1 is empty").arg(field)
                  : CsvText::tr("%1 \"%2\" is not a date").arg(field, text.trimmed().left(40)));
        return std::nullopt;
    }
    if (day > context.today) {
        error(plan, line, CsvText::tr("%1 %2 is in the future").arg(field, text.trimmed()));
        return std::nullopt;
    }
    return day;
}

std::optional<QTime> time(const QString &text, int line, CsvImportPlan &plan)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QTime();
    const QTime parsed = QTime::fromString(t, QStringLiteral("HH:mm"));
    if (!parsed.isValid()) {
        error(plan, line, CsvText::tr("time \"%1\" is not a valid time (expected HH:MM)").arg(t));
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
              CsvText::tr("%1 must be a number from %2 to %3 (got \"%4\")")
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
              CsvText::tr("%1 must be a whole number from %2 to %3 (got \"%4\")")
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
    for (const T &item : items)
        if (item.name.compare(wanted, Qt::CaseInsensitive) == 0 || item.key == wanted)
            return item.key;
    for (const T &item : items)
        if (itemnames::names(wanted, item.key, item.name))
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

// The key a name stands for: the person's choice, the journal's item of that name, or one this
// import already adds; empty when it is new.
template<typename T>
QString knownKey(const QHash<QString, QString> &chosen, const QVector<T> &known,
                 const QVector<CsvImportPlan::Item<T>> &added, const QString &source)
{
    QString key = chosen.value(source);
    if (key.isEmpty())
        key = findKey(known, source);
    for (auto item = added.cbegin(); key.isEmpty() && item != added.cend(); ++item)
        if (item->value.name.compare(source, Qt::CaseInsensitive) == 0)
            key = item->value.key;
    return key;
}

// The first time a name is resolved, the preview learns what it became.
void noteMatch(CsvImportPlan &plan, CsvImportPlan::NameMatch::Kind kind, const QString &source,
               const QString &key, bool created)
{
    for (const CsvImportPlan::NameMatch &m : std::as_const(plan.matches))
        if (m.kind == kind && m.source == source)
            return;
    plan.matches.append({kind, source, key, created});
}

} // namespace

QString symptomKeyFor(const QString &name, int line, const CsvImportContext &context,
                      CsvImportPlan &plan, bool higherIsBetter)
{
    const QString source = name.trimmed();
    QString key = knownKey(context.choices.symptoms, context.symptoms, plan.symptoms, source);
    bool created = false;
    if (key.isEmpty()) {
        Symptom s;
        s.key = unusedKey(keyFromName(name).left(60), context.symptoms, plan.symptoms);
        s.name = source.left(80);
        s.higherIsBetter = higherIsBetter;
        s.lowLabel = higherIsBetter ? QStringLiteral("worst possible") : QStringLiteral("none");
        s.midLabel = higherIsBetter ? QStringLiteral("so-so") : QStringLiteral("moderate");
        s.highLabel =
            higherIsBetter ? QStringLiteral("best possible") : QStringLiteral("worst imaginable");
        plan.symptoms.append({s, line});
        key = s.key;
        created = true;
    }
    noteMatch(plan, CsvImportPlan::NameMatch::Kind::Symptom, source, key, created);
    return key;
}

QString treatmentKeyFor(const QString &name, const QString &unit, int line,
                        const CsvImportContext &context, CsvImportPlan &plan)
{
    const QString source = name.trimmed();
    QString key = knownKey(context.choices.treatments, context.treatments, plan.treatments, source);
    bool created = false;
    if (key.isEmpty()) {
        Treatment t;
        t.key = unusedKey(keyFromName(name).replace(QLatin1Char('_'), QLatin1Char('-')).left(76),
                          context.treatments, plan.treatments);
        t.name = source.left(120);
        t.kind = QStringLiteral("other");
        t.defaultUnit = unit;
        plan.treatments.append({t, line});
        key = t.key;
        created = true;
    }
    noteMatch(plan, CsvImportPlan::NameMatch::Kind::Treatment, source, key, created);
    return key;
}

} // namespace fc::csvfields
