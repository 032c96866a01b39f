#include "insights/questionnairetrends.h"

#include "core/htmlpage.h"
#include "insights/questionnairescores.h"
#include "insights/svgtext.h"

#include <QMap>

namespace fc {

namespace {

struct Point
{
    QDate day;
    double value;
};

// A line of dated values on a 0..maximum scale, dots at each answer, and the trials that ran
// in that time as bars below it.
QString lineChart(const QVector<Point> &points, double maximum, const QString &title,
                  const QVector<Trial> &trials = {})
{
    const QDate chartFrom = points.constFirst().day, chartTo = points.constLast().day;
    QVector<const Trial *> shown;
    for (const Trial &t : trials)
        if (t.start <= chartTo && (!t.stop.isValid() || t.stop >= chartFrom))
            shown << &t;
    constexpr double kTrialRow = 30;
    const double width = 520, left = 40, right = 12, top = 12, bottom = 28;
    const double height = 170 + kTrialRow * double(shown.size());
    const double plotW = width - left - right,
                 plotH = height - top - bottom - kTrialRow * double(shown.size());
    const QDate first = points.constFirst().day, last = points.constLast().day;
    const double span = std::max<qint64>(1, first.daysTo(last));
    auto x = [&](const QDate &d) {
        return left + plotW * double(first.daysTo(d)) / span;
    };
    auto y = [&](double v) {
        return top + plotH * (1 - v / maximum);
    };
    QString out = svg::open(width, height, QStringLiteral("fc-chart questionnaire"), title);
    for (double v : {0.0, maximum / 2, maximum}) {
        out +=
            QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"currentColor\" "
                           "stroke-opacity=\"0.25\"/>")
                .arg(svg::num(left), svg::num(width - right), svg::num(y(v)));
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" class=\"fc-muted\">%3"
                              "</text>")
                   .arg(svg::num(left - 6), svg::num(y(v) + 4), svg::num(v));
    }
    QStringList coords;
    for (const Point &p : points)
        coords << svg::num(x(p.day)) + QLatin1Char(',') + svg::num(y(p.value));
    out += QStringLiteral("<polyline fill=\"none\" stroke=\"#0072b2\" stroke-width=\"2\" "
                          "points=\"%1\"/>")
               .arg(coords.join(QLatin1Char(' ')));
    for (const Point &p : points)
        out +=
            QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3.5\" fill=\"#0072b2\"><title>%3: "
                           "%4</title></circle>")
                .arg(svg::num(x(p.day)), svg::num(y(p.value)), svg::day(p.day), svg::num1(p.value));
    const double axis = top + plotH + 20;
    out +=
        QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"fc-muted\">%3</text>"
                       "<text x=\"%4\" y=\"%2\" text-anchor=\"end\" class=\"fc-muted\">%5</text>")
            .arg(svg::num(left), svg::num(axis), svg::day(first), svg::num(width - right),
                 svg::day(last));
    if (!shown.isEmpty())
        out += svg::trialRows(shown, chartFrom, chartTo, left, plotW, axis + 4, kTrialRow,
                              QStringLiteral("#56718f"));
    return out + QStringLiteral("</svg>");
}

QString trendSentence(const QString &measure, const QVector<Point> &points, double maximum,
                      bool whole)
{
    auto text = [whole](double v) {
        return whole ? svg::num(v) : svg::num1(v);
    };
    if (points.size() < kMinimumTrendPoints)
        return (points.size() == 1
                    ? QStringLiteral("%1: 1 answer set so far; a trend needs at least %2.")
                          .arg(measure)
                    : QStringLiteral("%1: %2 answer sets so far; a trend needs at least %3.")
                          .arg(measure)
                          .arg(points.size()))
            .arg(kMinimumTrendPoints);
    const Point &a = points.constFirst();
    const Point &b = points.constLast();
    return QStringLiteral("%1 (0–%2, lower is better) was %3 on %4 and %5 on %6, over %7 answer "
                          "sets.")
        .arg(measure, svg::num(maximum), text(a.value), svg::day(a.day), text(b.value),
             svg::day(b.day))
        .arg(points.size());
}

QString cell(const std::optional<double> &v)
{
    return QStringLiteral("<td class=\"num\">%1</td>").arg(v ? svg::num1(*v) : QStringLiteral("–"));
}

QString cell(const std::optional<int> &v)
{
    return QStringLiteral("<td class=\"num\">%1</td>")
        .arg(v ? QString::number(*v) : QStringLiteral("–"));
}

} // namespace

