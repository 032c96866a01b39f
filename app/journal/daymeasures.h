#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace fc {

class JournalDatabase;

// One day's value of a daily measure, as stored and as the CSV long layout writes it (kind
// "measure", the name, the value).
struct DayMeasure
{
    QDate day;
    QString name;
    double value = 0;
    QString source; // "check-in", "gadgetbridge", "apple-health", "csv"

    bool operator==(const DayMeasure &o) const
    {
        return day == o.day && name == o.name && value == o.value && source == o.source;
    }
};

// How a batch of values changed the journal.
struct MeasureWrite
{
    int added = 0;     // days that had no value of the measure
    int changed = 0;   // days whose value was different
    int unchanged = 0; // the same value again (a file imported twice)
};

// The daily measures: the names the journal knows, their ranges and units, and their storage.
class DayMeasures
{
    Q_DECLARE_TR_FUNCTIONS(fc::DayMeasures)

public:
    struct Kind
    {
        const char *name; // as stored and in the CSV
        double maximum;   // values are 0..maximum
        bool wholeNumber; // steps, heart rate, exertion
        const char *unit; // written in the CSV's unit column
    };
    static const QVector<Kind> &kinds();
    static const Kind *kind(const QString &name);
    // The name as the window shows it ("Resting heart rate").
    static QString label(const QString &name);
    // A value with its unit as every screen and the report show it: "67 bpm", "38.5 ms",
    // "6.5 h", "5,887 steps", "5 of 10" (exertion); whole-number kinds are rounded.
    static QString valueText(const QString &name, double value);

    static constexpr const char *steps = "steps";
    static constexpr const char *restingHeartRate = "resting_heart_rate";
    static constexpr const char *hrv = "hrv";
    static constexpr const char *sleepHours = "sleep_hours";
    static constexpr const char *exertionPhysical = "exertion_physical";
    static constexpr const char *exertionMental = "exertion_mental";
    static constexpr const char *exertionSocial = "exertion_social";
    static constexpr const char *uprightHours = "upright_hours";

    // What is wrong with a value for the journal, or an empty string when it is in range.
    static QString check(const QString &name, double value);

    explicit DayMeasures(JournalDatabase *database)
        : m_database(database)
    {}

    // Inserts or replaces each day's value, all in one transaction (or as a step of the
    // caller's). Refuses the whole batch when one value is out of range, naming it.
    Expected<MeasureWrite> save(const QVector<DayMeasure> &values);
    // Removes one day's value (a check-in's exertion cleared).
    Result remove(const QDate &day, const QString &name);
    // Oldest first; every measure when `name` is empty.
    QVector<DayMeasure> values(const QDate &from, const QDate &to,
                               const QString &name = QString()) const;
    std::optional<double> value(const QDate &day, const QString &name) const;
    // The measures that have at least one value, in the order of kinds().
    QStringList names() const;
    // Every stored value, oldest first, in name order within a day: what the CSV export writes.
    QVector<DayMeasure> all() const;

private:
    JournalDatabase *m_database;
};

} // namespace fc
