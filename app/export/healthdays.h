#pragma once

#include "journal/daymeasures.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QVector>
#include <vector>

namespace fc {

// Collects a wearable export's readings and turns them into one value a day of each measure
// (docs/wearables.md says how each is computed):
// - steps: summed per source, then the largest source's total (a phone and a watch both count
//   the same walk; adding them would double it);
// - resting heart rate: the device's own daily value when it has one, else the 10th percentile
//   of the day's per-minute readings (at least 120 of them);
// - HRV: the device's own daily value (a night's average) when it has one, else the mean of the
//   day's readings;
// - hours asleep: the union of every source's asleep intervals, gathered into sleeps (intervals
//   less than kNightGap apart) and counted on the day each sleep ends, so a night that crosses
//   midnight counts whole on the morning after.
class HealthDays
{
public:
    void addSteps(const QDate &day, const QString &source, double steps);
    void addRestingHeartRate(const QDate &day, double bpm);
    void addHeartRateSample(const QDate &day, const QString &source, int bpm);
    void addHrv(const QDate &day, double ms);
    void addHrvSample(const QDate &day, double ms);
    // An asleep interval in seconds since the epoch; `endDay` is the local day it ends.
    void addAsleep(qint64 startSecs, qint64 endSecs, const QDate &endDay);

    // Asleep intervals further apart than this are two sleeps (a night and a nap).
    static constexpr qint64 kNightGapSecs = 3 * 3600;

    // The days' values, oldest first, in the order of DayMeasures::kinds() within a day.
    QVector<DayMeasure> days(const QString &source) const;
    bool isEmpty() const;

private:
    QMap<QDate, QHash<QString, double>> m_steps;
    QMap<QDate, std::vector<double>> m_restingHeartRate;
    QMap<QDate, QHash<QString, std::vector<int>>> m_heartRate;
    QMap<QDate, std::vector<double>> m_hrv;
    QMap<QDate, std::vector<double>> m_hrvSamples;
    struct Asleep
    {
        qint64 start;
        qint64 end;
        QDate endDay;
    };
    std::vector<Asleep> m_asleep;

    QMap<QDate, double> asleepHoursByDay() const;
};

} // namespace fc
