#include "insights/svgtext.h"

#include "insights/trialeffect.h"

#include <QLocale>
#include <cmath>

namespace fc::svg {

QString num(double v)
{
    const double r = std::round(v * 10.0) / 10.0;
    return QString::number(r == 0 ? 0.0 : r, 'f', std::abs(r - std::round(r)) < 1e-9 ? 0 : 1);
}

QString num1(double v)
{
    return std::isfinite(v) ? QLocale::c().toString(v, 'f', 1) : QStringLiteral("–");
}

QString num2(double v)
{
    const double r = std::round(v * 100.0) / 100.0;
    return QString::number(r, 'g', 6);
}

QString day(const QDate &d)
{
    return QLocale::c().toString(d, QStringLiteral("d MMM yyyy"));
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString open(double width, double height, const QString &cssClass, const QString &title)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%1\" "
                          "viewBox=\"0 0 %2 %3\" width=\"%2\" height=\"%3\" role=\"img\" "
                          "aria-label=\"%4\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\" "
                          "font-size=\"12\" fill=\"currentColor\"><title>%4</title>")
        .arg(cssClass, num(width), num(height), esc(title));
}

QString trialRows(const QVector<const Trial *> &trials, const QDate &from, const QDate &to,
                  double left, double plotWidth, double top, double rowHeight,
                  const QString &colour)
{
    const double days = double(from.daysTo(to)) + 1;
    const double dayWidth = plotWidth / days;
    auto edge = [&](const QDate &d) {
        return left + from.daysTo(d) * dayWidth;
    };
    QString out = QStringLiteral("<g class=\"fc-trials\">");
    for (int i = 0; i < trials.size(); ++i) {
        const Trial &t = *trials[i];
        const double rowTop = top + i * rowHeight;
        const QDate start = qMax(t.start, from);
        const QDate stop = t.stop.isValid() ? qMin(t.stop, to) : to;
        const double x1 = edge(start);
        const double x2 = edge(stop.addDays(1));
        const QString name = t.treatmentName.isEmpty() ? t.treatmentKey : t.treatmentName;
        QString dose = formatDose(t.dose, t.unit);
        if (!t.doseChanges.isEmpty()) {
            const DoseChange &lastChange = t.doseChanges.constLast();
            dose +=
                QStringLiteral(" → ") +
                formatDose(lastChange.dose, lastChange.unit.isEmpty() ? t.unit : lastChange.unit);
        }
        const QString period = QStringLiteral("%1 – %2").arg(
            day(t.start), t.stop.isValid() ? day(t.stop) : QStringLiteral("ongoing"));
        QString label = name;
        if (!dose.trimmed().isEmpty())
            label += QStringLiteral(", ") + dose;
        const QString tip = label + QStringLiteral(", ") + period;
        // Labels sit above the bar, anchored at whichever end leaves room for the text.
        const bool anchorEnd = x1 > left + plotWidth * 0.6;
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" font-size=\"11.5\">%4"
                              "</text>")
                   .arg(num(anchorEnd ? x2 : x1), num(rowTop + 12),
                        anchorEnd ? QStringLiteral("end") : QStringLiteral("start"),
                        esc(label + (t.stop.isValid() ? QString() : QStringLiteral(" (ongoing)"))));
        out += QStringLiteral("<rect class=\"fc-trial-bar\" x=\"%1\" y=\"%2\" width=\"%3\" "
                              "height=\"10\" rx=\"2\" fill=\"%4\"><title>%5</title></rect>")
                   .arg(num(x1), num(rowTop + 16), num(qMax(1.0, x2 - x1)), colour, esc(tip));
        if (t.rampUpDays > 0 && t.start >= from) {
            const QDate rampEnd = qMin(t.start.addDays(t.rampUpDays), stop.addDays(1));
            out += QStringLiteral("<rect class=\"fc-ramp\" x=\"%1\" y=\"%2\" width=\"%3\" "
                                  "height=\"10\" fill=\"#ffffff\" fill-opacity=\"0.55\">"
                                  "<title>Ramp-up, %4 days (not counted)</title></rect>")
                       .arg(num(x1), num(rowTop + 16), num(qMax(0.0, edge(rampEnd) - x1)))
                       .arg(t.rampUpDays);
        }
        for (const DoseChange &c : t.doseChanges) {
            if (c.day < from || c.day > to)
                continue;
            const double cx = edge(c.day);
            out +=
                QStringLiteral("<path class=\"fc-dose\" d=\"M%1 %2v16\" stroke=\"currentColor\" "
                               "stroke-width=\"2.5\"><title>Dose changed to %3 on %4</title>"
                               "</path>")
                    .arg(num(cx), num(rowTop + 13),
                         esc(formatDose(c.dose, c.unit.isEmpty() ? t.unit : c.unit)), day(c.day));
        }
    }
    out += QStringLiteral("</g>");
    return out;
}

