#include "insights/plannedtrialanalysis.h"

#include "insights/levelshiftmodel.h"
#include "insights/statistics.h"
#include "insights/svgtext.h"

#include <QLocale>
#include <cmath>

namespace fc {

namespace {

QString resultSentence(const PlannedTrialResult &r, const PlannedTrial &plan)
{
    const QString symptom = r.symptomName.toLower();
    if (r.status == PlannedTrialResult::Status::NotStarted)
        return QStringLiteral("The test of %1 starts on %2 and ends on %3.")
            .arg(r.treatmentName, svg::day(plan.start), svg::day(plan.lastDay()));
    if (r.status == PlannedTrialResult::Status::Running)
        return QStringLiteral("The test of %1 runs until %2; its result comes at the end, so that "
                              "a good or bad week on the way does not decide it.")
            .arg(r.treatmentName, svg::day(plan.lastDay()));
    if (r.pairsAnalysed == 0)
        return QStringLiteral("No result: no pair of periods has at least 2 days of %1 logged in "
                              "both its ON and OFF period.")
            .arg(symptom);
    QString text = r.verdict == TrialEffect::Verdict::Helped ? QStringLiteral("Probably helped: ")
                   : r.verdict == TrialEffect::Verdict::Worse
                       ? QStringLiteral("Probably made it worse: ")
                   : r.verdict == TrialEffect::Verdict::NoClearChange
                       ? QStringLiteral("No clear change: ")
                       : QStringLiteral("Not enough data to tell: ");
    const QString percent = std::isfinite(r.percent)
                                ? QStringLiteral(" (%1%)").arg(std::abs(roundedPercent(r.percent)))
                                : QString();
    text += QStringLiteral("%1 was %2 points%3 %4 in the ON periods than in the OFF periods, over "
                           "%5 of %6 pairs; %7 by the randomization test over the %8 orders the "
                           "plan could have drawn.")
                .arg(symptom, svg::num1(std::abs(r.difference)), percent,
                     r.difference < 0 ? QStringLiteral("lower") : QStringLiteral("higher"))
                .arg(r.pairsAnalysed)
                .arg(r.pairsPlanned)
                .arg(pValueText(r.p))
                .arg(r.orders);
    if (std::isfinite(r.ciLow))
        text += QStringLiteral(" 95% interval of ON minus OFF, allowing for runs of bad days: %1 "
                               "to %2 points.")
                    .arg(svg::num1(r.ciLow), svg::num1(r.ciHigh));
    if (r.smallestP >= 0.05)
        text += QStringLiteral(" With %1 pairs the smallest p this test can give is %2, so it "
                               "cannot show a clear result on its own.")
                    .arg(r.pairsAnalysed)
                    .arg(QLocale::c().toString(r.smallestP, 'f', 3));
    return text;
}

// The result in everyday words: what changed between ON and OFF and what that means.
QString resultSummary(const PlannedTrialResult &r, const PlannedTrial &plan)
{
    if (r.status == PlannedTrialResult::Status::NotStarted ||
        r.status == PlannedTrialResult::Status::Running || r.pairsAnalysed == 0)
        return resultSentence(r, plan);
    const QString symptom = r.symptomName.toLower();
    const long percent = std::abs(roundedPercent(r.percent));
    QString text =
        percent == 0 || !std::isfinite(r.percent)
            ? QStringLiteral("Your %1 was about the same in the ON and OFF periods").arg(symptom)
            : QStringLiteral("Your %1 was %2% %3 in the ON periods than in the OFF periods")
                  .arg(symptom)
                  .arg(percent)
                  .arg(r.difference < 0 ? QStringLiteral("lower") : QStringLiteral("higher"));
    switch (r.verdict) {
    case TrialEffect::Verdict::Helped:
        return text + QStringLiteral(": %1 probably helped.").arg(r.treatmentName);
    case TrialEffect::Verdict::Worse:
        return text + QStringLiteral(": %1 probably made it worse.").arg(r.treatmentName);
    case TrialEffect::Verdict::NoClearChange:
        return text + QStringLiteral(". Any change %1 made was small.").arg(r.treatmentName);
    case TrialEffect::Verdict::NotEnoughData:
        break;
    }
    return text + QStringLiteral(", but not clearly enough to tell whether that was %1.")
                      .arg(r.treatmentName);
}

} // namespace

QString PlannedTrialResult::statusCode(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return QStringLiteral("not-started");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Complete:
        return QStringLiteral("complete");
    case Status::Stopped:
        break;
    }
    return QStringLiteral("stopped");
}

