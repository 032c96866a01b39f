#include "insights/chartbuilder.h"

#include "insights/statistics.h"
#include "insights/svgtext.h"

#include <QLocale>
#include <cmath>

namespace fc {

namespace {

constexpr double kLeft = 44;
constexpr double kRight = 16;
constexpr double kAxisH = 24;
constexpr double kTrialRowH = 32;
constexpr double kLegendRowH = 16;

// Okabe-Ito hues, darkened where needed for 3:1 contrast on the light page; insights.css has
// the lighter dark-mode twins under the same class names.
const char *const kPalette[] = {"#0072B2", "#B85000", "#007A5A", "#A8578A", "#8A6500", "#3A6F98"};
constexpr int kPaletteSize = 6;
const char kCrashColour[] = "#B85000";
const char kTrialColour[] = "#4F6D8A";

struct Bucket
{
    QDate from;
    QDate to;
    double value = qQNaN();
    int crashes = 0;
};

struct Axis
{
    QDate from;
    int days = 1;
    double plotWidth = ChartLayout().width - kLeft - kRight;

    double x(double dayOffset) const { return kLeft + (dayOffset + 0.5) / days * plotWidth; }
    double x(const QDate &day) const { return x(double(from.daysTo(day))); }
};

QVector<Bucket> buckets(const JournalSeries &series, const QString &key, const QDate &from,
                        const QDate &to, int bucketDays)
{
    QVector<Bucket> out;
    for (QDate d = from; d <= to; d = d.addDays(bucketDays)) {
        Bucket b;
        b.from = d;
        b.to = qMin(to, d.addDays(bucketDays - 1));
        const stats::Summary s = stats::summarize(series.window(key, b.from, b.to));
        b.value = s.mean;
        for (QDate c = b.from; c <= b.to; c = c.addDays(1))
            b.crashes += series.isCrash(c) ? 1 : 0;
        out.append(b);
    }
    return out;
}

// Rolling mean that also looks at the days before the range, so the line starts informed.
QVector<double> meanLine(const JournalSeries &series, const QString &key, const QDate &from,
                         const QDate &to, const QVector<Bucket> &bins, bool weekly)
{
    if (weekly) {
        QVector<double> values;
        for (const Bucket &b : bins)
            values.append(b.value);
        return stats::rollingMean(values, 4, 2, true);
    }
    const QVector<double> daily = series.window(key, from.addDays(-6), to);
    const QVector<double> rolled = stats::rollingMean(daily, 7, 3, true);
    return rolled.mid(6);
}

void timeTicks(const QDate &from, const QDate &to, QVector<QDate> *ticks, QStringList *labels)
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 62) {
        for (QDate d = from; d <= to; d = d.addDays(7)) {
            *ticks << d;
            *labels << QLocale::c().toString(d, QStringLiteral("d MMM"));
        }
        return;
    }
    if (days <= 800) {
        QDate d(from.year(), from.month(), 1);
        if (d < from)
            d = d.addMonths(1);
        const int step = days <= 400 ? 1 : 2;
        for (; d <= to; d = d.addMonths(step)) {
            *ticks << d;
            *labels << QLocale::c().toString(d, d.month() <= step ? QStringLiteral("MMM yyyy")
                                                                  : QStringLiteral("MMM"));
        }
        return;
    }
    const int step = days > 365 * 12 ? 2 : 1;
    for (QDate d(from.year() + 1, 1, 1); d <= to; d = d.addYears(step)) {
        *ticks << d;
        *labels << QString::number(d.year());
    }
}

double yMaxFor(const JournalSeries &series, const QString &key)
{
    if (key != JournalSeries::hoursSleptKey())
        return 10;
    double top = 12;
    for (double v : series.values(key)) {
        if (std::isfinite(v))
            top = qMax(top, std::ceil(v / 2) * 2);
    }
    return top;
}

