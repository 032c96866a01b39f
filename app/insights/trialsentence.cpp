// The plain-language summary of a trial effect. Numbers are rounded the way they are shown so
// the sentence never claims more precision than a 0-10 diary has.
#include "insights/trialeffect.h"

#include <QLocale>
#include <cmath>

namespace fc {

namespace {

QString one(double v)
{
    return QLocale::c().toString(v, 'f', 1);
}

// 28.8 -> "28.8", 18.0 -> "18"
QString percentText(double v)
{
    const double rounded = std::round(v * 10.0) / 10.0;
    if (std::abs(rounded - std::round(rounded)) < 1e-9)
        return QString::number(qint64(std::round(rounded)));
    return QLocale::c().toString(rounded, 'f', 1);
}

QString lowerFirst(const QString &text)
{
    if (text.size() < 2 || !text[0].isUpper() || text[1].isUpper())
        return text;
    return text[0].toLower() + text.mid(1);
}

QString durationText(int days)
{
    if (days < 21)
        return days == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(days);
    if (days < 120)
        return QStringLiteral("%1 weeks").arg(qRound(days / 7.0));
    return QStringLiteral("%1 months").arg(qRound(days / 30.44));
}

QString pText(double p)
{
    if (!std::isfinite(p))
        return QString();
    if (p < 0.001)
        return QStringLiteral("p < 0.001");
    return QStringLiteral("p = %1").arg(QLocale::c().toString(p, 'f', p < 0.01 ? 3 : 2));
}

QString intervalText(const TrialEffect &e)
{
    if (!std::isfinite(e.ciLow) || !std::isfinite(e.ciHigh))
        return QString();
    const QString p = pText(e.p);
    const QString tail = p.isEmpty() ? QString() : QStringLiteral(", ") + p;
    if (e.ciLow >= 0 && e.difference > 0)
        return QStringLiteral("95% CI %1 to %2%3").arg(one(e.ciLow), one(e.ciHigh), tail);
    if (e.ciHigh <= 0 && e.difference < 0)
        return QStringLiteral("95% CI %1 to %2%3").arg(one(-e.ciHigh), one(-e.ciLow), tail);
    return QStringLiteral("95% CI from %1 lower to %2 higher%3, so no change at all is also "
                          "consistent with these days")
        .arg(one(-e.ciLow), one(e.ciHigh), tail);
}

QString studyText(const TrialEffect &e)
{
    if (!e.study)
        return QString();
    const StudyComparison &s = *e.study;
    auto change = [](double v) {
        return QStringLiteral("%1 %2%").arg(
            v <= 0 ? QStringLiteral("fell") : QStringLiteral("rose"), percentText(std::abs(v)));
    };
    QString text = QStringLiteral(" In the study in the article, %1 %2 on %3")
                       .arg(lowerFirst(e.symptomName), change(s.treatmentChangePercent),
                            lowerFirst(e.treatmentName));
    if (s.placeboChangePercent) {
        const double v = *s.placeboChangePercent;
        text += QStringLiteral(" and %1 on placebo")
                    .arg(v <= 0 ? QStringLiteral("%1%").arg(percentText(std::abs(v)))
                                : QStringLiteral("rose %1%").arg(percentText(v)));
    }
    return text + u'.';
}

} // namespace

QString trialEffectSentence(const TrialEffect &e)
{
    if (!e.enoughData)
        return e.message;
    const QString symptom = e.symptomName;
    const QString on = QStringLiteral("in the %1 on %2")
                           .arg(durationText(e.treatmentLength), lowerFirst(e.treatmentName));
    const QString before = QStringLiteral("in the %1 days before").arg(e.baselineLength);
    QString text;
    if (e.direction == TrialEffect::Direction::Same) {
        text = QStringLiteral("%1 was the same on average (%2) %3 as %4.")
                   .arg(symptom, one(e.baselineMean), on, before);
    } else {
        const double size = std::abs(e.difference);
        const QString points = QStringLiteral("%1 %2").arg(
            one(size),
            qFuzzyCompare(size, 1.0) ? QStringLiteral("point") : QStringLiteral("points"));
        const QString percent =
            std::isfinite(e.percentChange)
                ? QStringLiteral(" (%1%)").arg(qRound(std::abs(e.percentChange)))
                : QString();
        const QString interval = intervalText(e);
        text = QStringLiteral("%1 was %2%3 %4 %5 than %6%7.")
                   .arg(symptom, points, percent,
                        e.difference < 0 ? QStringLiteral("lower") : QStringLiteral("higher"), on,
                        before,
                        interval.isEmpty() ? QString() : QStringLiteral(" (") + interval + u')');
        text += QStringLiteral(" %1 is better for %2, so this is the %3 direction.")
                    .arg(e.higherIsBetter ? QStringLiteral("Higher") : QStringLiteral("Lower"),
                         lowerFirst(symptom), TrialEffect::directionName(e.direction));
    }
    if (!e.clinicalLabel.isEmpty()) {
        const QString reduction = QString::number(qRound(-e.percentChange));
        if (e.clinicalLabel == QLatin1String("less than moderately important"))
            text += QStringLiteral(" A %1% reduction is below the 30% that the IMMPACT thresholds "
                                   "count as moderately important.")
                        .arg(reduction);
        else
            text += QStringLiteral(" By the IMMPACT thresholds for pain, a %1% reduction is %2.")
                        .arg(reduction, e.clinicalLabel);
    }
    return text + studyText(e);
}

} // namespace fc
