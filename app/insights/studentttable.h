#pragma once

#include <QVector>

// The Student t distribution function of one whole number of degrees of freedom, for callers
// that need it hundreds of times: a trial effect's posterior is a mixture of about 30 t
// components, and its interval, p and chance of an important change evaluate that mixture some
// 300 times. Boost.Math's exact value costs an incomplete beta function each time, most of the
// insights' run time. The table holds Boost's exact values and densities at steps of 1/16 up to
// |t| = 8 and interpolates with cubic Hermite polynomials (error under 1e-7, see
// tst_statistics); beyond 8 it calls Boost. Tables are kept per thread, one per df used.
namespace fc::stats {

class StudentTTable
{
public:
    explicit StudentTTable(int degreesOfFreedom);

    int degreesOfFreedom() const { return m_df; }
    double cdf(double t) const;
    double density(double t) const; // the slope of cdf(), within 3e-6 of the exact density

    // The table of `degreesOfFreedom` for this thread, built on first use.
    static const StudentTTable &forDegreesOfFreedom(int degreesOfFreedom);

private:
    double exactDensity(double t) const;

    int m_df = 1;
    double m_densityAtZero = 0;
    QVector<double> m_cdf;     // at t = k / kStepsPerUnit, k = 0 .. kMaxT * kStepsPerUnit
    QVector<double> m_density; // at the same points
};

} // namespace fc::stats
