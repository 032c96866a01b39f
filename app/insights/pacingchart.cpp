#include "insights/pacingchart.h"

#include "insights/svgtext.h"
#include "journal/daymeasures.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

struct PacingChartText
{
    Q_DECLARE_TR_FUNCTIONS(fc::PacingChart)
};

constexpr double kPacingWidth = 640;
constexpr double kPacingLeft = 34;
constexpr double kPacingRight = 596; // room on the right for a scale of its own
constexpr double kPacingTop = 34;
constexpr double kPacingBottom = 196;
constexpr int kPacingDays = 90;
// The same hues as the history charts: bars in its first series colour, the line in its second.
constexpr char kPacingBarColour[] = "#0072B2";
constexpr char kPacingLineColour[] = "#B85000";

// The smallest of 1, 2, 2.5, 5 times a power of ten that is at least v: a scale top that reads
// as a round number (12,345 steps -> 20,000; 9.5 hours -> 10).
double roundScaleTop(double v)
{
    if (!(v > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * power >= v - 1e-9)
            return step * power;
    return 10 * power;
}

} // namespace

QString pacingChartSvg(const JournalSeries &series, const PacingFinding &finding, QDate from,
                       const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return QString();
    if (from.daysTo(to) + 1 > kPacingDays)
        from = to.addDays(-(kPacingDays - 1));
    const QVector<double> load = series.window(finding.loadKey, from, to);
    QVector<double> outcome;
    if (finding.outcomeKey == PacingLags::crashKey()) {
        for (QDate d = from; d <= to; d = d.addDays(1))
            outcome << (series.isLogged(d) ? (series.isCrash(d) ? 10.0 : 0.0) : qQNaN());
    } else {
        outcome = series.window(finding.outcomeKey, from, to);
    }
    QVector<double> logged;
    for (double v : load)
        if (std::isfinite(v))
            logged << v;
    if (logged.isEmpty())
        return QString();
    std::sort(logged.begin(), logged.end());
    const double high = logged[qsizetype(0.8 * double(logged.size() - 1))];
    // A 0-10 load (exertion) shares the outcome's scale, so a 9 stands below the 10 line; any
    // other (steps, hours) gets a round scale of its own, labelled on the right.
    const DayMeasures::Kind *kind =
        DayMeasures::kind(finding.loadKey.mid(finding.loadKey.indexOf(u':') + 1));
    const bool sharedScale = kind && kind->maximum == 10;
    const double loadTop = sharedScale ? 10.0 : roundScaleTop(logged.constLast());
    const bool crashes = finding.outcomeKey == PacingLags::crashKey();
    const int days = int(load.size());
    const double dayWidth = (kPacingRight - kPacingLeft) / days;
    auto x = [&](int i) {
        return kPacingLeft + (i + 0.5) * dayWidth;
    };
    auto yOutcome = [&](double v) {
        return kPacingBottom - (kPacingBottom - kPacingTop) * v / 10.0;
    };

    const QString loadName = finding.loadName.toLower();
    const QString outcomeName = finding.outcomeName.toLower();
    const QString title =
        PacingChartText::tr("%1 as bars and %2 as a line, %3 to %4; days of high %1 joined to "
                            "%2 %n day(s) later",
                            nullptr, finding.lag)
            .arg(loadName, outcomeName, svg::day(from), svg::day(to));
    QString out = svg::open(kPacingWidth, 262, QStringLiteral("fc-chart fc-pacing"), title);
    // The outcome's scale, 0-10, on the left; light grid lines.
    out += QStringLiteral("<g class=\"fc-grid\" stroke=\"currentColor\" stroke-opacity=\"0.2\">");
    for (int v : {0, 5, 10})
        out += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\"/>")
                   .arg(svg::num(kPacingLeft), svg::num(kPacingRight), svg::num(yOutcome(v)));
    out += QStringLiteral("</g><g class=\"fc-axis\" font-size=\"11\" text-anchor=\"end\">");
    for (int v : {0, 5, 10})
        out += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(svg::num(kPacingLeft - 6), svg::num(yOutcome(v) + 4))
                   .arg(v);
    out += QStringLiteral("</g>");
    if (!sharedScale) {
        out += QStringLiteral("<g class=\"fc-axis\" font-size=\"11\" text-anchor=\"start\">");
        for (double f : {0.0, 0.5, 1.0})
            out += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                       .arg(svg::num(kPacingRight + 3), svg::num(yOutcome(10 * f) + 4),
                            QLocale().toString(loadTop * f, 'f', loadTop * f < 10 ? 1 : 0));
        out += QStringLiteral("</g>");
    }
    out += QStringLiteral("<text x=\"%1\" y=\"18\" font-weight=\"bold\">%2</text>")
               .arg(svg::num(kPacingLeft),
                    svg::esc(PacingChartText::tr("%1 and %2 %n day(s) later", nullptr, finding.lag)
                                 .arg(finding.loadName, outcomeName)));
    // The load's bars on its scale.
    out += QStringLiteral("<g class=\"fc-pts fc-c0\" fill=\"%1\" fill-opacity=\"0.45\">")
               .arg(QLatin1String(kPacingBarColour));
    for (int i = 0; i < days; ++i) {
        if (!std::isfinite(load[i]))
            continue;
        const double h = (kPacingBottom - kPacingTop) * std::min(load[i], loadTop) / loadTop;
        out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"/>")
                   .arg(svg::num(x(i) - dayWidth * 0.4), svg::num(kPacingBottom - h),
                        svg::num(dayWidth * 0.8), svg::num(h));
    }
    out += QStringLiteral("</g>");
    // Each day of high load joined to the outcome `lag` days later: for crash days, only to the
    // crashes that came, so no line ends on a day without one.
    out += QStringLiteral("<g class=\"fc-lag\" stroke=\"currentColor\" stroke-opacity=\"0.7\" "
                          "stroke-dasharray=\"3 3\" fill=\"none\">");
    for (int i = 0; i + finding.lag < days; ++i) {
        const double later = outcome[i + finding.lag];
        if (!std::isfinite(load[i]) || load[i] < high || !std::isfinite(later) ||
            (crashes && later <= 0))
            continue;
        const double top =
            kPacingBottom - (kPacingBottom - kPacingTop) * std::min(load[i], loadTop) / loadTop;
        out += QStringLiteral("<path d=\"M%1 %2 L%3 %4\"/>")
                   .arg(svg::num(x(i)), svg::num(top), svg::num(x(i + finding.lag)),
                        svg::num(yOutcome(later)));
    }
    out += QStringLiteral("</g>");
    // Crash days as triangles at the top: a line between 0 and 10 would say nothing.
    if (crashes) {
        out += QStringLiteral("<g class=\"fc-mean fc-c1\" fill=\"%1\">")
                   .arg(QLatin1String(kPacingLineColour));
        for (int i = 0; i < days; ++i)
            if (std::isfinite(outcome[i]) && outcome[i] > 0)
                out += QStringLiteral("<path d=\"M%1 %2 l5 9 h-10 z\"/>")
                           .arg(svg::num(x(i)), svg::num(yOutcome(10) - 4));
        out += QStringLiteral("</g>");
    }
    // The outcome's line, broken where a day was not logged.
    QString path;
    bool pen = false;
    for (int i = 0; i < days && !crashes; ++i) {
        if (!std::isfinite(outcome[i])) {
            pen = false;
            continue;
        }
        path += QStringLiteral("%1%2 %3 ")
                    .arg(pen ? QStringLiteral("L") : QStringLiteral("M"), svg::num(x(i)),
                         svg::num(yOutcome(outcome[i])));
        pen = true;
    }
    out += QStringLiteral("<path class=\"fc-mean fc-c1\" d=\"%1\" fill=\"none\" stroke=\"%2\" "
                          "stroke-width=\"2\"/>")
               .arg(path.trimmed(), QLatin1String(kPacingLineColour));
    // Dates under the plot: first, middle, last.
    out += QStringLiteral("<g class=\"fc-axis\" font-size=\"11\">");
    const QVector<QPair<int, QString>> ticks{{0, QStringLiteral("start")},
                                             {days / 2, QStringLiteral("middle")},
                                             {days - 1, QStringLiteral("end")}};
    for (const auto &[i, anchor] : ticks)
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\">%4</text>")
                   .arg(svg::num(i == days - 1 ? kPacingRight
                                 : i == 0      ? kPacingLeft
                                               : x(i)),
                        svg::num(kPacingBottom + 16), anchor, svg::day(from.addDays(i)));
    out += QStringLiteral("</g>");
    // The key: each mark by its shape as well as its colour.
    const double keyY = kPacingBottom + 40;
    out +=
        QStringLiteral("<g font-size=\"11\">"
                       "<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\" "
                       "fill-opacity=\"0.45\" class=\"fc-pts fc-c0\"/>"
                       "<text x=\"%4\" y=\"%5\">%6</text>"
                       "<path class=\"fc-mean fc-c1\" d=\"M%7 %8 h16\" stroke=\"%9\" "
                       "stroke-width=\"2\"/>")
            .arg(svg::num(kPacingLeft), svg::num(keyY - 9), QLatin1String(kPacingBarColour),
                 svg::num(kPacingLeft + 14), svg::num(keyY),
                 svg::esc(
                     sharedScale
                         ? PacingChartText::tr("%1, 0-10").arg(finding.loadName)
                         : PacingChartText::tr("%1 (scale on the right)").arg(finding.loadName)),
                 svg::num(kPacingLeft + 250), svg::num(keyY - 4), QLatin1String(kPacingLineColour));
    out +=
        QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>"
                       "<path d=\"M%4 %5 h16\" stroke=\"currentColor\" stroke-dasharray=\"3 3\"/>"
                       "<text x=\"%6\" y=\"%5\" dy=\"4\">%7</text></g>")
            .arg(svg::num(kPacingLeft + 270), svg::num(keyY),
                 svg::esc(crashes ? PacingChartText::tr("%1 (triangles)").arg(finding.outcomeName)
                                  : PacingChartText::tr("%1, 0-10").arg(finding.outcomeName)),
                 svg::num(kPacingLeft), svg::num(keyY + 18), svg::num(kPacingLeft + 20),
                 svg::esc(PacingChartText::tr("a day of high %1 joined to %2 %n day(s) later",
                                              nullptr, finding.lag)
                              .arg(loadName, outcomeName)));
    return out + QStringLiteral("</svg>");
}

} // namespace fc
