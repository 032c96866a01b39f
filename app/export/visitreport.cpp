#include "export/visitreport.h"

#include "articles/markdownrenderer.h"
#include "core/htmlpage.h"
#include "export/journalcsv.h"
#include "insights/statistics.h"
#include "journal/journalstore.h"

#include <QLocale>
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
        return QStringLiteral("no earlier data");
    const double diff = now - before;
    if (std::fabs(diff) < 0.05)
        return QStringLiteral("0.0 (about the same)");
    if (std::fabs(diff) < 0.5)
        return QStringLiteral("%1%2 (about the same)")
            .arg(diff >= 0 ? QStringLiteral("+") : QString(), one(diff));
    const bool better = s.higherIsBetter ? diff > 0 : diff < 0;
    return QStringLiteral("%1%2 (%3)")
        .arg(diff > 0 ? QStringLiteral("+") : QString(), one(diff),
             better ? QStringLiteral("better") : QStringLiteral("worse"));
}

QString summaryTable(const VisitReportInput &in, const QVector<Symptom> &symptoms,
                     const QStringList &notLogged)
{
    const int days = int(in.from.daysTo(in.to)) + 1;
    const QDate prevTo = in.from.addDays(-1);
    const QDate prevFrom = in.from.addDays(-days);
    QString html =
        QStringLiteral(
            "<h2>Symptoms</h2><p class=\"doc-meta\">Scores 0-10. Change compares the mean with the "
            "%1 days before (%2 – %3).</p><table><thead><tr><th>Symptom</th><th class=\"num\">Mean"
            "</th><th class=\"num\">Min</th><th class=\"num\">Max</th><th class=\"num\">Days logged"
            "</th><th class=\"num\">Mean before</th><th>Change</th></tr></thead><tbody>")
            .arg(days)
            .arg(escaped(longDate(prevFrom)), escaped(longDate(prevTo)));
    for (const Symptom &s : symptoms) {
        const stats::Summary now = stats::summarize(valuesFor(in, s.key, in.from, in.to));
        const stats::Summary before = stats::summarize(valuesFor(in, s.key, prevFrom, prevTo));
        html += QStringLiteral("<tr><td>%1<br><span class=\"scale\">%2</span></td>"
                               "<td class=\"num\">%3</td><td class=\"num\">%4</td>"
                               "<td class=\"num\">%5</td><td class=\"num\">%6</td>"
                               "<td class=\"num\">%7</td><td>%8</td></tr>")
                    .arg(escaped(s.name),
                         s.higherIsBetter ? QStringLiteral("higher is better")
                                          : QStringLiteral("lower is better"),
                         one(now.mean), now.n ? QString::number(now.min) : QStringLiteral("–"),
                         now.n ? QString::number(now.max) : QStringLiteral("–"))
                    .arg(now.n)
                    .arg(one(before.mean), escaped(trendText(s, now.mean, before.mean)));
    }
    html += QStringLiteral("</tbody></table>");
    if (!notLogged.isEmpty())
        html += QStringLiteral("<p class=\"doc-meta\">Not logged in this period: %1.</p>")
                    .arg(escaped(notLogged.join(QStringLiteral(", "))));
    return html;
}

QString weeklyTable(const VisitReportInput &in, const QVector<Symptom> &symptoms)
{
    // Four-week blocks keep a long range to a page or two.
    const bool weekly = in.from.daysTo(in.to) < 120;
    const int step = weekly ? 7 : 28;
    QString html =
        QStringLiteral("<h2>%1</h2><p class=\"doc-meta\">Mean score of the days logged "
                       "in each %2; – where none was logged.</p>"
                       "<table class=\"weekly\"><thead><tr><th>%3</th>")
            .arg(weekly ? QStringLiteral("Week by week") : QStringLiteral("Every four weeks"),
                 weekly ? QStringLiteral("week") : QStringLiteral("four weeks"),
                 weekly ? QStringLiteral("Week from") : QStringLiteral("From"));
    for (const Symptom &s : symptoms)
        html += QStringLiteral("<th class=\"num\">%1</th>").arg(escaped(s.name));
    html += QStringLiteral("<th class=\"num\">Sleep (h)</th><th class=\"num\">Crash days</th>"
                           "</tr></thead><tbody>");
    for (QDate start = in.from; start <= in.to; start = start.addDays(step)) {
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
        return html + QStringLiteral("<p>No treatment trials in this period.</p></section>");
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
        return html + QStringLiteral("<p>None noted in this period.</p></section>");
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
    QString html = QStringLiteral("<h2>Crash days</h2>");
    if (items.isEmpty())
        return QStringLiteral("<section class=\"block\">%1<p>No crash days in this period.</p>"
                              "</section>")
            .arg(html);
    return html + QStringLiteral("<p>%1 crash %2 in this period.</p><ul class=\"crashes\">%3</ul>")
                      .arg(items.size())
                      .arg(items.size() == 1 ? QStringLiteral("day") : QStringLiteral("days"),
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
    QString body = QStringLiteral("<header class=\"doc-header\"><h1>Visit report</h1>"
                                  "<p class=\"doc-meta\">");
    if (!in.patientName.trimmed().isEmpty())
        body += escaped(in.patientName.trimmed()) + QStringLiteral(" · ");
    body += QStringLiteral("%1 – %2 (%3 days) · %4 days with a check-in · made %5</p></header>")
                .arg(escaped(longDate(in.from)), escaped(longDate(in.to)))
                .arg(days)
                .arg(logged)
                .arg(escaped(longDate(QDate::currentDate())));
    body += summaryTable(in, symptoms, notLogged);
    body += in.chartsHtml;
    body += weeklyTable(in, symptoms);
    body += treatmentTable(in);
    body += in.effectsHtml;
    body += sideEffects(in);
    body += crashDays(in);
    body += doctorNotes(in);
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
