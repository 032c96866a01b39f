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

// Total length of the union of intervals, in seconds.
qint64 unionSeconds(std::vector<std::pair<qint64, qint64>> intervals)
{
    std::sort(intervals.begin(), intervals.end());
    qint64 total = 0;
    qint64 start = 0, end = 0;
    bool open = false;
    for (const auto &[s, e] : intervals) {
        if (!open || s > end) {
            if (open)
                total += end - start;
            start = s;
            end = e;
            open = true;
        } else {
            end = std::max(end, e);
        }
    }
    if (open)
        total += end - start;
    return total;
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

void HealthDays::addAsleep(qint64 startSecs, qint64 endSecs, const QDate &wakeDay)
{
    if (endSecs > startSecs)
        m_asleep[wakeDay].emplace_back(startSecs, endSecs);
}

bool HealthDays::isEmpty() const
{
    return m_steps.isEmpty() && m_restingHeartRate.isEmpty() && m_heartRate.isEmpty() &&
           m_hrv.isEmpty() && m_asleep.isEmpty();
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
    for (auto it = m_hrv.cbegin(); it != m_hrv.cend(); ++it)
        byDay[it.key()].insert(QLatin1String(DayMeasures::hrv),
                               std::round(mean(it.value()) * 10) / 10);
    for (auto it = m_asleep.cbegin(); it != m_asleep.cend(); ++it) {
        // A day holds at most 24 hours of sleep, however the intervals were recorded.
        const double hours = std::min(24.0, double(unionSeconds(it.value())) / 3600.0);
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
