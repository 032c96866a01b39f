#include "export/healthdays.h"

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

constexpr int kFewestHeartRateSamples = 120;

double mean(const std::vector<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

// The 10th percentile, the sample at rank ceil(0.1 n): a day's resting level, robust to the
// minutes a band reads too low while it slips.
int tenthPercentile(std::vector<int> values)
{
    const size_t rank = size_t(std::ceil(0.1 * double(values.size()))) - 1;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(rank), values.end());
    return values[rank];
}

} // namespace

void HealthDays::addSteps(const QDate &day, const QString &source, double steps)
{
    m_steps[day][source] += steps;
}

void HealthDays::addRestingHeartRate(const QDate &day, double bpm)
{
    m_restingHeartRate[day].push_back(bpm);
}

void HealthDays::addHeartRateSample(const QDate &day, const QString &source, int bpm)
{
    m_heartRate[day][source].push_back(bpm);
}

void HealthDays::addHrv(const QDate &day, double ms)
{
    m_hrv[day].push_back(ms);
}

void HealthDays::addHrvSample(const QDate &day, double ms)
{
    m_hrvSamples[day].push_back(ms);
}

void HealthDays::addAsleep(qint64 startSecs, qint64 endSecs, const QDate &endDay)
{
    if (endSecs > startSecs)
        m_asleep.push_back({startSecs, endSecs, endDay});
}

QMap<QDate, double> HealthDays::asleepHoursByDay() const
{
    std::vector<Asleep> intervals = m_asleep;
    std::sort(intervals.begin(), intervals.end(),
              [](const Asleep &a, const Asleep &b) { return a.start < b.start; });
    QMap<QDate, double> hours;
    size_t i = 0;
    while (i < intervals.size()) {
        // One sleep: the union of the intervals that follow each other with gaps under
        // kNightGapSecs; it belongs to the day its last interval ends on.
        qint64 asleep = 0;
        qint64 runStart = intervals[i].start;
        qint64 runEnd = intervals[i].end;
        const Asleep *last = &intervals[i];
        for (++i; i < intervals.size() && intervals[i].start - runEnd < kNightGapSecs; ++i) {
            if (intervals[i].start > runEnd) {
                asleep += runEnd - runStart;
                runStart = intervals[i].start;
            }
            if (intervals[i].end > runEnd) {
                runEnd = intervals[i].end;
                last = &intervals[i];
            }
        }
        asleep += runEnd - runStart;
        hours[last->endDay] += double(asleep) / 3600.0;
    }
    return hours;
}

bool HealthDays::isEmpty() const
{
    return m_steps.isEmpty() && m_restingHeartRate.isEmpty() && m_heartRate.isEmpty() &&
           m_hrv.isEmpty() && m_hrvSamples.isEmpty() && m_asleep.empty();
}

QVector<DayMeasure> HealthDays::days(const QString &source) const
{
    QMap<QDate, QHash<QString, double>> byDay;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        double most = 0;
        for (double total : it.value())
            most = std::max(most, total);
        byDay[it.key()].insert(QLatin1String(DayMeasures::steps), std::round(most));
    }
    for (auto it = m_heartRate.cbegin(); it != m_heartRate.cend(); ++it) {
        // The source with the most readings that day speaks for it.
        const std::vector<int> *best = nullptr;
        for (const std::vector<int> &samples : it.value())
            if (!best || samples.size() > best->size())
                best = &samples;
        if (best && best->size() >= size_t(kFewestHeartRateSamples))
            byDay[it.key()].insert(QLatin1String(DayMeasures::restingHeartRate),
                                   tenthPercentile(*best));
    }
    for (auto it = m_restingHeartRate.cbegin(); it != m_restingHeartRate.cend(); ++it)
        byDay[it.key()].insert(QLatin1String(DayMeasures::restingHeartRate),
                               std::round(mean(it.value())));
    for (auto it = m_hrvSamples.cbegin(); it != m_hrvSamples.cend(); ++it)
        byDay[it.key()].insert(QLatin1String(DayMeasures::hrv),
                               std::round(mean(it.value()) * 10) / 10);
    for (auto it = m_hrv.cbegin(); it != m_hrv.cend(); ++it)
        byDay[it.key()].insert(QLatin1String(DayMeasures::hrv),
                               std::round(mean(it.value()) * 10) / 10);
    const QMap<QDate, double> asleep = asleepHoursByDay();
    for (auto it = asleep.cbegin(); it != asleep.cend(); ++it) {
        // A day holds at most 24 hours of sleep, however the intervals were recorded.
        const double hours = std::min(24.0, it.value());
        byDay[it.key()].insert(QLatin1String(DayMeasures::sleepHours),
                               std::round(hours * 100) / 100);
    }
    QVector<DayMeasure> out;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        for (const DayMeasures::Kind &kind : DayMeasures::kinds()) {
            const auto value = it.value().constFind(QLatin1String(kind.name));
            if (value != it.value().cend())
                out.append({it.key(), QLatin1String(kind.name), *value, source});
        }
    return out;
}

} // namespace fc
