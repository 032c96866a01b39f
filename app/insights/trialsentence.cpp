// The plain-language summary of a trial effect. Numbers are rounded the way they are shown so
// the sentence never claims more precision than a 0-10 diary has.
#include "insights/svgtext.h"
#include "insights/trialeffect.h"

#include <QLocale>
#include <cmath>

namespace fc {

namespace {

// 28.8 -> "28.8", 18.0 -> "18"
QString percentText(double v)
{
    const double rounded = std::round(v * 10.0) / 10.0;
    if (std::abs(rounded - std::round(rounded)) < 1e-9)
        return QString::number(qint64(std::round(rounded)));
    return QLocale::c().toString(rounded, 'f', 1);
}

// "Low-dose naltrexone (LDN)" -> "low-dose naltrexone (LDN)" inside a sentence. A name written
// in title case ("Low Dose Naltrexone", "Vitamin D") or starting with an acronym is kept as is.
QString lowerFirst(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words[0].size() < 2 || !words[0][0].isUpper())
        return text;
    for (int i = 1; i < words[0].size(); ++i) {
        if (words[0][i].isUpper())
            return text;
    }
    for (int w = 1; w < words.size(); ++w) {
        QString word = words[w];
        while (!word.isEmpty() && !word[0].isLetterOrNumber())
            word.remove(0, 1);
        if (word.size() >= 2 && word[0].isUpper() && word[1].isLower())
            return text;
        if (word.size() == 1 && word[0].isUpper())
            return text;
    }
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

QString pointsText(double size)
{
    return QStringLiteral("%1 %2").arg(svg::num1(size), svg::num1(size) == QLatin1String("1.0")
                                                            ? QStringLiteral("point")
                                                            : QStringLiteral("points"));
}

// The 95% interval in words that match the signed numbers of the table: "between 0.9 and 2.7
// points lower", or "from 0.8 lower to 0.4 higher".
QString intervalText(const TrialEffect &e)
{
    if (!std::isfinite(e.ciLow) || !std::isfinite(e.ciHigh))
        return QString();
    const QString p = pValueText(e.p);
    const QString tail = p.isEmpty() ? QString() : QStringLiteral("; ") + p;
    if (std::abs(e.ciHigh - e.ciLow) < 0.05)
        return QStringLiteral("every day logged had the same score%1").arg(tail);
    if (e.ciLow >= 0)
        return QStringLiteral("95% interval: between %1 and %2 higher%3")
            .arg(svg::num1(e.ciLow), pointsText(e.ciHigh), tail);
    if (e.ciHigh <= 0)
        return QStringLiteral("95% interval: between %1 and %2 lower%3")
            .arg(svg::num1(-e.ciHigh), pointsText(-e.ciLow), tail);
    return QStringLiteral("95% interval: from %1 lower to %2 higher%3")
        .arg(svg::num1(-e.ciLow), pointsText(e.ciHigh), tail);
}

QString verdictLead(const TrialEffect &e)
{
    const QString text = e.verdictText();
    return text[0].toUpper() + text.mid(1) + QStringLiteral(": ");
}

// What settles an open verdict, or why it stays open.
QString settleText(const TrialEffect &e)
{
    if (e.daysStillNeeded > 0)
        return QStringLiteral(" About %1 more days on the treatment would settle it.")
            .arg(e.daysStillNeeded);
    if (e.daysStillNeeded < 0)
        return QStringLiteral(" More days on the treatment alone would not settle it: too few "
                              "days were logged before the start.");
    return QStringLiteral(" The days logged are too few to tell.");
}

QString chanceText(const TrialEffect &e)
{
    if (!std::isfinite(e.probabilityImportant))
        return QString();
    const QString chance = QString::number(qRound(100 * e.probabilityImportant));
    const QString change = e.higherIsBetter ? QStringLiteral("rise") : QStringLiteral("fall");
    if (e.symptomKey == QLatin1String("pain") && !e.higherIsBetter)
        return QStringLiteral(" Chance that pain fell by at least 30%, the change the IMMPACT "
                              "thresholds count as moderately important: %1%.")
            .arg(chance);
    return QStringLiteral(" Chance of a %1 of at least 30% in %2: %3%.")
        .arg(change, lowerFirst(e.symptomName), chance);
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

QString trialEffectSummary(const TrialEffect &e)
{
    if (!e.enoughData)
        return e.message;
    const QString symptom = lowerFirst(e.symptomName);
    const QString on = QStringLiteral("in the %1 on %2")
                           .arg(durationText(e.treatmentLength), lowerFirst(e.treatmentName));
    const QString before = QStringLiteral("in the %1 days before").arg(e.baselineLength);
    const long percent = std::abs(roundedPercent(e.percentChange));
    QString change;
    if (e.direction == TrialEffect::Direction::Same || percent == 0)
        change = QStringLiteral("Your %1 was about the same %2 as %3").arg(symptom, on, before);
    else
        change = QStringLiteral("Your %1 was %2% %3 %4 than %5")
                     .arg(symptom)
                     .arg(percent)
                     .arg(e.difference < 0 ? QStringLiteral("lower") : QStringLiteral("higher"), on,
                          before);
    switch (e.verdict) {
    case TrialEffect::Verdict::Helped:
        return change + QStringLiteral(", more than your usual ups and downs: it probably "
                                       "helped.");
    case TrialEffect::Verdict::Worse:
        return change + QStringLiteral(", more than your usual ups and downs: it probably made "
                                       "it worse.");
    case TrialEffect::Verdict::NoClearChange:
        return change + QStringLiteral(". Any change it made was small.");
    case TrialEffect::Verdict::NotEnoughData:
        break;
    }
    return change +
           QStringLiteral(", but your days vary too much to tell whether that was the "
                          "treatment.") +
           settleText(e);
}

QString trialEffectSentence(const TrialEffect &e)
{
    if (!e.enoughData)
        return e.message;
    const QString symptom = e.symptomName;
    const QString on = QStringLiteral("in the %1 on %2")
                           .arg(durationText(e.treatmentLength), lowerFirst(e.treatmentName));
    const QString before = QStringLiteral("your usual level (%1) in the %2 days before")
                               .arg(svg::num1(e.baselineMean))
                               .arg(e.baselineLength);
    QString text = verdictLead(e);
    const QString interval = intervalText(e);
    if (e.direction == TrialEffect::Direction::Same) {
        text += QStringLiteral("%1 was the same %2 as %3 (%4).")
                    .arg(lowerFirst(symptom), on, before, interval);
    } else {
        const QString percent =
            std::isfinite(e.percentChange)
                ? QStringLiteral(" (%1%)").arg(std::abs(roundedPercent(e.percentChange)))
                : QString();
        text += QStringLiteral("%1 was %2%3 %4 %5 than %6 (%7).")
                    .arg(lowerFirst(symptom), pointsText(std::abs(e.difference)), percent,
                         e.difference < 0 ? QStringLiteral("lower") : QStringLiteral("higher"), on,
                         before, interval);
        text += QStringLiteral(" %1 is better for %2.")
                    .arg(e.higherIsBetter ? QStringLiteral("Higher") : QStringLiteral("Lower"),
                         lowerFirst(symptom));
    }
    if (e.verdict == TrialEffect::Verdict::NoClearChange)
        text += QStringLiteral(" That rules out a change of %1 either way.")
                    .arg(pointsText(e.importantChange));
    if (e.verdict == TrialEffect::Verdict::NotEnoughData)
        text += settleText(e);
    text += chanceText(e);
    return text + studyText(e);
}

long roundedPercent(double percent)
{
    const long rounded = std::lround(percent);
    return rounded == 0 ? 0 : rounded;
}

namespace {

QString withSign(double rounded, const QString &magnitude)
{
    if (rounded > 0)
        return u'+' + magnitude;
    if (rounded < 0)
        return QChar(0x2212) + magnitude;
    return magnitude;
}

} // namespace

QString signedPercentText(double percent)
{
    if (!std::isfinite(percent))
        return QStringLiteral("–");
    const long rounded = roundedPercent(percent);
    return withSign(double(rounded), QString::number(std::abs(rounded)) + u'%');
}

QString signedPointsText(double points)
{
    if (!std::isfinite(points))
        return QStringLiteral("–");
    const double rounded = std::round(points * 10) / 10;
    return withSign(rounded, QLocale::c().toString(std::abs(rounded), 'f', 1));
}

QString pValueText(double p)
{
    if (!std::isfinite(p))
        return QString();
    if (p < 0.001)
        return QStringLiteral("p < 0.001");
    return QStringLiteral("p = %1").arg(QLocale::c().toString(p, 'f', 3));
}

} // namespace fc
