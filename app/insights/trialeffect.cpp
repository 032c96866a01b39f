#include "insights/trialeffect.h"

#include "insights/levelshiftmodel.h"
#include "insights/statistics.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace fc {

QString trialEffectSentence(const TrialEffect &effect); // trialsentence.cpp
QString trialEffectSummary(const TrialEffect &effect);  // trialsentence.cpp

namespace {

QString shortDate(const QDate &day)
{
    return QLocale::c().toString(day, QStringLiteral("d MMM yyyy"));
}

bool inWindow(const QDate &day, const QDate &from, const QDate &to)
{
    return day.isValid() && from.isValid() && to.isValid() && day >= from && day <= to;
}

// Which window a day falls into, for the confounder text; empty when neither.
QString windowName(const TrialEffect &e, const QDate &day)
{
    if (inWindow(day, e.baselineFrom, e.baselineTo))
        return QStringLiteral("the baseline window");
    if (e.treatmentLength > 0 && inWindow(day, e.treatmentFrom, e.treatmentTo))
        return QStringLiteral("the treatment window");
    return QString();
}

void addConfounders(TrialEffect &e, const Trial &trial, const QVector<Trial> &others)
{
    for (const Trial &o : others) {
        if (o.id == trial.id && o.start == trial.start && o.treatmentKey == trial.treatmentKey)
            continue;
        const QString name = o.treatmentName.isEmpty() ? o.treatmentKey : o.treatmentName;
        QString where = windowName(e, o.start);
        if (!where.isEmpty())
            e.confounders.append({QStringLiteral("other-trial-started"),
                                  QStringLiteral("%1 was started on %2, inside %3.")
                                      .arg(name, shortDate(o.start), where)});
        where = windowName(e, o.stop);
        if (!where.isEmpty())
            e.confounders.append({QStringLiteral("other-trial-stopped"),
                                  QStringLiteral("%1 was stopped on %2, inside %3.")
                                      .arg(name, shortDate(o.stop), where)});
        for (const DoseChange &c : o.doseChanges) {
            where = windowName(e, c.day);
            if (!where.isEmpty())
                e.confounders.append(
                    {QStringLiteral("other-trial-dose-changed"),
                     QStringLiteral("The dose of %1 changed to %2 on %3, inside %4.")
                         .arg(name, formatDose(c.dose, c.unit.isEmpty() ? o.unit : c.unit),
                              shortDate(c.day), where)});
        }
    }
    for (const DoseChange &c : trial.doseChanges) {
        if (e.treatmentLength > 0 && inWindow(c.day, e.treatmentFrom, e.treatmentTo))
            e.confounders.append(
                {QStringLiteral("dose-changed"),
                 QStringLiteral("The dose changed to %1 on %2, inside the treatment window.")
                     .arg(formatDose(c.dose, c.unit.isEmpty() ? trial.unit : c.unit),
                          shortDate(c.day))});
    }
    const QString symptom = e.symptomName.toLower();
    if (e.baselineLength > 0 && 3 * (e.baselineLength - e.baselineN) > e.baselineLength)
        e.confounders.append({QStringLiteral("missing-baseline-days"),
                              QStringLiteral("%1 of the %2 baseline days have no %3 logged.")
                                  .arg(e.baselineLength - e.baselineN)
                                  .arg(e.baselineLength)
                                  .arg(symptom)});
    if (e.treatmentLength > 0 && 3 * (e.treatmentLength - e.treatmentN) > e.treatmentLength)
        e.confounders.append({QStringLiteral("missing-treatment-days"),
                              QStringLiteral("%1 of the %2 treatment days have no %3 logged.")
                                  .arg(e.treatmentLength - e.treatmentN)
                                  .arg(e.treatmentLength)
                                  .arg(symptom)});
}

QString notEnoughMessage(const TrialEffect &e, const Trial &trial, int baselineShort,
                         int treatmentShort)
{
    const int total = baselineShort + treatmentShort;
    const QString days = total == 1 ? QStringLiteral("day") : QStringLiteral("days");
    if (baselineShort > 0 && treatmentShort > 0)
        return QStringLiteral("Not enough data yet: log %1 more %2 (%3 in the %4 days before the "
                              "start, %5 on the treatment from %6).")
            .arg(total)
            .arg(days)
            .arg(baselineShort)
            .arg(e.baselineLength)
            .arg(treatmentShort)
            .arg(shortDate(e.treatmentFrom));
    if (baselineShort > 0)
        return QStringLiteral("Not enough data yet: log %1 more %2 in the %3 days before the start "
                              "(%4 to %5); past days can still be filled in.")
            .arg(total)
            .arg(days)
            .arg(e.baselineLength)
            .arg(shortDate(e.baselineFrom), shortDate(e.baselineTo));
    const QString rampUp = trial.rampUpDays > 0
                               ? QStringLiteral(", after the %1-day ramp-up").arg(trial.rampUpDays)
                               : QString();
    return QStringLiteral(
               "Not enough data yet: log %1 more %2 on the treatment (counted from %3%4).")
        .arg(total)
        .arg(days)
        .arg(shortDate(e.treatmentFrom), rampUp);
}

// About how many more calendar days on the treatment would make the 95% interval either leave 0
// (at today's estimate) or fit inside +/- the important change. The posterior variance of the
// shift falls roughly like 1/nBefore + 1/nOn; -1 when the days before alone keep it too wide.
int daysToSettle(const TrialEffect &e, double shiftSd)
{
    const double size = std::abs(e.difference);
    const double band = e.importantChange;
    const double targetSd = std::max(size, band - size) / 1.96;
    const double nb = e.baselineN, nt = e.treatmentN;
    const double needed = (targetSd * targetSd) / (shiftSd * shiftSd) * (1 / nb + 1 / nt) - 1 / nb;
    if (!(needed > 0))
        return -1;
    const double loggedShare = std::max(0.2, double(e.treatmentN) / qMax(1, e.treatmentLength));
    const double extra = (1 / needed - nt) / loggedShare;
    return qBound(7, int(std::ceil(extra / 7.0) * 7), 9999);
}

// A start right after an unusually bad stretch: the three days before the start are worse than
// 90% of the three-day stretches of the baseline and at least one daily spread worse than usual.
// Some of the improvement that follows such a start happens anyway (regression to the mean).
void flagBadStart(TrialEffect &e, const QVector<double> &before)
{
    const double sign = e.higherIsBetter ? -1.0 : 1.0; // larger = worse
    QVector<double> stretches;
    for (int i = 2; i < before.size(); ++i) {
        if (std::isfinite(before[i]) && std::isfinite(before[i - 1]) &&
            std::isfinite(before[i - 2]))
            stretches << sign * (before[i] + before[i - 1] + before[i - 2]) / 3.0;
    }
    const int last = int(before.size()) - 1;
    if (stretches.size() < 10 || last < 2 || !std::isfinite(before[last]) ||
        !std::isfinite(before[last - 1]) || !std::isfinite(before[last - 2]))
        return;
    const double recent = stretches.last();
    const int worseOrEqual = int(std::count_if(stretches.begin(), stretches.end(),
                                               [recent](double v) { return v >= recent; }));
    const stats::Summary spread = stats::summarize(before);
    if (worseOrEqual > std::max(1, int(stretches.size()) / 10) ||
        recent - sign * e.baselineMean < std::sqrt(spread.variance))
        return;
    e.confounders.append(
        {QStringLiteral("started-after-bad-stretch"),
         QStringLiteral("The treatment started after an unusually bad stretch (%1 averaged %2 in "
                        "the 3 days before, against a usual %3). Some improvement after a bad "
                        "stretch comes anyway, so the comparison is with the usual level of the "
                        "%4 days before, not with the bad days.")
             .arg(e.symptomName.toLower(), QLocale::c().toString(sign * recent, 'f', 1),
                  QLocale::c().toString(e.baselineMean, 'f', 1))
             .arg(e.baselineLength)});
}

// Fits the level-shift model to the baseline and treatment days and fills the numbers and the
// verdict. Days of a ramp-up are left out: they are neither before nor on the full treatment.
void analyse(TrialEffect &e, const Trial &trial, const JournalSeries &series,
             const TrialEffectOptions &options)
{
    QVector<stats::DailyValue> days;
    const QVector<double> before = series.window(e.symptomKey, e.baselineFrom, e.baselineTo);
    const QVector<double> during = series.window(e.symptomKey, e.treatmentFrom, e.treatmentTo);
    // Day numbers count from the baseline's first day; ramp-up days keep the chain unbroken.
    for (int i = 0; i < before.size(); ++i)
        days.append({i, before[i], false, false});
    const int rampFrom = int(e.baselineFrom.daysTo(trial.start));
    const QVector<double> ramp =
        series.window(e.symptomKey, trial.start, e.treatmentFrom.addDays(-1));
    for (int i = 0; e.treatmentFrom > trial.start && i < ramp.size(); ++i)
        days.append({rampFrom + i, ramp[i], false, true});
    const int treatmentFrom = int(e.baselineFrom.daysTo(e.treatmentFrom));
    for (int i = 0; i < during.size(); ++i)
        days.append({treatmentFrom + i, during[i], true, false});
    const stats::LevelShiftPosterior model = stats::LevelShiftPosterior::fit(days);
    if (!model.valid()) {
        e.enoughData = false;
        e.message = QStringLiteral("No result: the days logged could not be compared.");
        return;
    }
    e.baselineMean = model.level();
    e.difference = model.shift();
    e.treatmentMean = e.baselineMean + e.difference;
    e.percentChange =
        std::abs(e.baselineMean) >= 0.5 ? 100.0 * e.difference / e.baselineMean : qQNaN();
    e.ciLow = model.shiftQuantile(0.025);
    e.ciHigh = model.shiftQuantile(0.975);
    e.p = model.pTwoSided();
    e.autocorrelation = model.autocorrelation();
    const double fraction = TrialEffectOptions::importantFraction;
    if (e.baselineMean >= 0.5)
        e.probabilityImportant = e.higherIsBetter ? 1.0 - model.probabilityBelow(0.0, -fraction)
                                                  : model.probabilityBelow(0.0, fraction);

    e.importantChange = importantChangeFor(e.baselineMean);
    const Judgement judged =
        judgeChange(e.difference, e.higherIsBetter, e.p, e.ciLow, e.ciHigh, e.importantChange);
    e.direction = judged.direction;
    e.verdict = judged.verdict;
    if (e.verdict == TrialEffect::Verdict::NotEnoughData) {
        const bool running = !trial.stop.isValid() || trial.stop >= options.today;
        e.daysStillNeeded = running ? daysToSettle(e, model.shiftStandardDeviation()) : 0;
    }
    flagBadStart(e, before);

    if (e.symptomKey == QLatin1String("pain") && !e.higherIsBetter &&
        std::isfinite(e.percentChange) && e.percentChange < 0) {
        // Judged on the whole percent the sentence shows, so "30%" is never called "below 30%".
        const long reduction = std::lround(-e.percentChange);
        if (reduction >= 50)
            e.clinicalLabel = QStringLiteral("substantial");
        else if (reduction >= 30)
            e.clinicalLabel = QStringLiteral("moderately important");
        else
            e.clinicalLabel = QStringLiteral("less than moderately important");
    }
}

} // namespace

