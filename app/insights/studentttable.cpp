#include "insights/studentttable.h"

#include "insights/statistics.h"

#include <QHash>
#include <cmath>
#include <memory>

namespace fc::stats {

namespace {

constexpr int kStepsPerUnit = 16;
constexpr int kMaxT = 8;
constexpr int kNodes = kMaxT * kStepsPerUnit + 1;
// A thread rarely meets more df values than this (one per series length); past it the cache
// starts again rather than growing without bound.
constexpr int kMaxCachedTables = 512;

} // namespace

StudentTTable::StudentTTable(int degreesOfFreedom)
    : m_df(std::max(1, degreesOfFreedom))
{
    m_densityAtZero = studentTDensity(0.0, m_df);
    m_cdf.resize(kNodes);
    m_density.resize(kNodes);
    for (int k = 0; k < kNodes; ++k) {
        const double t = double(k) / kStepsPerUnit;
        m_cdf[k] = studentTCdf(t, m_df);
        m_density[k] = exactDensity(t);
    }
}

double StudentTTable::exactDensity(double t) const
{
    // The t density is its value at 0 times (1 + t^2/df)^-(df+1)/2: one exp and one log1p.
    return m_densityAtZero * std::exp(-0.5 * (m_df + 1.0) * std::log1p(t * t / m_df));
}

double StudentTTable::density(double t) const
{
    const double a = std::abs(t);
    if (!(a < kMaxT))
        return exactDensity(t);
    const double scaled = a * kStepsPerUnit;
    const int k = std::min(int(scaled), kNodes - 2);
    const double u = scaled - k;
    // The slope of the same Hermite polynomial that cdf() evaluates.
    const double u2 = u * u;
    return (6 * u2 - 6 * u) * kStepsPerUnit * (m_cdf[k] - m_cdf[k + 1]) +
           (3 * u2 - 4 * u + 1) * m_density[k] + (3 * u2 - 2 * u) * m_density[k + 1];
}

double StudentTTable::cdf(double t) const
{
    if (std::isnan(t))
        return t;
    const double a = std::abs(t);
    if (!(a < kMaxT))
        return studentTCdf(t, m_df);
    const double scaled = a * kStepsPerUnit;
    const int k = std::min(int(scaled), kNodes - 2);
    const double h = 1.0 / kStepsPerUnit;
    const double u = scaled - k;
    // Cubic Hermite basis on [t_k, t_k+1] with the exact values and slopes at both ends.
    const double u2 = u * u;
    const double u3 = u2 * u;
    const double upper = (2 * u3 - 3 * u2 + 1) * m_cdf[k] + (u3 - 2 * u2 + u) * h * m_density[k] +
                         (-2 * u3 + 3 * u2) * m_cdf[k + 1] + (u3 - u2) * h * m_density[k + 1];
    return t >= 0 ? upper : 1.0 - upper;
}

const StudentTTable &StudentTTable::forDegreesOfFreedom(int degreesOfFreedom)
{
    thread_local QHash<int, std::shared_ptr<const StudentTTable>> tables;
    const int df = std::max(1, degreesOfFreedom);
    auto it = tables.constFind(df);
    if (it != tables.constEnd())
        return **it;
    if (tables.size() >= kMaxCachedTables)
        tables.clear();
    return **tables.insert(df, std::make_shared<const StudentTTable>(df));
}

} // namespace fc::stats
