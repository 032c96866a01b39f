#pragma once

#include "export/csvimportplan.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fc {

// Trackers that log several entries a day (a morning and an evening mood, a symptom logged
// twice) feed this; the journal keeps one check-in a day. Ratings of a day are averaged, except
// those added as "worst of the day" (symptom severities); hours asleep add up (a night and a
// nap); note lines and tags keep their order, tags without repeats.
class DailyRollup
{
public:
    // value on the journal's 0-10 scale, before rounding.
    void addRating(const QDate &date, const QString &symptomKey, double value, bool worstOfDay,
                   int line);
    void addSleep(const QDate &date, double hours, int line);
    void addNoteLine(const QDate &date, const QString &text, int line);
    // Shown in the note as "label: a, b, c".
    void addTags(const QDate &date, const QString &label, const QStringList &tags, int line);

    bool isEmpty() const { return m_days.isEmpty(); }
    int dayCount() const { return int(m_days.size()); }
    // One check-in per day into plan.checkIns, in day order.
    void addTo(CsvImportPlan &plan) const;

private:
    struct Rating
    {
        double sum = 0;
        int count = 0;
        double worst = 0;
        bool worstOfDay = false;
    };
    struct Day
    {
        int line = 0;
        QMap<QString, Rating> ratings;
        double hoursSlept = 0;
        bool slept = false;
        QStringList noteLines;
        QMap<QString, QStringList> tags; // label -> tags in first-seen order
        QStringList tagOrder;
    };
    Day &day(const QDate &date, int line);

    QMap<QDate, Day> m_days;
};

} // namespace fc
