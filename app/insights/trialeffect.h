#pragma once

#include "articles/article.h"
#include "insights/journalseries.h"
#include "journal/entities.h"

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
                  // dose-changed, missing-baseline-days, missing-treatment-days
    QString text; // one line for the user
};

// One trial against one symptom: the patient's own before/after comparison.
struct TrialEffect
{
    enum class Direction { Better, Worse, Same, Unknown };

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

    bool enoughData = false;
    int daysStillNeeded = 0; // both windows together
    QString message;         // "Not enough data yet: ..." when !enoughData

    double baselineMean = qQNaN();
    double treatmentMean = qQNaN();
    double difference = qQNaN();    // treatment - baseline
    double percentChange = qQNaN(); // of the baseline mean; NaN when that is 0
    double ciLow = qQNaN();         // Welch 95% interval of the difference
    double ciHigh = qQNaN();
    double p = qQNaN(); // two-sided
    Direction direction = Direction::Unknown;
    QString clinicalLabel; // IMMPACT label for pain, else empty

    QVector<Confounder> confounders;
    QString sentence;
    std::optional<StudyComparison> study;

    QStringList flags() const;
    static QString directionName(Direction direction);
};

struct TrialEffectOptions
{
    int baselineDays = 14;
    QDate today = QDate::currentDate();
    static constexpr int minimumDays = 5;
};

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

QString formatDose(const std::optional<double> &dose, const QString &unit);

} // namespace fc
