#include "export/visitreport.h"

#include "articles/markdownrenderer.h"
#include "core/htmlpage.h"
#include "export/journalcsv.h"
#include "insights/statistics.h"
#include "journal/journalstore.h"

#include <QLocale>
#include <QSet>
#include <cmath>

namespace fc {

namespace {

QString one(double v)
{
    return std::isfinite(v) ? QString::number(v, 'f', 1) : QStringLiteral("–");
}

QString longDate(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

QString shortDate(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("d MMM"));
}

QVector<double> valuesFor(const VisitReportInput &in, const QString &key, const QDate &from,
                          const QDate &to)
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

// Symptoms with scores in the range or the period before it.
QVector<Symptom> reportedSymptoms(const VisitReportInput &in, QStringList *notLogged)
{
    const QDate before = in.from.addDays(-(in.from.daysTo(in.to) + 1));
    QVector<Symptom> out;
    for (const Symptom &s : in.symptoms) {
        if (!valuesFor(in, s.key, before, in.to).isEmpty())
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
            .arg(diff >= 0 ? QStringLiteral("+") : QString(), one(diff));
    const bool better = s.higherIsBetter ? diff > 0 : diff < 0;
    return VisitReport::tr("%1%2 (%3)", "sign, change, better or worse")
        .arg(diff > 0 ? QStringLiteral("+") : QString(), one(diff),
             better ? VisitReport::tr("better") : VisitReport::tr("worse"));
}

QString summaryTable(const VisitReportInput &in, const QVector<Symptom> &symptoms,
                     const QStringList &notLogged)
{
    const int days = int(in.from.daysTo(in.to)) + 1;
    const QDate prevTo = in.from.addDays(-1);
    const QDate prevFrom = in.from.addDays(-days);
    QString html =
        QStringLiteral("<h2>%1</h2><p class=\"doc-meta\">%2</p><table><thead><tr><th>%3</th>"
                       "<th class=\"num\">%4</th><th class=\"num\">%5</th><th class=\"num\">%6"
                       "</th><th class=\"num\">%7</th><th class=\"num\">%8</th><th>%9</th></tr>"
                       "</thead><tbody>")
            .arg(escaped(VisitReport::tr("Symptoms")),
                 escaped(VisitReport::tr(
                             "Scores 0-10. Change compares the mean with the %n days before "
                             "(%1 – %2).",
                             nullptr, days)
                             .arg(longDate(prevFrom), longDate(prevTo))),
                 escaped(VisitReport::tr("Symptom")), escaped(VisitReport::tr("Mean")),
                 escaped(VisitReport::tr("Min")), escaped(VisitReport::tr("Max")),
                 escaped(VisitReport::tr("Days logged")), escaped(VisitReport::tr("Mean before")),
                 escaped(VisitReport::tr("Change")));
    for (const Symptom &s : symptoms) {
        const stats::Summary now = stats::summarize(valuesFor(in, s.key, in.from, in.to));
        const stats::Summary before = stats::summarize(valuesFor(in, s.key, prevFrom, prevTo));
        html += QStringLiteral("<tr><td>%1<br><span class=\"scale\">%2</span></td>"
                               "<td class=\"num\">%3</td><td class=\"num\">%4</td>"
                               "<td class=\"num\">%5</td><td class=\"num\">%6</td>"
                               "<td class=\"num\">%7</td><td>%8</td></tr>")
                    .arg(escaped(s.name),
                         s.higherIsBetter ? VisitReport::tr("higher is better")
                                          : VisitReport::tr("lower is better"),
                         one(now.mean), now.n ? QString::number(now.min) : QStringLiteral("–"),
                         now.n ? QString::number(now.max) : QStringLiteral("–"))
                    .arg(now.n)
                    .arg(one(before.mean), escaped(trendText(s, now.mean, before.mean)));
    }
    html += QStringLiteral("</tbody></table>");
    if (!notLogged.isEmpty())
        html += QStringLiteral("<p class=\"doc-meta\">%1</p>")
                    .arg(escaped(VisitReport::tr("Not logged in this period: %1.")
                                     .arg(notLogged.join(QStringLiteral(", ")))));
    return html;
}

QString weeklyTable(const VisitReportInput &in, const QVector<Symptom> &symptoms)
{
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
    QString html =
        QStringLiteral("<h2>%1</h2><p class=\"doc-meta\">%2</p>"
                       "<table class=\"weekly\"><thead><tr><th>%3</th>")
            .arg(escaped(heading),
                 escaped(weekly ? VisitReport::tr("Mean score of the days logged in each week; "
                                                  "– where none was logged.")
                                : VisitReport::tr("Mean score of the days logged in each four "
                                                  "weeks; – where none was logged.")),
                 escaped(weekly ? VisitReport::tr("Week from") : VisitReport::tr("From")));
    for (const Symptom &s : symptoms)
        html += QStringLiteral("<th class=\"num\">%1</th>").arg(escaped(s.name));
    html += QStringLiteral("<th class=\"num\">%1</th><th class=\"num\">%2</th></tr></thead><tbody>")
                .arg(escaped(VisitReport::tr("Sleep (h)")), escaped(VisitReport::tr("Crash days")));
    const QDate firstBlock = in.from.addDays(in.from.daysTo(first) / step * step);
    for (QDate start = firstBlock; start <= last; start = start.addDays(step)) {
        const QDate end = qMin(start.addDays(step - 1), in.to);
        html += QStringLiteral("<tr><td>%1</td>").arg(escaped(shortDate(start)));
        for (const Symptom &s : symptoms)
            html += QStringLiteral("<td class=\"num\">%1</td>")
                        .arg(one(stats::summarize(valuesFor(in, s.key, start, end)).mean));
        QVector<double> sleep;
        int crashes = 0;
        for (const CheckIn &c : in.checkIns) {
            if (c.day < start || c.day > end)
                continue;
            if (c.hoursSlept)
                sleep << *c.hoursSlept;
            crashes += c.crash ? 1 : 0;
        }
        html += QStringLiteral("<td class=\"num\">%1</td><td class=\"num\">%2</td></tr>")
                    .arg(one(stats::summarize(sleep).mean))
                    .arg(crashes);
    }
    return html + QStringLiteral("</tbody></table>");
}

QString doseText(std::optional<double> dose, const QString &unit)
{
    if (!dose)
        return QString();
    return (journalcsv::number(*dose) + QLatin1Char(' ') + unit).trimmed();
}

QString treatmentTable(const VisitReportInput &in)
{
    QString html = QStringLiteral("<section class=\"block\"><h2>Treatments</h2>");
    if (in.trials.isEmpty())
        return html + QStringLiteral("<p>%1</p></section>")
                          .arg(escaped(VisitReport::tr("No treatment trials in this period.")));
    html += QStringLiteral("<table><thead><tr><th>Treatment</th><th>Dates</th><th>Dose</th>"
                           "<th>Dose changes</th><th class=\"num\">Taken / missed</th></tr></thead>"
                           "<tbody>");
    for (int i = 0; i < in.trials.size(); ++i) {
        const Trial &t = in.trials[i];
        QString dates = escaped(longDate(t.start)) + QStringLiteral(" – ") +
                        (t.stop.isValid() ? escaped(longDate(t.stop)) : QStringLiteral("ongoing"));
        if (!t.stopReason.isEmpty())
            dates += QStringLiteral("<br><span class=\"scale\">stopped: %1</span>")
                         .arg(escaped(t.stopReason));
        // The dose in effect when the period starts; changes before it are history.
        QString dose = escaped(doseText(t.dose, t.unit));
        for (const DoseChange &d : t.doseChanges)
            if (d.day <= in.from)
                dose = escaped(doseText(d.dose, d.unit.isEmpty() ? t.unit : d.unit)) +
                       QStringLiteral("<br><span class=\"scale\">since %1</span>")
                           .arg(escaped(longDate(d.day)));
        if (!t.schedule.isEmpty())
            dose += (dose.isEmpty() ? QString() : QStringLiteral("<br>")) + escaped(t.schedule);
        QStringList changes;
        for (const DoseChange &d : t.doseChanges)
            if (d.day > in.from && d.day <= in.to)
                changes << escaped(QStringLiteral("%1: %2").arg(
                    longDate(d.day), doseText(d.dose, d.unit.isEmpty() ? t.unit : d.unit)));
        int taken = 0, missed = 0;
        const QMap<QDate, bool> &log = in.doseLogs.value(i);
        for (auto it = log.cbegin(); it != log.cend(); ++it)
            if (it.key() >= in.from && it.key() <= in.to)
                (it.value() ? taken : missed)++;
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                           "<td class=\"num\">%5</td></tr>")
                .arg(escaped(t.treatmentName), dates, dose.isEmpty() ? QStringLiteral("–") : dose,
                     changes.isEmpty() ? QStringLiteral("none")
                                       : changes.join(QStringLiteral("<br>")),
                     taken + missed > 0 ? QStringLiteral("%1 / %2").arg(taken).arg(missed)
                                        : QStringLiteral("not logged"));
    }
    return html + QStringLiteral("</tbody></table></section>");
}

QString sideEffects(const VisitReportInput &in)
{
    QString rows;
    for (const Trial &t : in.trials)
        for (const SideEffect &e : t.sideEffects)
            if (e.day >= in.from && e.day <= in.to)
                rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4"
                                       "</td></tr>")
                            .arg(escaped(longDate(e.day)), escaped(t.treatmentName),
                                 escaped(e.description),
                                 e.severity ? QString::number(*e.severity) : QStringLiteral("–"));
    QString html = QStringLiteral("<section class=\"block\"><h2>Side effects noted</h2>");
    if (rows.isEmpty())
        return html + QStringLiteral("<p>%1</p></section>")
                          .arg(escaped(VisitReport::tr("None noted in this period.")));
    return html +
           QStringLiteral("<table><thead><tr><th>Date</th><th>Treatment</th><th>What</th>"
                          "<th class=\"num\">Severity (0-10)</th></tr></thead><tbody>") +
           rows + QStringLiteral("</tbody></table></section>");
}

QString crashDays(const VisitReportInput &in)
{
    QStringList items;
    for (const CheckIn &c : in.checkIns)
        if (c.crash && c.day >= in.from && c.day <= in.to)
            items << QStringLiteral("<li><strong>%1</strong>%2</li>")
                         .arg(escaped(longDate(c.day)),
                              c.note.trimmed().isEmpty()
                                  ? QString()
                                  : QStringLiteral(" — ") + escaped(c.note.trimmed().left(200)));
    const QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(VisitReport::tr("Crash days")));
    if (items.isEmpty())
        return QStringLiteral("<section class=\"block\">%1<p>%2</p></section>")
            .arg(html, escaped(VisitReport::tr("No crash days in this period.")));
    return html + QStringLiteral("<p>%1</p><ul class=\"crashes\">%2</ul>")
                      .arg(escaped(VisitReport::tr("%n crash days in this period.", nullptr,
                                                   int(items.size()))),
                           items.join(QString()));
}