QString questionnaireTrendsHtml(const QVector<FiqrAnswers> &fiqr,
                                const QVector<Acr2016Answers> &acr, const QVector<Trial> &trials)
{
    QString html = QStringLiteral("<section aria-labelledby=\"questionnaires\"><h2 "
                                  "id=\"questionnaires\">Questionnaires</h2>");
    QMap<QDate, FiqrScore> fiqrByDay;
    QMap<QDate, Acr2016Score> acrByDay;
    for (const FiqrAnswers &a : fiqr)
        if (!a.isEmpty())
            fiqrByDay.insert(a.day, scoreFiqr(a));
    for (const Acr2016Answers &a : acr)
        if (!a.isEmpty())
            acrByDay.insert(a.day, scoreAcr2016(a));
    if (fiqrByDay.isEmpty() && acrByDay.isEmpty())
        return html + QStringLiteral("<p class=\"empty\">The FIQR (weekly) and the ACR 2016 body "
                                     "map (monthly) are the measures rheumatologists use: Journal "
                                     "→ Fibromyalgia impact (FIQR) or Body map and symptom "
                                     "severity.</p></section>");

    QVector<Point> totals, severity;
    for (auto it = fiqrByDay.cbegin(); it != fiqrByDay.cend(); ++it)
        if (it->total)
            totals << Point{it.key(), *it->total};
    for (auto it = acrByDay.cbegin(); it != acrByDay.cend(); ++it)
        if (it->fs)
            severity << Point{it.key(), double(*it->fs)};
    if (!fiqrByDay.isEmpty()) {
        html += QStringLiteral("<p class=\"sentence\">%1</p>")
                    .arg(escaped(trendSentence(QStringLiteral("FIQR total"), totals, 100, false)));
        if (totals.size() >= kMinimumTrendPoints)
            html +=
                QStringLiteral("<figure class=\"chart\">%1</figure>")
                    .arg(lineChart(totals, 100, QStringLiteral("FIQR total over time"), trials));
    }
    if (!acrByDay.isEmpty()) {
        html += QStringLiteral("<p class=\"sentence\">%1</p>")
                    .arg(escaped(trendSentence(QStringLiteral("Fibromyalgia severity (FS)"),
                                               severity, 31, true)));
        if (severity.size() >= kMinimumTrendPoints)
            html += QStringLiteral("<figure class=\"chart\">%1</figure>")
                        .arg(lineChart(severity, 31, QStringLiteral("FS over time")));
    }

    // Newest first, a year of answers at most.
    QMap<QDate, bool> days;
    for (auto it = fiqrByDay.cbegin(); it != fiqrByDay.cend(); ++it)
        days.insert(it.key(), true);
    for (auto it = acrByDay.cbegin(); it != acrByDay.cend(); ++it)
        days.insert(it.key(), true);
    html += QStringLiteral("<table class=\"questionnaires\"><thead><tr><th>Date</th>"
                           "<th class=\"num\">FIQR total</th><th class=\"num\">Function</th>"
                           "<th class=\"num\">Overall</th><th class=\"num\">Symptoms</th>"
                           "<th class=\"num\">WPI</th><th class=\"num\">SSS</th>"
                           "<th class=\"num\">FS</th></tr></thead><tbody>");
    int rows = 0;
    for (auto it = days.cend(); it != days.cbegin() && rows < 60; ++rows) {
        --it;
        const FiqrScore f = fiqrByDay.value(it.key());
        const bool hasAcr = acrByDay.contains(it.key());
        const Acr2016Score a = acrByDay.value(it.key());
        html += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(svg::day(it.key())) +
                cell(f.total) + cell(f.function) + cell(f.overall) + cell(f.symptoms) +
                cell(hasAcr ? std::optional<int>(a.wpi) : std::nullopt) + cell(a.sss) + cell(a.fs) +
                QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table><p class=\"fc-muted\">%1 %2 Scores for your doctor, "
                           "not a diagnosis.</p></section>")
                .arg(escaped(fiqr::citation()), escaped(acr2016::citation()));
    return html;
}

QString trialQuestionnaireHtml(const Trial &trial, const QVector<FiqrAnswers> &fiqr,
                               int baselineDays, const QDate &today)
{
    const QDate before = trial.start.addDays(-baselineDays);
    const QDate end = trial.stop.isValid() ? trial.stop : today;
    QVector<Point> baseline, during;
    for (const FiqrAnswers &a : fiqr) {
        const FiqrScore s = scoreFiqr(a);
        if (!s.total)
            continue;
        if (a.day >= before && a.day < trial.start)
            baseline << Point{a.day, *s.total};
        else if (a.day >= trial.start && a.day <= end)
            during << Point{a.day, *s.total};
    }
    if (baseline.isEmpty() && during.isEmpty())
        return QString();
    auto mean = [](const QVector<Point> &points) {
        double sum = 0;
        for (const Point &p : points)
            sum += p.value;
        return sum / double(points.size());
    };
    auto part = [&](const QVector<Point> &points, const QString &when) {
        if (points.isEmpty())
            return QStringLiteral("none %1").arg(when);
        if (points.size() == 1)
            return QStringLiteral("1 %1 (%2 on %3)")
                .arg(when, svg::num1(points[0].value), svg::day(points[0].day));
        return QStringLiteral("%1 %2 (mean %3, from %4 on %5 to %6 on %7)")
            .arg(points.size())
            .arg(when, svg::num1(mean(points)), svg::num1(points.constFirst().value),
                 svg::day(points.constFirst().day), svg::num1(points.constLast().value),
                 svg::day(points.constLast().day));
    };
    QString text = QStringLiteral("FIQR total (0–100, lower is better): %1; %2.")
                       .arg(part(baseline, QStringLiteral("before the trial")),
                            part(during, QStringLiteral("on it")));
    text += baseline.size() >= kMinimumTrendPoints && during.size() >= kMinimumTrendPoints
                ? QStringLiteral(" Weekly answers are too few for the trial statistics above, so "
                                 "this is a description, not a test.")
                : QStringLiteral(" Too few answers on each side to say whether it changed.");
    return QStringLiteral("<p class=\"sentence questionnaire\">%1</p>").arg(escaped(text));
}

} // namespace fc