namespace {

enum LegendKind { kPoint, kMean, kCrash, kTrial, kGap };
constexpr double kLegendFontSize = 11;
// Noto Sans and DejaVu Sans average a little over half an em per character.
constexpr double kCharWidth = 0.58 * kLegendFontSize;
constexpr double kItemGap = 22;
constexpr double kSymbolWidth[] = {11, 22, 13, 22, 0};

} // namespace

Legend::Legend(bool weekly, double availableWidth)
{
    const QVector<QPair<int, QString>> items{
        {kPoint, weekly ? QStringLiteral("weekly mean") : QStringLiteral("daily score")},
        {kMean, weekly ? QStringLiteral("4-week average") : QStringLiteral("7-day average")},
        {kCrash, QStringLiteral("crash/flare day")},
        {kTrial, QStringLiteral("treatment (pale: ramp-up), | dose change")},
        {kGap, QStringLiteral("gap: days not logged")}};
    double x = 0;
    int row = 0;
    for (const auto &[kind, text] : items) {
        const double w = kSymbolWidth[kind] + text.size() * kCharWidth;
        if (x > 0 && x + w > availableWidth) {
            ++row;
            x = 0;
        }
        m_items.push_back({kind, text, x, row});
        x += w + kItemGap;
    }
    m_rows = row + 1;
}

QString Legend::svg(double left, double firstBaseline, double rowHeight, const QString &pointColour,
                    const QString &crashColour, const QString &trialColour) const
{
    QString out = QStringLiteral("<g class=\"fc-legend\" font-size=\"%1\">").arg(kLegendFontSize);
    for (const Item &item : m_items) {
        const double x = left + item.x;
        const double y = firstBaseline + item.row * rowHeight;
        const double textX = x + kSymbolWidth[item.kind];
        switch (item.kind) {
        case kPoint:
            out += QStringLiteral("<circle class=\"fc-pts fc-c0\" cx=\"%1\" cy=\"%2\" r=\"3\" "
                                  "fill=\"%3\" fill-opacity=\"0.6\"/>")
                       .arg(num(x + 4), num(y - 4), pointColour);
            break;
        case kMean:
            out += QStringLiteral("<path class=\"fc-mean fc-c0\" d=\"M%1 %2h18\" stroke=\"%3\" "
                                  "stroke-width=\"2.4\"/>")
                       .arg(num(x), num(y - 4), pointColour);
            break;
        case kCrash:
            out += QStringLiteral("<path class=\"fc-crash\" d=\"M%1 %2h9l-4.5 8z\" fill=\"%3\"/>")
                       .arg(num(x), num(y - 9), crashColour);
            break;
        case kTrial:
            out += QStringLiteral("<rect class=\"fc-trial-key\" x=\"%1\" y=\"%2\" width=\"18\" "
                                  "height=\"8\" fill=\"%3\"/><rect class=\"fc-ramp\" x=\"%1\" "
                                  "y=\"%2\" width=\"6\" height=\"8\" fill=\"#ffffff\" "
                                  "fill-opacity=\"0.55\"/>")
                       .arg(num(x), num(y - 8), trialColour);
            break;
        default:
            break;
        }
        out += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(num(textX), num(y), esc(item.text));
    }
    return out + QStringLiteral("</g>");
}

} // namespace fc::svg
