#pragma once

#include <QVector>
#include <QtGlobal>
#include <random>

// Simulated diaries for "what comes 1-3 days later" and the envelope, shared by the calibration
// test (tst_pacinglags) and the bench that prints the calibration: AR(1) loads and outcomes (days
// in a row are alike), a fifth of days unlogged, and, if asked, a planted delay.
namespace fc::simulation {

struct PacingDiary
{
    QVector<QVector<double>> loads;    // exertion, steps
    QVector<QVector<double>> outcomes; // fatigue, pain, crash days
};

// An AR(1) series: today is `phi` of yesterday plus fresh noise, so days in a row are alike.
QVector<double> ar1(std::mt19937_64 &rng, int days, double phi);

// The outcomes follow the first load `delay` days later with weight `effect` (0: no link).
PacingDiary pacingDiary(quint64 seed, int days, double effect, int delay);

struct PacingCalibration
{
    int diaries = 0;
    int reported = 0;      // any pair called clear (with effect 0: a false alarm)
    int found = 0;         // the linked pair (first load, fatigue) called clear
    int atDelay = 0;       // ... at the planted delay
    int blamed = 0;        // the unlinked load called clear against fatigue
    int naiveReported = 0; // any lag and pair with a per-test Spearman p < 0.05, rho > 0
    double percent(int count) const { return diaries > 0 ? 100.0 * count / diaries : 0.0; }
};

// stats::lagScan over `diaries` seeded diaries of `days` days.
PacingCalibration calibratePacing(quint64 seed, int diaries, int days, double effect, int delay);

struct EnvelopeCalibration
{
    int diaries = 0;
    int found = 0;
    int near = 0; // the limit found within 1 of the true limit
    double percent(int count) const { return diaries > 0 ? 100.0 * count / diaries : 0.0; }
};

// PacingEnvelope::search over seeded diaries whose load is 0-10: bad days come with chance 0.7
// two days after a load above `limit`, 0.2 otherwise (or always 0.2 when `linked` is false).
EnvelopeCalibration calibrateEnvelope(quint64 seed, int diaries, int days, bool linked,
                                      double limit = 7);

} // namespace fc::simulation