RandomizationTest pairedRandomizationTest(const QVector<double> &firstMinusSecond,
                                          const QVector<bool> &onFirst)
{
    RandomizationTest t;
    const int k = int(firstMinusSecond.size());
    if (k == 0 || k != onFirst.size() || k > 20)
        return t;
    double observed = 0;
    for (int i = 0; i < k; ++i)
        observed += onFirst[i] ? firstMinusSecond[i] : -firstMinusSecond[i];
    observed /= k;
    // Ties within rounding count as "at least as far": the drawn order always counts itself.
    const double bar = std::abs(observed) - 1e-9 * (1.0 + std::abs(observed));
    int extreme = 0;
    const int orders = 1 << k;
    for (int mask = 0; mask < orders; ++mask) {
        double sum = 0;
        for (int i = 0; i < k; ++i)
            sum += (mask >> i & 1) ? firstMinusSecond[i] : -firstMinusSecond[i];
        extreme += std::abs(sum / k) >= bar;
    }
    t.statistic = observed;
    t.orders = orders;
    t.p = double(extreme) / orders;
    return t;
}

PlannedTrialResult analysePlannedTrial(const PlannedTrial &plan, const JournalSeries &series,
                                       const QDate &today)
{
    PlannedTrialResult r;
    r.planId = plan.id;
    r.treatmentName = plan.treatmentName.isEmpty() ? plan.treatmentKey : plan.treatmentName;
    r.symptomKey = plan.symptomKey;
    r.symptomName = series.displayName(plan.symptomKey);
    r.higherIsBetter = series.higherIsBetter(plan.symptomKey);
    r.pairsPlanned = plan.pairs;
    r.analysedTo = plan.lastDay();
    if (plan.stopped.isValid() && plan.stopped < r.analysedTo)
        r.analysedTo = plan.stopped;
    if (today < plan.start) {
        r.status = PlannedTrialResult::Status::NotStarted;
    } else if (plan.stopped.isValid() && plan.stopped < plan.lastDay()) {
        r.status = PlannedTrialResult::Status::Stopped;
    } else if (today < plan.lastDay()) {
        r.status = PlannedTrialResult::Status::Running;
        r.analysedTo = today;
    } else {
        r.status = PlannedTrialResult::Status::Complete;
    }

    // Per pair and period: the logged, non-washout values.
    QVector<stats::DailyValue> days;
    QVector<double> firstMinusSecond;
    QVector<bool> onFirst;
    double onSum = 0, offSum = 0;
    for (int pair = 0; pair < plan.pairs; ++pair) {
        double sum[2] = {0, 0};
        int count[2] = {0, 0};
        for (int half = 0; half < 2; ++half) {
            const QDate periodStart = plan.start.addDays((2 * pair + half) * plan.periodDays);
            for (int d = plan.washoutDays; d < plan.periodDays; ++d) {
                const QDate day = periodStart.addDays(d);
                if (day > r.analysedTo)
                    break;
                const double v = series.value(plan.symptomKey, day);
                if (!std::isfinite(v))
                    continue;
                const bool on = plan.onFirst.value(pair) == (half == 0);
                sum[half] += v;
                ++count[half];
                days.append({int(plan.start.daysTo(day)), v, on, false});
                (on ? onSum : offSum) += v;
                ++(on ? r.onDays : r.offDays);
            }
        }
        if (count[0] >= 2 && count[1] >= 2) {
            firstMinusSecond << sum[0] / count[0] - sum[1] / count[1];
            onFirst << plan.onFirst.value(pair);
        }
    }
    r.pairsAnalysed = int(firstMinusSecond.size());
    r.smallestP = PlannedTrial::smallestP(r.pairsAnalysed);
    if (r.onDays > 0)
        r.onMean = onSum / r.onDays;
    if (r.offDays > 0)
        r.offMean = offSum / r.offDays;
    const bool finished = r.status == PlannedTrialResult::Status::Complete ||
                          r.status == PlannedTrialResult::Status::Stopped;
    if (finished && r.pairsAnalysed > 0) {
        const RandomizationTest test = pairedRandomizationTest(firstMinusSecond, onFirst);
        r.difference = test.statistic;
        r.p = test.p;
        r.orders = test.orders;
        if (std::isfinite(r.offMean) && std::abs(r.offMean) >= 0.5)
            r.percent = 100.0 * r.difference / r.offMean;
        const stats::LevelShiftPosterior model = stats::LevelShiftPosterior::fit(days);
        if (model.valid()) {
            r.ciLow = model.shiftQuantile(0.025);
            r.ciHigh = model.shiftQuantile(0.975);
        }
        const Judgement judged = judgeChange(r.difference, r.higherIsBetter, r.p, r.ciLow, r.ciHigh,
                                             importantChangeFor(r.offMean));
        r.direction = judged.direction;
        r.verdict = judged.verdict;
    }
    r.sentence = resultSentence(r, plan);
    r.summary = resultSummary(r, plan);
    return r;
}

} // namespace fc
