// The visit report's questionnaire panel: the latest FIQR and ACR 2016 scores of the period,
// the change since the answers before it, the latest body map and the citations.
#include "core/displaydate.h"
#include "core/htmlpage.h"
#include "export/visitreport.h"
#include "export/visitreportparts.h"
#include "insights/bodymap.h"
#include "insights/questionnairescores.h"

namespace fc::reportparts {

namespace {

template<typename T> const T *latestIn(const QVector<T> &sets, const QDate &from, const QDate &to)
{
    const T *out = nullptr;
    for (const T &s : sets)
        if (s.day >= from && s.day <= to && !s.isEmpty())
            out = &s;
    return out;
}

// What the latest answers are compared with: the first of the period when there are several in
// it (the change over the period), else the latest before it.
template<typename T>
const T *earlierOf(const QVector<T> &sets, const T *latest, const QDate &from, const QDate &to)
{
    for (const T &s : sets)
        if (s.day >= from && s.day <= to && !s.isEmpty())
            return &s == latest ? nullptr : &s;
    return nullptr;
}

template<typename T> const T *latestBefore(const QVector<T> &sets, const QDate &before)
{
    const T *out = nullptr;
    for (const T &s : sets)
        if (s.day < before && !s.isEmpty())
            out = &s;
    return out;
}

// Whole scores (WPI, SSS, FS) print without decimals, the FIQR's with one.
QString number(const std::optional<double> &v, bool whole)
{
    if (!v)
        return QStringLiteral("–");
    return whole ? QString::number(std::lround(*v)) : oneDecimal(*v);
}

QString change(const std::optional<double> &now, const std::optional<double> &before)
{
    if (!now || !before)
        return QStringLiteral("–");
    const double d = std::round((*now - *before) * 10) / 10;
    return d == 0 ? QStringLiteral("0.0")
                  : (d > 0 ? QStringLiteral("+") : QStringLiteral("−")) + oneDecimal(std::abs(d));
}

std::optional<double> asDouble(const std::optional<int> &v)
{
    return v ? std::optional<double>(*v) : std::nullopt;
}

QString row(const QString &label, const QString &scale, const QString &now, const QString &before,
            const QString &delta)
{
    return QStringLiteral("<tr><th scope=\"row\">%1 <span class=\"scale\">%2</span></th>"
                          "<td class=\"num\">%3</td><td class=\"num\">%4</td>"
                          "<td class=\"num change\">%5</td></tr>")
        .arg(escaped(label), escaped(scale), now, before, delta);
}

struct Measure
{
    QString label;
    QString scale;
    std::optional<double> now;
    std::optional<double> before;
};

// One row per measure: the latest value and its date, the earlier one with its date, the change.
QString measureRows(const QVector<Measure> &measures, bool whole, const QDate &nowDay,
                    const QDate &beforeDay)
{
    auto dated = [](const QString &value, const QDate &day) {
        return QStringLiteral("%1 <span class=\"scale\">%2</span>")
            .arg(value, escaped(shortDate(day)));
    };
    QString html;
    for (const Measure &m : measures)
        html += row(m.label, m.scale, dated(number(m.now, whole), nowDay),
                    beforeDay.isValid() ? dated(number(m.before, whole), beforeDay)
                                        : QStringLiteral("–"),
                    change(m.now, m.before));
    return html;
}

} // namespace

QString questionnairesSection(const VisitReportInput &in)
{
    const FiqrAnswers *fiqrNow = latestIn(in.fiqr, in.from, in.to);
    const Acr2016Answers *acrNow = latestIn(in.acr2016, in.from, in.to);
    if (!fiqrNow && !acrNow)
        return QString();
    const FiqrAnswers *fiqrBefore = earlierOf(in.fiqr, fiqrNow, in.from, in.to);
    if (!fiqrBefore)
        fiqrBefore = latestBefore(in.fiqr, in.from);
    const Acr2016Answers *acrBefore = earlierOf(in.acr2016, acrNow, in.from, in.to);
    if (!acrBefore)
        acrBefore = latestBefore(in.acr2016, in.from);

    QString html =
        // The heading stays with the scores and the map; the notes under them may start the
        // next page, so the panel does not leave page one half empty.
        QStringLiteral("<section class=\"questionnaires\"><div class=\"keep\"><h2>%1</h2>"
                       "<div class=\"qrow\">")
            .arg(escaped(VisitReport::tr("Questionnaires")));
    html += QStringLiteral("<table class=\"questionnaires\"><thead><tr><th>%1</th>"
                           "<th class=\"num\">%2</th><th class=\"num\">%3</th>"
                           "<th class=\"num\">%4</th></tr></thead><tbody>")
                .arg(escaped(VisitReport::tr("Measure")), escaped(VisitReport::tr("Latest")),
                     escaped(VisitReport::tr("Earlier")), escaped(VisitReport::tr("Change")));
    if (fiqrNow) {
        const FiqrScore now = scoreFiqr(*fiqrNow);
        const FiqrScore before = fiqrBefore ? scoreFiqr(*fiqrBefore) : FiqrScore();
        html += measureRows(
            {{VisitReport::tr("FIQR total"), QStringLiteral("0–100"), now.total, before.total},
             {VisitReport::tr("FIQR function"), QStringLiteral("0–30"), now.function,
              before.function},
             {VisitReport::tr("FIQR overall impact"), QStringLiteral("0–20"), now.overall,
              before.overall},
             {VisitReport::tr("FIQR symptoms"), QStringLiteral("0–50"), now.symptoms,
              before.symptoms}},
            false, fiqrNow->day, fiqrBefore ? fiqrBefore->day : QDate());
    }
    if (acrNow) {
        const Acr2016Score now = scoreAcr2016(*acrNow);
        std::optional<double> wpiBefore, sssBefore, fsBefore;
        if (acrBefore) {
            const Acr2016Score before = scoreAcr2016(*acrBefore);
            wpiBefore = before.wpi;
            sssBefore = asDouble(before.sss);
            fsBefore = asDouble(before.fs);
        }
        html += measureRows({{VisitReport::tr("Widespread Pain Index (WPI)"),
                              QStringLiteral("0–19"), double(now.wpi), wpiBefore},
                             {VisitReport::tr("Symptom Severity Scale (SSS)"),
                              QStringLiteral("0–12"), asDouble(now.sss), sssBefore},
                             {VisitReport::tr("Fibromyalgia severity (FS)"), QStringLiteral("0–31"),
                              asDouble(now.fs), fsBefore}},
                            true, acrNow->day, acrBefore ? acrBefore->day : QDate());
    }
    html += QStringLiteral("</tbody></table>");

    QString facts;
    if (acrNow) {
        const Acr2016Score s = scoreAcr2016(*acrNow);
        QStringList painful;
        for (const acr2016::Area &a : acr2016::areas())
            if (acrNow->painfulAreas.contains(QLatin1String(a.key)))
                painful << acr2016::areaName(a);
        QString criteria;
        if (!s.met)
            criteria = VisitReport::tr("Not all of the 2016 criteria were answered.");
        else if (*s.met)
            criteria = VisitReport::tr("The answers meet the 2016 criteria (severity, pain in "
                                       "%1 of 5 regions, 3 months or more).")
                           .arg(s.regionsWithPain);
        else
            criteria = VisitReport::tr("The answers do not meet all of the 2016 criteria "
                                       "(pain in %1 of 5 regions).")
                           .arg(s.regionsWithPain);
        const QString title = VisitReport::tr("Body map of %1").arg(displayDate(acrNow->day));
        html += QStringLiteral("<figure class=\"bodymap\">%1</figure>")
                    .arg(bodymap::svg(acrNow->painfulAreas, title, 300));
        facts = QStringLiteral("<p class=\"facts\">%1</p><p class=\"facts\">%2</p>")
                    .arg(escaped(painful.isEmpty()
                                     ? VisitReport::tr("%1: no painful area marked.").arg(title)
                                     : VisitReport::tr("%1, painful: %2.")
                                           .arg(title, painful.join(QStringLiteral(", ")))),
                         escaped(criteria));
    }
    html += QStringLiteral("</div></div>") + facts;
    QStringList cites;
    if (fiqrNow)
        cites << fiqr::citation();
    if (acrNow)
        cites << acr2016::citation() + QLatin1Char(' ') +
                     VisitReport::tr("Information, not a diagnosis.");
    html += QStringLiteral("<p class=\"small\">%1</p>").arg(escaped(cites.join(QLatin1Char(' '))));
    return html + QStringLiteral("</section>");
}

} // namespace fc::reportparts