Judgement judgeChange(double difference, bool higherIsBetter, double p, double ciLow, double ciHigh,
                      double importantChange)
{
    Judgement j;
    if (!std::isfinite(difference))
        return j;
    // Scores are whole numbers, so a change this small is nothing but rounding.
    if (std::abs(difference) < 0.05)
        j.direction = TrialEffect::Direction::Same;
    else
        j.direction = (difference > 0) == higherIsBetter ? TrialEffect::Direction::Better
                                                         : TrialEffect::Direction::Worse;
    if (p < 0.05 && j.direction != TrialEffect::Direction::Same)
        j.verdict = j.direction == TrialEffect::Direction::Better ? TrialEffect::Verdict::Helped
                                                                  : TrialEffect::Verdict::Worse;
    else if (ciLow > -importantChange && ciHigh < importantChange)
        j.verdict = TrialEffect::Verdict::NoClearChange;
    return j;
}

double importantChangeFor(double usualLevel)
{
    return std::max(1.0, TrialEffectOptions::importantFraction * std::abs(usualLevel));
}

QString TrialEffect::verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Helped:
        return QStringLiteral("helped");
    case Verdict::NoClearChange:
        return QStringLiteral("no-clear-change");
    case Verdict::Worse:
        return QStringLiteral("worse");
    case Verdict::NotEnoughData:
        break;
    }
    return QStringLiteral("not-enough-data");
}

