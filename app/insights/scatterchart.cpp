// ChartBuilder::scatterSvg: days with the same pair of scores share one circle whose area grows
// with the number of days, so whole-number diaries do not hide how many days sit on a point.
#include "insights/chartbuilder.h"
#include "insights/svgtext.h"

#include <QMap>
#include <cmath>

namespace fc {

QString ChartBuilder::scatterSvg(const SeriesCorrelation &c)
{
    if (c.pairs.isEmpty())
        return QString();
    constexpr double w = 420;
    constexpr double h = 340;
    constexpr double left = 48;
    constexpr double bottom = 44;
    constexpr double top = 12;
    constexpr double right = 12;
    double xMax = 10;
    double yMax = 10;
    QMap<QPair<double, double>, int> counts;
    for (const QPointF &p : c.pairs) {
        const double x = std::round(p.x() * 4) / 4;
        const double y = std::round(p.y() * 4) / 4;
        xMax = qMax(xMax, std::ceil(x / 2) * 2);
        yMax = qMax(yMax, std::ceil(y / 2) * 2);
        ++counts[qMakePair(x, y)];
    }
    auto px = [&](double x) {
        return left + x / xMax * (w - left - right);
    };
    auto py = [&](double y) {
        return h - bottom - y / yMax * (h - top - bottom);
    };
    const QString xLabel =
        c.lag == 0 ? c.xName : QStringLiteral("%1, %2 day(s) before").arg(c.xName).arg(c.lag);
    QString out = svg::open(w, h, QStringLiteral("fc-chart fc-scatter"),
                            QStringLiteral("%1 against %2").arg(c.yName, xLabel));
    out += QStringLiteral("<g class=\"fc-grid\" stroke=\"currentColor\" stroke-opacity=\"0.2\">");
    for (int q = 0; q <= 2; ++q) {
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\"/>")
                   .arg(svg::num(px(xMax * q / 2)), svg::num(top), svg::num(h - bottom));
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>")
                   .arg(svg::num(left), svg::num(py(yMax * q / 2)), svg::num(w - right));
    }
    out += QStringLiteral("</g><g font-size=\"11\">");
    for (int q = 0; q <= 2; ++q) {
        out +=
            QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                .arg(svg::num(px(xMax * q / 2)), svg::num(h - bottom + 15), svg::num(xMax * q / 2));
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(svg::num(left - 6), svg::num(py(yMax * q / 2) + 4), svg::num(yMax * q / 2));
    }
    out += QStringLiteral("</g><text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
               .arg(svg::num((left + w - right) / 2), svg::num(h - 8), svg::esc(xLabel));
    out += QStringLiteral("<text transform=\"translate(14 %1) rotate(-90)\" "
                          "text-anchor=\"middle\">%2</text>")
               .arg(svg::num((top + h - bottom) / 2), svg::esc(c.yName));
    out += QStringLiteral("<g class=\"fc-pts fc-c0\" fill=\"#0072B2\" fill-opacity=\"0.6\">");
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const double r = 3 + 2.2 * std::sqrt(double(it.value() - 1));
        out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\"><title>%4 %5, %6 %7: %8 "
                              "day(s)</title></circle>")
                   .arg(svg::num(px(it.key().first)), svg::num(py(it.key().second)),
                        svg::num(qMin(r, 16.0)), svg::esc(xLabel), svg::num2(it.key().first),
                        svg::esc(c.yName), svg::num2(it.key().second))
                   .arg(it.value());
    }
    out += QStringLiteral("</g></svg>");
    return out;
}

} // namespace fc
