#include "core/displaydate.h"
#include "core/htmlpage.h"
#include "export/visitreport.h"
#include "export/visitreportparts.h"
#include "journal/trialdose.h"

#include <QLocale>
#include <cmath>

namespace fc::reportparts {

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

QString oneDecimal(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 1) : QStringLiteral("–");
}

namespace {

// "3 mg (since 15 Mar 2024), 4.5 mg from 4 Apr 2024": the dose in effect when the period
// starts, then each change inside it. Changes before the period are history.
QString doseHistory(const Trial &t, const QDate &from, const QDate &to)
{
    QString current = formatDose(t.dose, t.unit);
    QDate since;
    QStringList later;
    for (const DoseChange &d : t.doseChanges) {
        const QString dose = formatDose(d.dose, d.unit.isEmpty() ? t.unit : d.unit);
        if (d.day <= from) {
            current = dose;
            since = d.day;
        } else if (d.day <= to) {
            later << VisitReport::tr("%1 from %2", "dose, date").arg(dose, displayDate(d.day));
        }
    }
    QStringList parts;
    if (!current.isEmpty())
        parts << (since.isValid() ? VisitReport::tr("%1 (since %2)", "dose, date")
                                        .arg(current, displayDate(since))
                                  : current);
    parts << later;
    return parts.join(QStringLiteral(", "));
}

QString trialFacts(const VisitReportInput &in, int index)
{
    const Trial &t = in.trials[index];
    QStringList facts;
    facts << VisitReport::tr("%1 – %2", "trial dates")
                 .arg(displayDate(t.start),
                      t.stop.isValid() ? displayDate(t.stop) : VisitReport::tr("ongoing"));
    const QString dose = doseHistory(t, in.from, in.to);
    if (!dose.isEmpty())
        facts << VisitReport::tr("dose %1").arg(dose);
    if (!t.schedule.isEmpty())
        facts << t.schedule;
    int taken = 0, missed = 0;
    const QMap<QDate, bool> &log = in.doseLogs.value(index);
    for (auto it = log.cbegin(); it != log.cend(); ++it)
        if (it.key() >= in.from && it.key() <= in.to)
            (it.value() ? taken : missed)++;
    facts << (taken + missed > 0
                  ? VisitReport::tr("taken on %1 of %n days logged", nullptr, taken + missed)
                        .arg(taken)
                  : VisitReport::tr("doses not logged"));
    if (!t.stopReason.isEmpty())
        facts << VisitReport::tr("stopped: %1").arg(t.stopReason);
    QString html = escaped(facts.join(QStringLiteral(" · ")));
    // Side effects belong with the treatment they were noted on.
    QStringList effects;
    for (const SideEffect &e : t.sideEffects) {
        if (e.day < in.from || e.day > in.to)
            continue;
        effects << (e.severity
                        ? VisitReport::tr("%1 (%2, severity %3 of 10)", "what, date, severity")
                              .arg(e.description, displayDate(e.day), QString::number(*e.severity))
                        : VisitReport::tr("%1 (%2)", "what, date")
                              .arg(e.description, displayDate(e.day)));
    }
    html += QStringLiteral("<br>") +
            escaped(effects.isEmpty() ? VisitReport::tr("No side effects noted in this period.")
                                      : VisitReport::tr("Side effects noted: %1.")
                                            .arg(effects.join(QStringLiteral("; "))));
    return html;
}

} // namespace

QString treatmentsSection(const VisitReportInput &in)
{
    const QString heading =
        QStringLiteral("<h2>%1</h2>").arg(escaped(VisitReport::tr("Treatments")));
    if (in.trials.isEmpty())
        return QStringLiteral("<section class=\"treatments\">%1<p>%2</p>%3</section>")
            .arg(heading, escaped(VisitReport::tr("No treatment trials in this period.")),
                 in.effectsEndHtml);
    QString html = QStringLiteral("<section class=\"treatments\">");
    for (int i = 0; i < in.trials.size(); ++i) {
        const Trial &t = in.trials[i];
        // The heading and method go inside the first trial, so they never end a page alone.
        html += QStringLiteral("<section class=\"trial\">%1<h3>%2</h3><p class=\"facts\">%3</p>%4"
                               "</section>")
                    .arg(i == 0 ? heading + in.effectsMethodHtml : QString(),
                         escaped(t.treatmentName), trialFacts(in, i), in.effectsHtml.value(t.id));
    }
    return html + in.effectsEndHtml + QStringLiteral("</section>");
}

} // namespace fc::reportparts
