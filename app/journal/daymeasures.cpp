#include "journal/daymeasures.h"

#include "journal/journaldatabase.h"
#include "storage/sqlerror.h"
#include "storage/writetransaction.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace fc {

const QVector<DayMeasures::Kind> &DayMeasures::kinds()
{
    // Ranges wide enough for every real day and narrow enough to catch a wrong unit (a heart
    // rate in beats per hour, sleep in minutes).
    static const QVector<Kind> list{
        {steps, 200000, true, "steps"},   {restingHeartRate, 250, true, "bpm"},
        {hrv, 500, false, "ms"},          {sleepHours, 24, false, "h"},
        {exertionPhysical, 10, true, ""}, {exertionMental, 10, true, ""},
        {exertionSocial, 10, true, ""},   {uprightHours, 24, false, "h"},
    };
    return list;
}

const DayMeasures::Kind *DayMeasures::kind(const QString &name)
{
    for (const Kind &k : kinds())
        if (name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

QString DayMeasures::label(const QString &name)
{
    if (name == QLatin1String(steps))
        return tr("Steps");
    if (name == QLatin1String(restingHeartRate))
        return tr("Resting heart rate");
    if (name == QLatin1String(hrv))
        return tr("Heart rate variability");
    if (name == QLatin1String(sleepHours))
        return tr("Hours asleep");
    if (name == QLatin1String(exertionPhysical))
        return tr("Physical exertion");
    if (name == QLatin1String(exertionMental))
        return tr("Mental exertion");
    if (name == QLatin1String(exertionSocial))
        return tr("Social and emotional exertion");
    if (name == QLatin1String(uprightHours))
        return tr("Hours upright");
    return name;
}

QString DayMeasures::valueText(const QString &name, double value)
{
    const Kind *k = kind(name);
    QString number = QLocale().toString(value, 'f', !k || k->wholeNumber ? 0 : 1);
    if (!k)
        return number;
    const QString unit = QLatin1String(k->unit);
    return unit.isEmpty() ? tr("%1 of 10").arg(number) : number + u' ' + unit;
}

QString DayMeasures::check(const QString &name, double value)
{
    const Kind *k = kind(name);
    if (!k)
        return tr("unknown measure \"%1\" (steps, resting_heart_rate, hrv, sleep_hours, "
                  "exertion_physical, exertion_mental, exertion_social or upright_hours)")
            .arg(name.left(40));
    if (!std::isfinite(value) || value < 0 || value > k->maximum)
        return tr("%1 must be from 0 to %2, not %3").arg(name).arg(k->maximum).arg(value);
    if (k->wholeNumber && value != std::floor(value))
        return tr("%1 must be a whole number, not %2").arg(name).arg(value);
    return QString();
}

Expected<MeasureWrite> DayMeasures::save(const QVector<DayMeasure> &values)
{
    for (const DayMeasure &m : values) {
        if (!m.day.isValid())
            return fail(tr("A value of %1 has no valid day.").arg(m.name));
        if (const QString problem = check(m.name, m.value); !problem.isEmpty())
            return fail(
                tr("%1 on %2: %3").arg(label(m.name), m.day.toString(Qt::ISODate), problem));
    }
    if (!m_database->isOpen())
        return fail(tr("The journal is not open, so nothing was saved."));
    MeasureWrite counts;
    const QSqlDatabase db = m_database->db();
    const Result written = WriteTransaction::run(db, [&]() -> Result {
        QSqlQuery read(db);
        read.prepare(QStringLiteral("SELECT value FROM day_measure WHERE day = ? AND name = ?"));
        QSqlQuery write(db);
        write.prepare(QStringLiteral("INSERT OR REPLACE INTO day_measure (day, name, value, source)"
                                     " VALUES (?, ?, ?, ?)"));
        for (const DayMeasure &m : values) {
            const QString day = m.day.toString(Qt::ISODate);
            read.addBindValue(day);
            read.addBindValue(m.name);
            if (!read.exec())
                return fail(describeSqlError(read.lastError(), tr("read the daily measures")));
            if (read.next()) {
                const bool same = read.value(0).toDouble() == m.value;
                read.finish();
                if (same) {
                    ++counts.unchanged;
                    continue;
                }
                ++counts.changed;
            } else {
                ++counts.added;
            }
            write.addBindValue(day);
            write.addBindValue(m.name);
            write.addBindValue(m.value);
            write.addBindValue(m.source.left(40));
            if (!write.exec())
                return fail(describeSqlError(write.lastError(),
                                             tr("save %1 of %2").arg(label(m.name), day)));
        }
        return {};
    });
    if (!written)
        return written;
    return counts;
}

Result DayMeasures::remove(const QDate &day, const QString &name)
{
    const QSqlDatabase db = m_database->db();
    return WriteTransaction::run(db, [&]() -> Result {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM day_measure WHERE day = ? AND name = ?"));
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(name);
        if (!q.exec())
            return fail(describeSqlError(q.lastError(), tr("remove %1").arg(label(name))));
        return {};
    });
}

namespace {

QVector<DayMeasure> readAll(QSqlQuery &q)
{
    QVector<DayMeasure> out;
    while (q.next())
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                    q.value(2).toDouble(), q.value(3).toString()});
    return out;
}

} // namespace

QVector<DayMeasure> DayMeasures::values(const QDate &from, const QDate &to,
                                        const QString &name) const
{
    QSqlQuery q(m_database->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, name, value, source FROM day_measure"
                             " WHERE day BETWEEN ? AND ? AND (? = '' OR name = ?)"
                             " ORDER BY day, name"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(name.isNull() ? QStringLiteral("") : name);
    q.addBindValue(name.isNull() ? QStringLiteral("") : name);
    if (!q.exec())
        return {};
    return readAll(q);
}

std::optional<double> DayMeasures::value(const QDate &day, const QString &name) const
{
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("SELECT value FROM day_measure WHERE day = ? AND name = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toDouble();
}

QStringList DayMeasures::names() const
{
    QSqlQuery q(m_database->db());
    QSet<QString> present;
    if (q.exec(QStringLiteral("SELECT DISTINCT name FROM day_measure")))
        while (q.next())
            present.insert(q.value(0).toString());
    QStringList out;
    for (const Kind &k : kinds())
        if (present.contains(QLatin1String(k.name)))
            out << QLatin1String(k.name);
    return out;
}

QVector<DayMeasure> DayMeasures::all() const
{
    QSqlQuery q(m_database->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT day, name, value, source FROM day_measure"
                               " ORDER BY day, name")))
        return {};
    return readAll(q);
}

} // namespace fc
