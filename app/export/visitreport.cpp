#include "export/visitreport.h"

#include "articles/markdownrenderer.h"
#include "core/displaydate.h"
#include "core/htmlpage.h"
#include "export/visitreportparts.h"
#include "insights/statistics.h"
#include "journal/dayburden.h"
#include "journal/journalstore.h"

#include <QLocale>
#include <cmath>

namespace fc {

namespace {

using reportparts::oneDecimal;
using reportparts::scoresIn;

// Symptoms with scores in the range or the period before it.
QVector<Symptom> reportedSymptoms(const VisitReportInput &in, QStringList *notLogged)
{
    const QDate before = in.from.addDays(-(in.from.daysTo(in.to) + 1));
    QVector<Symptom> out;
    for (const Symptom &s : in.symptoms) {
        if (!scoresIn(in, s.key, before, in.to).isEmpty())
            out << s;
        else if (!s.hidden)
            *notLogged << s.name;
    }
    return out;
}

QString trendText(const Symptom &s, double now, double before)
{
    if (!std::isfinite(now) || !std::isfinite(before))
        return VisitReport::tr("no earlier data");
    const double diff = now - before;
    if (std::fabs(diff) < 0.05)
        return VisitReport::tr("0.0 (about the same)");
    if (std::fabs(diff) < 0.5)
        return VisitReport::tr("%1%2 (about the same)")
            .arg(diff >= 0 ? QStringLiteral("+") : QString(), oneDecimal(diff));
    const bool better = s.higherIsBetter ? diff > 0 : diff < 0;
    return VisitReport::tr("%1%2 (%3)", "sign, change, better or worse")
        .arg(diff > 0 ? QStringLiteral("+") : QString(), oneDecimal(diff),
             better ? VisitReport::tr("better") : VisitReport::tr("worse"));
}

QString summaryTable(const VisitReportInput &in, const QVector<Symptom> &symptoms,
                     const QStringList &notLogged)
{
    const int days = int(in.from.daysTo(in.to)) + 1;
    const QDate prevTo = in.from.addDays(-1);
    const QDate prevFrom = in.from.addDays(-days);
    // Two columns of dashes say less than one sentence: the comparison appears only when the
    // period before holds scores.
    bool anyBefore = false;
    for (const Symptom &s : symptoms)
        anyBefore = anyBefore || !scoresIn(in, s.key, prevFrom, prevTo).isEmpty();
    const QString meta =
        anyBefore ? VisitReport::tr("Scores 0-10. Change compares the mean with the %n days "
                                    "before (%1 – %2).",
                                    nullptr, days)
                        .arg(displayDate(prevFrom), displayDate(prevTo))
                  : VisitReport::tr("Scores 0-10. Nothing was logged in the %n days before "
                                    "(%1 – %2) to compare with.",
                                    nullptr, days)
                        .arg(displayDate(prevFrom), displayDate(prevTo));
    QString html = QStringLiteral("<section class=\"symptoms\"><h2>%1</h2><p class=\"doc-meta\">"
                                  "%2</p><table><thead><tr><th>%3</th><th class=\"num\">%4</th>"
                                  "<th class=\"num\">%5</th><th class=\"num\">%6</th>"
                                  "<th class=\"num\">%7</th>")
                       .arg(escaped(VisitReport::tr("Symptoms")), escaped(meta),
                            escaped(VisitReport::tr("Symptom")), escaped(VisitReport::tr("Mean")),
                            escaped(VisitReport::tr("Min")), escaped(VisitReport::tr("Max")),
                            escaped(VisitReport::tr("Days logged")));
    if (anyBefore)
        html +=
            QStringLiteral("<th class=\"num\">%1</th><th>%2</th>")
                .arg(escaped(VisitReport::tr("Mean before")), escaped(VisitReport::tr("Change")));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const Symptom &s : symptoms) {
        const stats::Summary now = stats::summarize(scoresIn(in, s.key, in.from, in.to));
        html +=
            QStringLiteral("<tr><td>%1 <span class=\"scale\">%2</span></td>"
                           "<td class=\"num\">%3</td><td class=\"num\">%4</td>"
                           "<td class=\"num\">%5</td><td class=\"num\">%6</td>")
                .arg(escaped(s.name),
                     escaped(s.higherIsBetter ? VisitReport::tr("higher is better")
                                              : VisitReport::tr("lower is better")),
                     oneDecimal(now.mean), now.n ? QString::number(now.min) : QStringLiteral("–"),
                     now.n ? QString::number(now.max) : QStringLiteral("–"))
                .arg(now.n);
        if (anyBefore) {
            const stats::Summary before = stats::summarize(scoresIn(in, s.key, prevFrom, prevTo));
            html += QStringLiteral("<td class=\"num\">%1</td><td class=\"change\">%2</td>")
                        .arg(oneDecimal(before.mean), escaped(trendText(s, now.mean, before.mean)));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    if (!notLogged.isEmpty())
        html += QStringLiteral("<p class=\"doc-meta\">%1</p>")
                    .arg(escaped(VisitReport::tr("Not logged in this period: %1.")
                                     .arg(notLogged.join(QStringLiteral(", ")))));
    return html + QStringLiteral("</section>");
}

// Crash days are the ones the patient marked; hard days are the ones the Journal colours red
// from the scores. Both are counted so the report and the Journal never seem to disagree.
QString crashDays(const VisitReportInput &in)
{
    QStringList items, dates, runOn;
    int hard = 0;
    for (const CheckIn &c : in.checkIns) {
        if (c.day < in.from || c.day > in.to)
            continue;
        hard += DayBurden::of(c, in.symptoms).level == DayBurden::Level::Hard ? 1 : 0;
        if (!c.crash)
            continue;
        dates << displayDate(c.day);
        runOn << QStringLiteral("<strong>%1</strong>%2")
                     .arg(escaped(displayDate(c.day)),
                          c.note.trimmed().isEmpty()
                              ? QString()
                              : QStringLiteral(" — ") + escaped(c.note.trimmed().left(200)));
        items << QStringLiteral("<li><strong>%1</strong>%2</li>")
                     .arg(escaped(displayDate(c.day)),
                          c.note.trimmed().isEmpty()
                              ? QString()
                              : QStringLiteral(" — ") + escaped(c.note.trimmed().left(200)));
    }
    QString html =
        QStringLiteral("<section class=\"crashes\"><h2>%1</h2><p>%2")
            .arg(escaped(VisitReport::tr("Crash days")),
                 escaped(items.isEmpty() ? VisitReport::tr("No crash days in this period.")
                                         : VisitReport::tr("%n crash days in this period.", nullptr,
                                                           int(items.size()))));
    // Crash days are hard days too: said only when the scores add hard days of their own.
    if (hard > items.size())
        html += QLatin1Char(' ') +
                escaped(VisitReport::tr("%n hard days: crash days and days whose scores average "
                                        "%1 or worse out of 10, as the Journal marks them.",
                                        nullptr, hard)
                            .arg(QLocale().toString(DayBurden::hardFrom)));
    html += QStringLiteral("</p>");
    // A few days with their notes as a list; more run on in one paragraph, and a long run of
    // days gives the dates alone, so the notes for the doctor stay on page one.
    constexpr int listed = 3;
    constexpr int withNotes = 8;
    if (items.size() > withNotes)
        html += QStringLiteral("<p>%1</p>").arg(escaped(dates.join(QStringLiteral(", "))));
    else if (items.size() > listed)
        html +=
            QStringLiteral("<p class=\"crash-days\">%1</p>").arg(runOn.join(QStringLiteral("; ")));
    else if (!items.isEmpty())
        html += QStringLiteral("<ul class=\"crashes\">%1</ul>").arg(items.join(QString()));
    return html + QStringLiteral("</section>");
}

QString doctorNotes(const VisitReportInput &in)
{
    const QString heading =
        QStringLiteral("<h2>%1</h2>").arg(escaped(VisitReport::tr("Notes for the doctor")));
    if (in.notes.isEmpty())
        return QStringLiteral("<section class=\"block\">%1<p>%2</p></section>")
            .arg(heading, escaped(VisitReport::tr("No notes for this visit.")));
    QString html;
    for (const Note &n : in.notes) {
        // The heading goes inside the first note so it never ends a page on its own.
        html += QStringLiteral("<section class=\"note\">%1<h3>%2</h3>")
                    .arg(html.isEmpty() ? heading : QString(),
                         escaped(n.title.isEmpty() ? VisitReport::tr("Note") : n.title));
        const RenderedMarkdown rendered = MarkdownRenderer().render(n.body);
        html += rendered.ok
                    ? rendered.html
                    : QStringLiteral("<p class=\"error\">%1</p>").arg(escaped(rendered.error));
        html += QStringLiteral("</section>");
    }
    return html;
}

} // namespace

QVector<double> reportparts::scoresIn(const VisitReportInput &in, const QString &key,
                                      const QDate &from, const QDate &to)
{
    QVector<double> out;
    for (const CheckIn &c : in.checkIns) {
        if (c.day < from || c.day > to)
            continue;
        const auto it = c.scores.constFind(key);
        if (it != c.scores.constEnd())
            out << *it;
    }
    return out;
}

VisitReportInput VisitReportInput::collect(const JournalStore &store, const QDate &from,
                                           const QDate &to)
{
    VisitReportInput in;
    in.from = from;
    in.to = to;
    in.symptoms = store.symptoms(true);
    in.checkIns = store.checkIns(from.addDays(-(from.daysTo(to) + 1)), to);
    for (const Trial &t : store.trials().trials()) {
        if (t.start > to || (t.stop.isValid() && t.stop < from))
            continue;
        in.trials << t;
        in.doseLogs << store.trials().doseLog(t.id);
    }
    NoteFilter forDoctor;
    forDoctor.tag = NotesStore::defaultTagName();
    for (const Note &n : store.notesStore().notes(forDoctor)) {
        const QDate created = n.createdAt.toLocalTime().date();
        const QDate about = n.day.isValid() ? n.day : created;
        if (about >= from && about <= to)
            in.notes << n;
    }
    for (const FiqrAnswers &a : store.questionnaires().fiqrAnswers())
        if (a.day <= to)
            in.fiqr << a;
    for (const Acr2016Answers &a : store.questionnaires().acr2016Answers())
        if (a.day <= to)
            in.acr2016 << a;
    return in;
}

QString VisitReport::build(const VisitReportInput &in)
{
    QStringList notLogged;
    const QVector<Symptom> symptoms = reportedSymptoms(in, &notLogged);
    int logged = 0;
    for (const CheckIn &c : in.checkIns)
        logged += c.day >= in.from && c.day <= in.to ? 1 : 0;
    const int days = int(in.from.daysTo(in.to)) + 1;
    QString body = QStringLiteral("<header class=\"doc-header\"><h1>%1</h1><p class=\"doc-meta\">")
                       .arg(escaped(VisitReport::tr("Visit report")));
    if (!in.patientName.trimmed().isEmpty())
        body += escaped(in.patientName.trimmed()) + QStringLiteral(" · ");
    body += escaped(VisitReport::tr("%1 – %2 (%3) · %4 · made %5",
                                    "period, its length, check-ins, date")
                        .arg(displayDate(in.from), displayDate(in.to),
                             VisitReport::tr("%n days", nullptr, days),
                             VisitReport::tr("%n days with a check-in", nullptr, logged),
                             displayDate(QDate::currentDate()))) +
            // Where the numbers come from, said where a reader starts rather than at the end.
            QStringLiteral("<br>") +
            escaped(VisitReport::tr("From the patient's own Fibro Companion journal. Scores are "
                                    "self-reported.")) +
            QStringLiteral("</p></header>");
    // Page one is what a doctor reads first: levels and trends, what was tried and how it went,
    // crash days and the patient's own questions. The week-by-week means follow where there is
    // room (three months fill page one), then the chart and each treatment's details; every
    // block stays whole, so pages break between blocks.
    body += summaryTable(in, symptoms, notLogged);
    body += in.verdictsHtml;
    body += crashDays(in);
    body += doctorNotes(in);
    body += QStringLiteral("<div class=\"details\">");
    body += reportparts::questionnairesSection(in);
    body += in.pacingHtml;
    body += reportparts::weeklySection(in, symptoms);
    body += in.chartsHtml;
    body += reportparts::treatmentsSection(in);
    body += QStringLiteral("</div>");

    HtmlPage page;
    page.title = VisitReport::tr("Visit report %1 – %2", "first and last day")
                     .arg(in.from.toString(Qt::ISODate), in.to.toString(Qt::ISODate));
    page.bodyHtml = body;
    page.stylesheets << QStringLiteral("fibro://app/web/print.css");
    page.htmlClasses << QStringLiteral("print") << QStringLiteral("report");
    if (in.detail != ReportDetail::Full)
        page.htmlClasses << QStringLiteral("tight");
    return page.toHtml();
}

QStringList VisitReport::buildAtEachDetail(VisitReportInput input)
{
    QStringList out;
    for (const ReportDetail detail : {ReportDetail::Full, ReportDetail::Tight,
                                      ReportDetail::WeeksWithoutScores, ReportDetail::NoWeeks}) {
        input.detail = detail;
        QString html = build(input);
        if (out.isEmpty() || out.constLast() != html)
            out << html;
    }
    return out;
}

QDate VisitReport::defaultTo(const QDate &lastCheckIn, const QDate &today)
{
    if (!lastCheckIn.isValid() || lastCheckIn >= defaultFrom(today) || lastCheckIn > today)
        return today;
    return lastCheckIn;
}

QPageSize::PageSizeId reportPageSize(const QString &setting, const QLocale &locale)
{
    if (setting.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    if (setting.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    // Countries where Letter is the usual office paper.
    static const QList<QLocale::Territory> letter{QLocale::UnitedStates,
                                                  QLocale::Canada,
                                                  QLocale::Mexico,
                                                  QLocale::Chile,
                                                  QLocale::Colombia,
                                                  QLocale::Venezuela,
                                                  QLocale::Philippines,
                                                  QLocale::CostaRica,
                                                  QLocale::Guatemala,
                                                  QLocale::PuertoRico,
                                                  QLocale::DominicanRepublic,
                                                  QLocale::Panama};
    return letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4;
}

} // namespace fc