QString panelCaption(const JournalSeries &series, const QString &key, const QVector<Bucket> &bins,
                     bool weekly, double yMax)
{
    QStringList parts;
    if (key == JournalSeries::hoursSleptKey())
        parts << QStringLiteral("hours, 0-%1").arg(yMax);
    else
        parts << QStringLiteral("0-10, %1 is better")
                     .arg(series.higherIsBetter(key) ? QStringLiteral("higher")
                                                     : QStringLiteral("lower"));
    QVector<double> values;
    const Bucket *latest = nullptr;
    for (const Bucket &b : bins) {
        values.append(b.value);
        if (std::isfinite(b.value))
            latest = &b;
    }
    const stats::Summary s = stats::summarize(values);
    if (s.n > 0) {
        parts << QStringLiteral("average %1").arg(svg::num1(s.mean));
        parts << QStringLiteral("latest %1 (%2)")
                     .arg(svg::num1(latest->value),
                          weekly ? QStringLiteral("week of ") + svg::day(latest->from)
                                 : svg::day(latest->from));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ChartBuilder::ChartBuilder(const JournalSeries &series, const QVector<Trial> &trials)
    : m_series(series)
    , m_trials(trials)
{}

QString ChartBuilder::historySvg(const QStringList &keys, const QDate &from, const QDate &to,
                                 const QVector<ChartBand> &bands, const ChartLayout &layout) const
{
    if (!from.isValid() || !to.isValid() || to < from || keys.isEmpty())
        return QString();
    Axis axis;
    axis.from = from;
    axis.days = int(from.daysTo(to)) + 1;
    axis.plotWidth = layout.width - kLeft - kRight;
    const double width = layout.width;
    const double plotH = layout.plotHeight;
    const bool weekly = axis.days > maxDailyDays;
    const int bucketDays = weekly ? 7 : 1;

    QVector<const Trial *> trials;
    for (const Trial &t : m_trials) {
        if (t.start <= to && (!t.stop.isValid() || t.stop >= from))
            trials << &t;
    }
    const double panelH = layout.titleHeight + plotH + layout.panelGap;
    const double axisTop = 6 + keys.size() * panelH - layout.panelGap;
    const double trialsTop = axisTop + kAxisH;
    const svg::Legend legend(weekly, width - kLeft - kRight);
    const double height = trialsTop + trials.size() * kTrialRowH + 10 + legend.rows() * kLegendRowH;

    QVector<QDate> ticks;
    QStringList tickLabels;
    timeTicks(from, to, &ticks, &tickLabels);

    QString out;
    out.reserve(64 * 1024);
    const QString names = [&] {
        QStringList n;
        for (const QString &k : keys)
            n << m_series.displayName(k);
        return n.join(QStringLiteral(", "));
    }();
    out += svg::open(width, height, QStringLiteral("fc-chart fc-history"),
                     QStringLiteral("%1 from %2 to %3").arg(names, svg::day(from), svg::day(to)));

    for (int k = 0; k < keys.size(); ++k) {
        const QString &key = keys[k];
        const double top = 6 + k * panelH;
        const double plotTop = top + layout.titleHeight;
        const double yMax = yMaxFor(m_series, key);
        auto y = [&](double v) {
            return plotTop + plotH - v / yMax * plotH;
        };
        const QVector<Bucket> bins = buckets(m_series, key, from, to, bucketDays);
        const QString colourClass = QStringLiteral("fc-c%1").arg(k % kPaletteSize);
        const char *colour = kPalette[k % kPaletteSize];
        const QString name = m_series.displayName(key);

        out += QStringLiteral("<g class=\"fc-panel\" data-key=\"%1\">").arg(svg::esc(key));
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-weight=\"bold\">%3 "
                              "<tspan font-weight=\"normal\" class=\"fc-muted\">%4</tspan></text>")
                   .arg(svg::num(kLeft), svg::num(top + 15), svg::esc(name),
                        svg::esc(panelCaption(m_series, key, bins, weekly, yMax)));
        // Grid: horizontal at quarters of the scale, vertical at the time ticks.
        out += QStringLiteral("<g class=\"fc-grid\" stroke=\"currentColor\" stroke-opacity=\"0.2\" "
                              "fill=\"none\">");
        for (int q = 0; q <= 2; ++q) {
            const double yy = y(yMax * q / 2);
            out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>")
                       .arg(svg::num(kLeft), svg::num(yy), svg::num(width - kRight));
        }
        for (const QDate &t : ticks)
            out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\"/>")
                       .arg(svg::num(axis.x(t) - axis.plotWidth / axis.days / 2), svg::num(plotTop),
                            svg::num(plotTop + plotH));
        out += QStringLiteral("</g><g text-anchor=\"end\" font-size=\"11\">");
        for (int q = 0; q <= 2; ++q)
            out += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                       .arg(svg::num(kLeft - 6), svg::num(y(yMax * q / 2) + 4),
                            svg::num(yMax * q / 2));
        out += QStringLiteral("</g>");

        for (const ChartBand &band : bands) {
            const QDate a = qMax(band.from, from);
            const QDate b = qMin(band.to, to);
            if (b < a)
                continue;
            const double dayWidth = axis.plotWidth / axis.days;
            const double x1 = kLeft + from.daysTo(a) * dayWidth;
            const double x2 = kLeft + (from.daysTo(b) + 1) * dayWidth;
            out += QStringLiteral("<rect class=\"fc-band\" x=\"%1\" y=\"%2\" width=\"%3\" "
                                  "height=\"%4\" fill=\"currentColor\" fill-opacity=\"%5\">"
                                  "<title>%6</title></rect>")
                       .arg(svg::num(x1), svg::num(plotTop), svg::num(x2 - x1), svg::num(plotH),
                            band.strong ? QStringLiteral("0.12") : QStringLiteral("0.06"),
                            svg::esc(QStringLiteral("%1: %2 to %3")
                                         .arg(band.label, svg::day(band.from), svg::day(band.to))));
            if (k == 0)
                out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\" "
                                      "font-style=\"italic\">%3</text>")
                           .arg(svg::num(x1 + 3), svg::num(plotTop + 12), svg::esc(band.label));
        }
        // Crash days: triangles on the top edge, so they read without colour.
        out +=
            QStringLiteral("<g class=\"fc-crash\" fill=\"%1\">").arg(QLatin1String(kCrashColour));
        for (const Bucket &b : bins) {
            if (b.crashes == 0)
                continue;
            const double cx = axis.x(from.daysTo(b.from) + (b.from.daysTo(b.to)) / 2.0);
            const QString tip = weekly
                                    ? QStringLiteral("%1 crash/flare day(s) in the week of %2")
                                          .arg(b.crashes)
                                          .arg(svg::day(b.from))
                                    : QStringLiteral("Crash/flare day, %1").arg(svg::day(b.from));
            out += QStringLiteral("<path d=\"M%1 %2h9l-4.5 8z\"><title>%3</title></path>")
                       .arg(svg::num(cx - 4.5), svg::num(plotTop - 2), svg::esc(tip));
        }
        out += QStringLiteral("</g>");

        out += QStringLiteral("<g class=\"fc-pts %1\" fill=\"%2\" fill-opacity=\"0.6\">")
                   .arg(colourClass, QLatin1String(colour));
        bool any = false;
        for (const Bucket &b : bins) {
            if (!std::isfinite(b.value))
                continue;
            any = true;
            const double cx = axis.x(from.daysTo(b.from) + (b.from.daysTo(b.to)) / 2.0);
            const QString tip = weekly ? QStringLiteral("%1: weekly mean %2, week of %3")
                                             .arg(name, svg::num2(b.value), svg::day(b.from))
                                       : QStringLiteral("%1: %2 on %3")
                                             .arg(name, svg::num2(b.value), svg::day(b.from));
            out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\"><title>%4</title></circle>")
                       .arg(svg::num(cx), svg::num(y(b.value)),
                            weekly ? QStringLiteral("3") : QStringLiteral("2.8"), svg::esc(tip));
        }
        out += QStringLiteral("</g>");
        if (!any)
            out += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" "
                                  "class=\"fc-muted\">Nothing logged in this range</text>")
                       .arg(svg::num(kLeft + axis.plotWidth / 2), svg::num(plotTop + plotH / 2));

        // The average line breaks wherever the average is missing: a gap is never bridged.
        const QVector<double> line = meanLine(m_series, key, from, to, bins, weekly);
        QString d;
        bool penDown = false;
        for (int i = 0; i < bins.size() && i < line.size(); ++i) {
            if (!std::isfinite(line[i])) {
                penDown = false;
                continue;
            }
            const Bucket &b = bins[i];
            const double cx = axis.x(from.daysTo(b.from) + (b.from.daysTo(b.to)) / 2.0);
            d += (penDown ? u'L' : u'M') + svg::num(cx) + u' ' + svg::num(y(line[i]));
            penDown = true;
        }
        if (!d.isEmpty())
            out += QStringLiteral("<path class=\"fc-mean %1\" d=\"%2\" fill=\"none\" stroke=\"%3\" "
                                  "stroke-width=\"2.4\" stroke-linejoin=\"round\"><title>%4</title>"
                                  "</path>")
                       .arg(colourClass, d, QLatin1String(colour),
                            svg::esc(weekly ? name + QStringLiteral(", 4-week average")
                                            : name + QStringLiteral(", 7-day average")));
        out += QStringLiteral("</g>");
    }

    out += QStringLiteral("<g class=\"fc-axis\" font-size=\"11\" text-anchor=\"middle\">");
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"currentColor\"/>")
               .arg(svg::num(kLeft), svg::num(axisTop), svg::num(width - kRight));
    for (int i = 0; i < ticks.size(); ++i)
        out += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(svg::num(axis.x(ticks[i]) - axis.plotWidth / axis.days / 2),
                        svg::num(axisTop + 15), svg::esc(tickLabels[i]));
    out += QStringLiteral("</g>");

    out += svg::trialRows(trials, from, to, kLeft, axis.plotWidth, trialsTop, kTrialRowH,
                          QLatin1String(kTrialColour));
    out += legend.svg(kLeft, height - 8 - (legend.rows() - 1) * kLegendRowH, kLegendRowH,
                      QLatin1String(kPalette[0]), QLatin1String(kCrashColour),
                      QLatin1String(kTrialColour));
    out += QStringLiteral("</svg>");
    return out;
}

} // namespace fc
