#include "insights/journalseries.h"

#include "journal/daymeasures.h"
#include "journal/journalstore.h"

#include <QSqlQuery>
#include <QtNumeric>

namespace fc {

JournalSeries JournalSeries::build(const QVector<CheckIn> &checkIns,
                                   const QVector<Symptom> &symptoms, QDate from, QDate to)
{
    JournalSeries s;
    s.m_symptoms = symptoms;
    for (const CheckIn &c : checkIns) {
        if (!c.day.isValid())
            continue;
        if (!s.m_firstLogged.isValid() || c.day < s.m_firstLogged)
            s.m_firstLogged = c.day;
        if (!s.m_lastLogged.isValid() || c.day > s.m_lastLogged)
            s.m_lastLogged = c.day;
    }
    if (!from.isValid())
        from = s.m_firstLogged;
    if (!to.isValid())
        to = s.m_lastLogged;
    if (!from.isValid() || !to.isValid() || to < from) {
        for (const Symptom &sym : symptoms)
            s.m_values.insert(sym.key, {});
        s.m_values.insert(hoursSleptKey(), {});
        return s;
    }
    s.m_first = from;
    s.m_days = int(from.daysTo(to)) + 1;
    const QVector<double> empty(s.m_days, qQNaN());
    for (const Symptom &sym : symptoms)
        s.m_values.insert(sym.key, empty);
    s.m_values.insert(hoursSleptKey(), empty);
    s.m_crash = QVector<bool>(s.m_days, false);
    s.m_logged = QVector<bool>(s.m_days, false);
    s.m_firstLogged = QDate();
    s.m_lastLogged = QDate();

    QVector<double> &hours = s.m_values[hoursSleptKey()];
    for (const CheckIn &c : checkIns) {
        const int i = s.indexOf(c.day);
        if (i < 0)
            continue;
        s.m_logged[i] = true;
        s.m_crash[i] = c.crash;
        if (!s.m_firstLogged.isValid() || c.day < s.m_firstLogged)
            s.m_firstLogged = c.day;
        if (!s.m_lastLogged.isValid() || c.day > s.m_lastLogged)
            s.m_lastLogged = c.day;
        if (c.hoursSlept)
            hours[i] = *c.hoursSlept;
        for (auto it = c.scores.constBegin(); it != c.scores.constEnd(); ++it) {
            // Scores of a symptom the journal no longer lists (deleted) have no series.
            auto series = s.m_values.find(it.key());
            if (series != s.m_values.end() && it.key() != hoursSleptKey())
                (*series)[i] = it.value();
        }
    }
    return s;
}

JournalSeries JournalSeries::load(const JournalStore &store, const QDate &to, const QDate &from)
{
    JournalSeries s;
    s.m_symptoms = store.symptoms(true);
    QSqlDatabase db = const_cast<JournalStore &>(store).database().db();
    // SQLite's julianday() counts from noon, QDate's Julian day number is the whole civil day.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT CAST(julianday(day) + 0.5 AS INTEGER), hours_slept, crash "
                          "FROM checkin ORDER BY day"));
    struct Row
    {
        qint64 jd;
        double hours;
        bool crash;
    };
    QVector<Row> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).isNull() ? qQNaN() : q.value(1).toDouble(),
                     q.value(2).toBool()});
    if (!rows.isEmpty()) {
        s.m_firstLogged = QDate::fromJulianDay(rows.constFirst().jd);
        s.m_lastLogged = QDate::fromJulianDay(rows.constLast().jd);
    }
    QDate first = s.m_firstLogged.isValid() ? s.m_firstLogged : to;
    if (from.isValid() && from < first)
        first = from;
    QDate last = to.isValid() ? to : s.m_lastLogged;
    if (s.m_lastLogged.isValid() && s.m_lastLogged > last)
        last = s.m_lastLogged;
    if (!first.isValid() || !last.isValid() || last < first) {
        for (const Symptom &sym : s.m_symptoms)
            s.m_values.insert(sym.key, {});
        s.m_values.insert(hoursSleptKey(), {});
        return s;
    }
    s.m_first = first;
    s.m_days = int(first.daysTo(last)) + 1;
    const qint64 firstJd = first.toJulianDay();
    QVector<double> hours(s.m_days, qQNaN());
    s.m_crash = QVector<bool>(s.m_days, false);
    s.m_logged = QVector<bool>(s.m_days, false);
    for (const Row &r : rows) {
        const qint64 i = r.jd - firstJd;
        if (i < 0 || i >= s.m_days)
            continue;
        s.m_logged[i] = true;
        s.m_crash[i] = r.crash;
        hours[i] = r.hours;
    }
    QHash<qint64, QVector<double>> byId;
    for (const Symptom &sym : s.m_symptoms)
        byId.insert(sym.id, QVector<double>(s.m_days, qQNaN()));
    QSqlQuery scores(db);
    scores.setForwardOnly(true);
    scores.exec(QStringLiteral("SELECT CAST(julianday(checkin.day) + 0.5 AS INTEGER), "
                               "score.symptom_id, score.value FROM score JOIN checkin ON "
                               "checkin.id = score.checkin_id"));
    qint64 lastId = -1;
    QVector<double> *target = nullptr;
    while (scores.next()) {
        const qint64 id = scores.value(1).toLongLong();
        if (id != lastId) {
            const auto it = byId.find(id);
            target = it == byId.end() ? nullptr : &*it;
            lastId = id;
        }
        const qint64 i = scores.value(0).toLongLong() - firstJd;
        if (target && i >= 0 && i < s.m_days)
            (*target)[i] = scores.value(2).toDouble();
    }
    for (const Symptom &sym : s.m_symptoms)
        s.m_values.insert(sym.key, byId.value(sym.id));
    s.m_values.insert(hoursSleptKey(), hours);
    // The daily measures that have values in the span, each a series of its own.
    QSqlQuery measures(db);
    measures.setForwardOnly(true);
    measures.exec(QStringLiteral("SELECT CAST(julianday(day) + 0.5 AS INTEGER), name, value "
                                 "FROM day_measure ORDER BY name"));
    while (measures.next()) {
        const qint64 i = measures.value(0).toLongLong() - firstJd;
        if (i < 0 || i >= s.m_days)
            continue;
        auto series = s.m_values.find(measureKey(measures.value(1).toString()));
        if (series == s.m_values.end())
            series = s.m_values.insert(measureKey(measures.value(1).toString()),
                                       QVector<double>(s.m_days, qQNaN()));
        (*series)[i] = measures.value(2).toDouble();
    }
    return s;
}

