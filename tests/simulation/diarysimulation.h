#pragma once

#include <QVector>
#include <QtGlobal>

// Simulated diaries that know the truth, for the calibration test and the bench: an AR(1) daily
// score around a person's usual level, rounded to whole numbers 0-10, with days left unlogged at
// random and, if asked, a treatment that really changes the level.
namespace fc::simulation {

struct DiaryScenario
{
    int baselineDays = 14;        // logged history before the start
    int treatmentDays = 35;       // days from the start to the stop, ramp-up included
    int rampUpDays = 0;           // the first days on the treatment, left out by the analysis
    double autocorrelation = 0.6; // lag-1, of the underlying daily score
    double dailySd = 1.3;         // spread of the daily score around the usual level
    double usualLevel = 6.0;
    double effectFraction = 0.0; // -0.3: the level falls by 30% on the treatment
    double missingShare = 0.0;   // chance that a day is not logged
    // Start the day after the worst three days of the 60 before (regression to the mean);
    // the whole 60 days are then the history.
    bool startAfterWorstStretch = false;
};

struct CalibrationCounts
{
    int diaries = 0;
    int significant = 0; // p < 0.05, either way
    int significantBetter = 0;
    int helped = 0; // verdict "probably helped"
    int worse = 0;  // verdict "probably made it worse"
    int noClearChange = 0;
    int intervalHoldsTruth = 0; // the 95% interval contains the true change
    double percent(int count) const { return diaries > 0 ? 100.0 * count / diaries : 0.0; }
    CalibrationCounts &operator+=(const CalibrationCounts &other);
};

// Runs computeTrialEffect over `diaries` simulated pain diaries; the same seed gives the same
// diaries on every run.
CalibrationCounts runScenario(const DiaryScenario &scenario, int diaries, quint64 seed);

// The designs the targets are stated over: baselines of 14, 30 and 60 days, treatments of 3, 6
// and 12 weeks, every day logged or a third of them missing (18 designs).
QVector<DiaryScenario> calibrationDesigns(double autocorrelation);

// `diariesPerDesign` no-effect diaries of each design, pooled; design k uses seed + k.
CalibrationCounts runDesignMix(double autocorrelation, int diariesPerDesign, quint64 seed);

} // namespace fc::simulation