QString doctorNotes(const VisitReportInput &in)
{
    const QString heading = QStringLiteral("<h2>Notes for the doctor</h2>");
    if (in.notes.isEmpty())
        return QStringLiteral(
                   "<section class=\"block\">%1<p>No notes for this visit.</p></section>")
            .arg(heading);
    QString html;
    for (const Note &n : in.notes) {
        // The heading goes inside the first note so it never ends a page on its own.
        html += QStringLiteral("<section class=\"note\">%1<h3>%2</h3>")
                    .arg(html.isEmpty() ? heading : QString(),
                         escaped(n.title.isEmpty() ? QStringLiteral("Note") : n.title));
        const RenderedMarkdown rendered = MarkdownRenderer().render(n.body);
        html += rendered.ok
                    ? rendered.html
                    : QStringLiteral("<p class=\"error\">%1</p>").arg(escaped(rendered.error));
        html += QStringLiteral("</section>");
    }
    return html;
}

} // namespace

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
    body +=
        escaped(
            VisitReport::tr("%1 – %2 (%3) · %4 · made %5", "period, its length, check-ins, date")
                .arg(longDate(in.from), longDate(in.to), VisitReport::tr("%n days", nullptr, days),
                     VisitReport::tr("%n days with a check-in", nullptr, logged),
                     longDate(QDate::currentDate()))) +
        QStringLiteral("</p></header>");
    // Page one is what a doctor reads first: levels and trends, what was tried and how it went,
    // crash days and the patient's own questions. The details follow from page two.
    body += summaryTable(in, symptoms, notLogged);
    body += in.verdictsHtml;
    body += crashDays(in);
    body += doctorNotes(in);
    body += QStringLiteral("<div class=\"details\">");
    body += in.chartsHtml;
    body += weeklyTable(in, symptoms);
    body += treatmentTable(in);
    body += in.effectsHtml;
    body += sideEffects(in);
    body += QStringLiteral("</div>");
    body += QStringLiteral("<p class=\"doc-meta footer\">From the patient's own Fibro Companion "
                           "journal. Scores are self-reported.</p>");

    HtmlPage page;
    page.title = QStringLiteral("Visit report %1 – %2")
                     .arg(in.from.toString(Qt::ISODate), in.to.toString(Qt::ISODate));
    page.bodyHtml = body;
    page.stylesheets << QStringLiteral("fibro://app/web/print.css");
    page.htmlClasses << QStringLiteral("print") << QStringLiteral("report");
    return page.toHtml();
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