int JournalSeries::indexOf(const QDate &day) const
{
    if (!m_first.isValid() || !day.isValid())
        return -1;
    const qint64 i = m_first.daysTo(day);
    return i >= 0 && i < m_days ? int(i) : -1;
}

const Symptom *JournalSeries::symptom(const QString &key) const
{
    for (const Symptom &s : m_symptoms) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QString JournalSeries::displayName(const QString &key) const
{
    if (key == hoursSleptKey())
        return QStringLiteral("Hours slept");
    if (isMeasureKey(key))
        return DayMeasures::label(key.mid(8));
    const Symptom *s = symptom(key);
    return s ? s->name : key;
}

bool JournalSeries::higherIsBetter(const QString &key) const
{
    if (key == hoursSleptKey())
        return true;
    const Symptom *s = symptom(key);
    return s && s->higherIsBetter;
}

const QVector<double> &JournalSeries::values(const QString &key) const
{
    static const QVector<double> none;
    const auto it = m_values.constFind(key);
    return it == m_values.constEnd() ? none : *it;
}

double JournalSeries::value(const QString &key, const QDate &day) const
{
    const int i = indexOf(day);
    const QVector<double> &v = values(key);
    return i >= 0 && i < v.size() ? v[i] : qQNaN();
}

QVector<double> JournalSeries::window(const QString &key, const QDate &from, const QDate &to) const
{
    QVector<double> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    const int n = int(from.daysTo(to)) + 1;
    out.reserve(n);
    const QVector<double> &v = values(key);
    const int start = m_first.isValid() ? int(m_first.daysTo(from)) : 0;
    for (int k = 0; k < n; ++k) {
        const int i = start + k;
        out.append(m_first.isValid() && i >= 0 && i < v.size() ? v[i] : qQNaN());
    }
    return out;
}

bool JournalSeries::isCrash(const QDate &day) const
{
    const int i = indexOf(day);
    return i >= 0 && m_crash[i];
}

bool JournalSeries::isLogged(const QDate &day) const
{
    const int i = indexOf(day);
    return i >= 0 && m_logged[i];
}

} // namespace fc