QString TrialEffect::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Helped:
        return QStringLiteral("probably helped");
    case Verdict::NoClearChange:
        return QStringLiteral("no clear change");
    case Verdict::Worse:
        return QStringLiteral("probably made it worse");
    case Verdict::NotEnoughData:
        break;
    }
    return QStringLiteral("not enough data yet");
}

QString TrialEffect::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Better:
        return QStringLiteral("better");
    case Direction::Worse:
        return QStringLiteral("worse");
    case Direction::Same:
        return QStringLiteral("same");
    case Direction::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QStringList TrialEffect::flags() const
{
    QStringList out;
    if (!enoughData)
        out << QStringLiteral("not-enough-data");
    for (const Confounder &c : confounders) {
        if (!out.contains(c.code))
            out << c.code;
    }
    return out;
}

QString trialEffectLimitsBrief()
{
    return QStringLiteral(
        "What this cannot tell: it compares one person's own days, without a placebo or "
        "blinding, and other changes in life (season, stress, activity, flares, other "
        "treatments) can move symptoms as much as a treatment does.");
}

QString trialEffectLimits()
{
    return trialEffectLimitsBrief() +
           QStringLiteral(" The interval allows for bad days coming in runs and for days not "
                          "logged, but it cannot tell a treatment from anything else that "
                          "changed at the same time; a planned test that switches the treatment "
                          "on and off can. Talk it over with your doctor before deciding "
                          "anything.");
}

