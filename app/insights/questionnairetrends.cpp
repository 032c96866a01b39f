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

// A line of dated values on a 0..maximum scale, dots at each answer.
QString lineChart(const QVector<Point> &points, double maximum, const QString &title)
{
    const double width = 520, height = 170, left = 40, right = 12, top = 12, bottom = 28;
    const double plotW = width - left - right, plotH = height - top - bottom;
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
    out +=
        QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"fc-muted\">%3</text>"
                       "<text x=\"%4\" y=\"%2\" text-anchor=\"end\" class=\"fc-muted\">%5</text>")
            .arg(svg::num(left), svg::num(height - 8), svg::day(first), svg::num(width - right),
                 svg::day(last));
    return out + QStringLiteral("</svg>");
}

QString trendSentence(const QString &measure, const QVector<Point> &points, double maximum,
                      bool whole)
{
    auto text = [whole](double v) {
        return whole ? svg::num(v) : svg::num1(v);
    };
    if (points.size() < kMinimumTrendPoints)
        return QStringLiteral("%1: %2 answer set(s) so far; a trend needs at least %3.")
            .arg(measure)
            .arg(points.size())
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
                                const QVector<Acr2016Answers> &acr)
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
            html += QStringLiteral("<figure class=\"chart\">%1</figure>")
                        .arg(lineChart(totals, 100, QStringLiteral("FIQR total over time")));
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

} // namespace fc
