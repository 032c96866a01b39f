#include "insights/trialeffect.h"

#include "insights/statistics.h"

#include <QLocale>
#include <cmath>

namespace fc {

QString trialEffectSentence(const TrialEffect &effect); // trialsentence.cpp

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

} // namespace

QString formatDose(const std::optional<double> &dose, const QString &unit)
{
    if (!dose)
        return QString();
    const QString number = QLocale::c().toString(*dose, 'g', 6);
    return unit.isEmpty() ? number : number + u' ' + unit;
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

QString trialEffectLimits()
{
    return QStringLiteral(
        "What this cannot tell: it compares one person's own days, without a placebo or "
        "blinding, and other changes in life (season, stress, activity, flares, other "
        "treatments) can move symptoms as much as a treatment does. Days in a row are not "
        "independent, so the interval and p-value are a rough guide, not proof. Talk it over "
        "with your doctor before deciding anything.");
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

    const int baselineDays = qBound(1, options.baselineDays, 365);
    e.baselineFrom = trial.start.addDays(-baselineDays);
    e.baselineTo = trial.start.addDays(-1);
    e.baselineLength = baselineDays;
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
        return e;
    }
    if (baselineShort > 0 || treatmentShort > 0) {
        e.daysStillNeeded = baselineShort + treatmentShort;
        if (e.treatmentLength == 0)
            e.treatmentFrom = qMax(e.treatmentFrom, trial.start);
        e.message = notEnoughMessage(e, trial, baselineShort, treatmentShort);
        e.sentence = e.message;
        return e;
    }

    e.enoughData = true;
    const stats::WelchResult w = stats::welch(before, during);
    e.baselineMean = a.mean;
    e.treatmentMean = b.mean;
    e.difference = b.mean - a.mean;
    e.percentChange = a.mean != 0 ? 100.0 * e.difference / a.mean : qQNaN();
    e.ciLow = w.ciLow;
    e.ciHigh = w.ciHigh;
    e.p = w.pTwoSided;
    // Scores are whole numbers, so a mean difference this small is nothing but rounding.
    if (std::abs(e.difference) < 1e-9)
        e.direction = TrialEffect::Direction::Same;
    else if ((e.difference > 0) == e.higherIsBetter)
        e.direction = TrialEffect::Direction::Better;
    else
        e.direction = TrialEffect::Direction::Worse;

    if (symptomKey == QLatin1String("pain") && !e.higherIsBetter &&
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
    e.sentence = trialEffectSentence(e);
    return e;
}

} // namespace fc