std::optional<StudyComparison> studyFor(const Article &article, const QString &symptomKey)
{
    for (const StudyResult &r : article.study.results) {
        if (r.symptom != symptomKey || !r.treatmentChangePercent)
            continue;
        StudyComparison s;
        s.articleSlug = article.slug;
        s.articleTitle = article.title;
        s.measure = r.measure;
        s.treatmentChangePercent = *r.treatmentChangePercent;
        s.placeboChangePercent = r.placeboChangePercent;
        s.p = r.p;
        return s;
    }
    return std::nullopt;
}

TrialEffect computeTrialEffect(const Trial &trial, const QString &symptomKey,
                               const JournalSeries &series, const QVector<Trial> &others,
                               const TrialEffectOptions &options,
                               const std::optional<StudyComparison> &study)
{
    TrialEffect e;
    e.trialId = trial.id;
    e.treatmentKey = trial.treatmentKey;
    e.treatmentName = trial.treatmentName.isEmpty() ? trial.treatmentKey : trial.treatmentName;
    e.doseText = formatDose(trial.dose, trial.unit);
    e.symptomKey = symptomKey;
    e.symptomName = series.displayName(symptomKey);
    e.higherIsBetter = series.higherIsBetter(symptomKey);
    e.study = study;

    // The usual level: up to baselineDays before the start, from the journal's first day on.
    const int baselineDays = qBound(1, options.baselineDays, 365);
    e.baselineFrom = trial.start.addDays(-baselineDays);
    if (series.firstLogged().isValid() && series.firstLogged() > e.baselineFrom &&
        series.firstLogged() < trial.start)
        e.baselineFrom = series.firstLogged();
    e.baselineTo = trial.start.addDays(-1);
    e.baselineLength = int(e.baselineFrom.daysTo(e.baselineTo)) + 1;
    e.treatmentFrom = trial.start.addDays(qMax(0, trial.rampUpDays));
    e.treatmentTo = trial.stop.isValid() ? trial.stop : options.today;
    if (trial.stop.isValid() && trial.stop > options.today)
        e.treatmentTo = options.today;
    e.treatmentLength =
        e.treatmentTo >= e.treatmentFrom ? int(e.treatmentFrom.daysTo(e.treatmentTo)) + 1 : 0;

    const QVector<double> before = series.window(symptomKey, e.baselineFrom, e.baselineTo);
    const QVector<double> during = series.window(symptomKey, e.treatmentFrom, e.treatmentTo);
    const stats::Summary a = stats::summarize(before);
    const stats::Summary b = stats::summarize(during);
    e.baselineN = a.n;
    e.treatmentN = b.n;
    addConfounders(e, trial, others);

    const int minimum = TrialEffectOptions::minimumDays;
    const int baselineShort = qMax(0, minimum - a.n);
    const int treatmentShort = qMax(0, minimum - b.n);
    if (trial.stop.isValid() && e.treatmentLength == 0) {
        e.message = QStringLiteral("Not enough data: the trial stopped before its %1-day ramp-up "
                                   "was over, so there are no treatment days to compare.")
                        .arg(trial.rampUpDays);
        e.daysStillNeeded = 0;
        e.sentence = e.message;
        e.summary = e.message;
        return e;
    }
    if (baselineShort > 0 || treatmentShort > 0) {
        e.daysStillNeeded = baselineShort + treatmentShort;
        if (e.treatmentLength == 0)
            e.treatmentFrom = qMax(e.treatmentFrom, trial.start);
        e.message = notEnoughMessage(e, trial, baselineShort, treatmentShort);
        e.sentence = e.message;
        e.summary = e.message;
        return e;
    }

    e.enoughData = true;
    analyse(e, trial, series, options);
    e.sentence = trialEffectSentence(e);
    e.summary = trialEffectSummary(e);
    return e;
}

} // namespace fc
