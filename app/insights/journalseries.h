#pragma once

#include "journal/entities.h"

#include <QDate>
#include <QHash>
#include <QVector>

namespace fc {

class JournalStore;

// The journal as one value per calendar day and series, so windows and charts can index days
// directly. A day without a value is NaN: never 0, which is a real score.
class JournalSeries
{
public:
    // Key of the hours-slept series, beside the symptom keys.
    static QString hoursSleptKey() { return QStringLiteral("hours-slept"); }
    // Key of a daily measure's series (exertion, steps, ...): "measure:steps".
    static QString measureKey(const QString &name) { return QStringLiteral("measure:") + name; }
    static bool isMeasureKey(const QString &key) { return key.startsWith(u"measure:"); }

    // Covers from..to (both inclusive); check-ins outside are ignored. An invalid from/to is
    // taken from the first/last check-in.
    static JournalSeries build(const QVector<CheckIn> &checkIns, const QVector<Symptom> &symptoms,
                               QDate from = QDate(), QDate to = QDate());

    // Reads the journal straight into day arrays: much cheaper than building CheckIn records for
    // ten years of diary. Covers the first check-in (or from, if earlier) to to.
    static JournalSeries load(const JournalStore &store, const QDate &to,
                              const QDate &from = QDate());

    QDate first() const { return m_first; }
    QDate last() const { return m_first.isValid() ? m_first.addDays(m_days - 1) : QDate(); }
    int dayCount() const { return m_days; }
    bool isEmpty() const { return m_days == 0; }
    int indexOf(const QDate &day) const; // -1 when outside

    const QVector<Symptom> &symptoms() const { return m_symptoms; }
    const Symptom *symptom(const QString &key) const;
    bool hasSeries(const QString &key) const { return m_values.contains(key); }
    QString displayName(const QString &key) const;
    // Whether higher values are the better ones (sleep quality, mood, hours slept).
    bool higherIsBetter(const QString &key) const;

    // Values for every day from first() to last(); empty when the key is unknown.
    const QVector<double> &values(const QString &key) const;
    double value(const QString &key, const QDate &day) const;
    // Values of from..to, NaN for days outside the journal's span.
    QVector<double> window(const QString &key, const QDate &from, const QDate &to) const;
    bool isCrash(const QDate &day) const;
    bool isLogged(const QDate &day) const; // any check-in that day
    QDate firstLogged() const { return m_firstLogged; }
    QDate lastLogged() const { return m_lastLogged; }

private:
    QDate m_first;
    int m_days = 0;
    QVector<Symptom> m_symptoms;
    QHash<QString, QVector<double>> m_values;
    QVector<bool> m_crash;
    QVector<bool> m_logged;
    QDate m_firstLogged;
    QDate m_lastLogged;
};

} // namespace fc
