// The visit report's week-by-week table: each symptom's mean, sleep, crash days and hard days
// per week (per four weeks for long ranges), one column per block.
#include "core/htmlpage.h"
#include "export/visitreport.h"
#include "export/visitreportparts.h"
#include "insights/statistics.h"
#include "journal/dayburden.h"

#include <QSet>

namespace fc::reportparts {

namespace {

struct Row
{
    QString label;
    QStringList cells;
};

} // namespace

QString weeklySection(const VisitReportInput &in, const QVector<Symptom> &allSymptoms)
{
    // Without the chart the table is the only view of the weeks: it is kept whole.
    const ReportDetail detail = in.chartsHtml.isEmpty() ? ReportDetail::Tight : in.detail;
    if (detail == ReportDetail::NoWeeks)
        return QStringLiteral("<p class=\"doc-meta\">%1</p>")
            .arg(escaped(
                VisitReport::tr("The week-by-week means are left out so the report keeps to %n "
                                "page(s); the History chart shows each week's course.",
                                nullptr, VisitReport::pagesForAVisit)));
    // The chart below draws every symptom's course: the briefer table keeps what it does not.
    const bool scoresInChart = detail == ReportDetail::WeeksWithoutScores;
    const QVector<Symptom> symptoms = scoresInChart ? QVector<Symptom>() : allSymptoms;
    // Four-week blocks keep a long range to a page or two.
    const bool weekly = in.from.daysTo(in.to) < 120;
    const int step = weekly ? 7 : 28;
    const QString heading =
        weekly ? VisitReport::tr("Week by week") : VisitReport::tr("Every four weeks");
    // Rows run from the block of the first check-in to that of the last: an imported or new
    // journal does not get a page of dashes.
    QDate first, last;
    QSet<qint64> blocksWithData;
    for (const CheckIn &c : in.checkIns) {
        if (c.day < in.from || c.day > in.to)
            continue;
        first = first.isValid() ? qMin(first, c.day) : c.day;
        last = last.isValid() ? qMax(last, c.day) : c.day;
        blocksWithData.insert(in.from.daysTo(c.day) / step);
    }
    if (blocksWithData.size() < 2) {
        const QString words =
            blocksWithData.isEmpty() ? VisitReport::tr("No check-ins in this period.")
            : weekly ? VisitReport::tr("All check-ins of this period fall in one week; the "
                                       "table above has their means.")
                     : VisitReport::tr("All check-ins of this period fall in four weeks; "
                                       "the table above has their means.");
        return QStringLiteral("<h2>%1</h2><p>%2</p>").arg(escaped(heading), escaped(words));
    }
    // One column per block and one row per measure: a symptom's trend reads along a line, and
    // three months take a few rows rather than half a page. Long ranges wrap into more tables.
    QVector<Row> rows;
    for (const Symptom &s : symptoms)
        rows << Row{s.name, {}};
    rows << Row{VisitReport::tr("Sleep (h)"), {}} << Row{VisitReport::tr("Crash days"), {}}
         << Row{VisitReport::tr("Hard days"), {}};
    QStringList starts;
    const QDate firstBlock = in.from.addDays(in.from.daysTo(first) / step * step);
    for (QDate start = firstBlock; start <= last; start = start.addDays(step)) {
        const QDate end = qMin(start.addDays(step - 1), in.to);
        starts << shortDate(start);
        for (int i = 0; i < symptoms.size(); ++i)
            rows[i].cells << oneDecimal(
                stats::summarize(scoresIn(in, symptoms[i].key, start, end)).mean);
        QVector<double> sleep;
        int crashes = 0, hard = 0;
        for (const CheckIn &c : in.checkIns) {
            if (c.day < start || c.day > end)
                continue;
            if (c.hoursSlept)
                sleep << *c.hoursSlept;
            crashes += c.crash ? 1 : 0;
            // Hard days as the Journal marks them: every symptom counts, charted or not.
            hard += DayBurden::of(c, in.symptoms).level == DayBurden::Level::Hard ? 1 : 0;
        }
        rows[symptoms.size()].cells << oneDecimal(stats::summarize(sleep).mean);
        rows[symptoms.size() + 1].cells << QString::number(crashes);
        rows[symptoms.size() + 2].cells << QString::number(hard);
    }
    QString meta;
    if (scoresInChart)
        meta = weekly ? VisitReport::tr("Hours slept (mean), crash days and hard days in each "
                                        "week; the History chart shows the symptoms.")
                      : VisitReport::tr("Hours slept (mean), crash days and hard days in each "
                                        "four weeks; the History chart shows the symptoms.");
    else
        meta = weekly ? VisitReport::tr("Mean score of the days logged in each week; – where "
                                        "none was logged.")
                      : VisitReport::tr("Mean score of the days logged in each four weeks; – "
                                        "where none was logged.");
    // The heading, its line and the first table stay together; later tables may start a page.
    QString html = QStringLiteral("<section class=\"weekly\"><div class=\"keep\"><h2>%1</h2>"
                                  "<p class=\"doc-meta\">%2</p>")
                       .arg(escaped(heading), escaped(meta));
    // At most 13 columns fit the page; longer ranges split into tables of equal width.
    constexpr int maxColumns = 13;
    const int tables = (int(starts.size()) + maxColumns - 1) / maxColumns;
    const int columnsPerTable = (int(starts.size()) + tables - 1) / tables;
    for (int at = 0; at < starts.size(); at += columnsPerTable) {
        const int count = qMin(columnsPerTable, int(starts.size()) - at);
        html += QStringLiteral("<table class=\"weekly\"><thead><tr><th>%1</th>")
                    .arg(escaped(weekly ? VisitReport::tr("Week from") : VisitReport::tr("From")));
        for (int j = at; j < at + count; ++j)
            // "16 Sep" on two lines: thirteen one-line dates are wider than the page, and
            // Chromium then shrinks the whole report to fit them.
            html += QStringLiteral("<th class=\"num\">%1</th>")
                        .arg(escaped(starts[j]).replace(u' ', QStringLiteral("<br>")));
        html += QStringLiteral("</tr></thead><tbody>");
        for (const Row &row : std::as_const(rows)) {
            html += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(escaped(row.label));
            for (int j = at; j < at + count; ++j)
                html += QStringLiteral("<td class=\"num\">%1</td>").arg(row.cells[j]);
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</tbody></table>");
        if (at == 0)
            html += QStringLiteral("</div>");
    }
    return html + QStringLiteral("</section>");
}

} // namespace fc::reportparts
