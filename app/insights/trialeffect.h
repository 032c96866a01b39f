#pragma once

#include "articles/article.h"
#include "insights/journalseries.h"
#include "journal/entities.h"
#include "journal/trialdose.h"

#include <QDate>
#include <QStringList>
#include <QVector>
#include <QtNumeric>
#include <optional>

namespace fc {

// What the article's study found for the same symptom, quoted from its front matter.
struct StudyComparison
{
    QString articleSlug;
    QString articleTitle;
    QString measure;
    double treatmentChangePercent = qQNaN();
    std::optional<double> placeboChangePercent;
    std::optional<double> p;
};

struct Confounder
{
    QString code; // other-trial-started, other-trial-stopped, other-trial-dose-changed,
                  // dose-changed, missing-baseline-days, missing-treatment-days,
                  // started-after-bad-stretch
    QString text; // one line for the user
};

// One trial against one symptom: the patient's own before/after comparison.
struct TrialEffect
{
    enum class Direction { Better, Worse, Same, Unknown };
    // What the person can act on. NotEnoughData covers both too few logged days and an interval
    // that still holds no change as well as a moderately important one.
    enum class Verdict { Helped, NoClearChange, Worse, NotEnoughData };

    qint64 trialId = 0;
    QString treatmentKey;
    QString treatmentName;
    QString doseText; // "4.5 mg", empty when no dose was given
    QString symptomKey;
    QString symptomName;
    bool higherIsBetter = false;

    QDate baselineFrom;
    QDate baselineTo;
    QDate treatmentFrom;    // start + ramp-up
    QDate treatmentTo;      // stop or today
    int baselineLength = 0; // days in the window
    int treatmentLength = 0;
    int baselineN = 0; // logged days in the window
    int treatmentN = 0;

    bool enoughData = false; // at least minimumDays logged in each window
    // Days to log before the verdict can settle: with !enoughData, the days missing from the
    // minimum (both windows together); with enough data but no verdict yet, about how many more
    // treatment days would settle it (-1 when more treatment days alone cannot, 0 otherwise).
    int daysStillNeeded = 0;
    QString message; // "Not enough data yet: ..." when !enoughData

    // From the level-shift model (levelshiftmodel.h): the usual level before, the level on the
    // treatment and their difference, with its 95% interval and two-sided p.
    double baselineMean = qQNaN();
    double treatmentMean = qQNaN();
    double difference = qQNaN();    // treatment - baseline
    double percentChange = qQNaN(); // of the usual level; NaN when that is below half a point
    double ciLow = qQNaN();         // 95% interval of the difference
    double ciHigh = qQNaN();
    double p = qQNaN();               // two-sided
    double autocorrelation = qQNaN(); // day-to-day carry-over the model found (posterior mean)
    // Chance that the change is an improvement of at least 30% of the usual level (IMMPACT's
    // "moderately important" for pain); NaN when the level is too small for a percent.
    double probabilityImportant = qQNaN();
    double importantChange = qQNaN(); // in points: 30% of the usual level, at least 1
    Direction direction = Direction::Unknown;
    Verdict verdict = Verdict::NotEnoughData;
    QString clinicalLabel; // IMMPACT label for pain, else empty

    QVector<Confounder> confounders;
    // Everyday words first, for the person: what changed and whether it is more than the usual
    // ups and downs, without p-values, intervals or thresholds.
    QString summary;
    // The same finding with its statistics, for the doctor (report, details, JSON).
    QString sentence;
    std::optional<StudyComparison> study;

    QStringList flags() const;
    static QString directionName(Direction direction);
    static QString verdictCode(Verdict verdict); // helped, no-clear-change, worse, not-enough-data
    QString verdictText() const { return verdictText(verdict); }
    static QString verdictText(Verdict verdict); // "probably helped", ...
};

struct TrialEffectOptions
{
    // The usual level is taken over up to this many days before the start (fewer when the
    // journal is younger): a long window keeps a start on a bad stretch from looking like help.
    int baselineDays = 60;
    QDate today = QDate::currentDate();
    static constexpr int minimumDays = 5;
    static constexpr double importantFraction = 0.3; // IMMPACT "moderately important"
};

// The one rule that turns a change into a direction and a verdict, for trials and planned tests
// alike: Helped or Worse when p < 0.05 (and the change is more than rounding), NoClearChange when
// the whole 95% interval lies within +/- importantChange, NotEnoughData otherwise.
struct Judgement
{
    TrialEffect::Direction direction = TrialEffect::Direction::Unknown;
    TrialEffect::Verdict verdict = TrialEffect::Verdict::NotEnoughData;
};
Judgement judgeChange(double difference, bool higherIsBetter, double p, double ciLow, double ciHigh,
                      double importantChange);
// Half-width of "no clear change": 30% of the usual level, at least one point so a symptom
// that is usually near 0 is not judged on fractions of a point.
double importantChangeFor(double usualLevel);

// Computes the effect of trial on one series of the journal. others are all trials (the trial
// itself may be among them), used for the confounder flags. study, when given, is what the
// article reports for this symptom.
TrialEffect computeTrialEffect(const Trial &trial, const QString &symptomKey,
                               const JournalSeries &series, const QVector<Trial> &others,
                               const TrialEffectOptions &options,
                               const std::optional<StudyComparison> &study = std::nullopt);

// The study result for symptomKey in article, if the article reports a percent change for it.
std::optional<StudyComparison> studyFor(const Article &article, const QString &symptomKey);

// What an n-of-1 comparison cannot tell; shown with every result.
QString trialEffectLimits();
// Its first sentence, where a page has room for no more (the visit report).
QString trialEffectLimitsBrief();
// "p = 0.017" or "p < 0.001", with the three decimals the tables show; empty for NaN.
QString pValueText(double p);
// The one rounding and sign rule for a change, on every screen, the report and the sentences:
// a percent is whole ("−10%", "+3%", "0%"), points have one decimal ("−0.8", "+0.4", "0.0"), a
// value that rounds to zero has no sign, and a sentence's "10% lower" is the same rounded number
// without its sign. "–" for a value that cannot be computed.
long roundedPercent(double percent);
QString signedPercentText(double percent);
QString signedPointsText(double points);

} // namespace fc
