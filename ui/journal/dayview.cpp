#include "ui/journal/dayview.h"

#include "core/htmlpage.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <cmath>

namespace fc {

namespace {

QString words(const Symptom &s, double value)
{
    if (value == 0)
        return s.lowLabel;
    if (value == 5)
        return s.midLabel;
    if (value == 10)
        return s.highLabel;
    return QString();
}

// Where a value came from, in words.
QString sourceText(const QString &source)
{
    if (source == QLatin1String("check-in"))
        return DayView::tr("from the check-in");
    if (source == QLatin1String("gadgetbridge"))
        return DayView::tr("from Gadgetbridge");
    if (source == QLatin1String("apple-health"))
        return DayView::tr("from Apple Health");
    if (source == QLatin1String("csv"))
        return DayView::tr("from a CSV import");
    return source;
}

} // namespace

DayView::DayView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_previous(new QPushButton(tr("◀ &Previous"), this))
    , m_next(new QPushButton(tr("Ne&xt ▶"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Day details"));
    m_previous->setToolTip(tr("Previous day (Alt+Left)"));
    m_previous->setAccessibleName(tr("Previous day"));
    m_next->setToolTip(tr("Next day (Alt+Right)"));
    m_next->setAccessibleName(tr("Next day"));
    m_edit->setToolTip(tr("Edit this day (Enter)"));
    m_delete->setToolTip(tr("Delete the check-in of this day (undo with Ctrl+Z)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addSpacing(m_edit->fontMetrics().horizontalAdvance(u'M') * 2);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);

    connect(m_previous, &QPushButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { emit stepRequested(1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_day); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_day); });
}

QString DayView::text() const
{
    return m_browser->toPlainText();
}

void DayView::showDay(const QDate &day, const std::optional<CheckIn> &checkIn,
                      const QVector<Symptom> &symptoms, const QVector<DayMeasure> &measures)
{
    m_day = day;
    m_browser->setHtml(html(day, checkIn, symptoms, measures));
    m_next->setEnabled(day < QDate::currentDate());
    m_delete->setEnabled(checkIn.has_value());
    m_edit->setText(checkIn ? tr("&Edit…") : tr("&Check in…"));
}

QString DayView::html(const QDate &day, const std::optional<CheckIn> &c,
                      const QVector<Symptom> &symptoms, const QVector<DayMeasure> &measures)
{
    const QLocale locale;
    QString out =
        QStringLiteral("<h2>%1</h2>").arg(escaped(locale.toString(day, QLocale::LongFormat)));
    // The day's measures (exertion from the check-in, a watch's values): every value saved for
    // the day is shown, with its unit and where it came from.
    QString measuresHtml;
    if (!measures.isEmpty()) {
        measuresHtml = QStringLiteral("<h3>%1</h3><table cellpadding='4'>").arg(tr("Measures"));
        for (const DayMeasure &m : measures)
            measuresHtml += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td><small>%3"
                                           "</small></td></tr>")
                                .arg(escaped(DayMeasures::label(m.name)),
                                     escaped(DayMeasures::valueText(m.name, m.value)),
                                     escaped(sourceText(m.source)));
        measuresHtml += QStringLiteral("</table>");
    }
    if (!c) {
        out +=
            tr("<p>No check-in for this day.</p><p>Press <b>Check in…</b> (or Enter) to add one; "
               "any past day can be filled in.</p>");
        return out + measuresHtml;
    }
    QStringList facts;
    if (c->time.isValid())
        facts << tr("Checked in at %1").arg(c->time.toString(QStringLiteral("HH:mm")));
    if (c->hoursSlept)
        facts << tr("%1 hours slept").arg(locale.toString(*c->hoursSlept, 'g', 3));
    if (c->crash)
        facts << tr("<b>Crash / flare day</b>");
    if (!facts.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));

    out += QStringLiteral("<table cellpadding='4'>");
    for (const Symptom &s : symptoms) {
        const bool logged = c->scores.contains(s.key);
        if (s.hidden && !logged)
            continue;
        QString value = tr("<i>not logged</i>");
        if (logged) {
            const double v = c->scores.value(s.key);
            const QString w = words(s, v);
            // A mean of several ratings (an import) is kept exactly and shown to one decimal.
            value = QStringLiteral("<b>%1</b> / 10")
                        .arg(locale.toString(v, 'f', v == std::round(v) ? 0 : 1));
            if (!w.isEmpty())
                value += QStringLiteral(" (%1)").arg(escaped(w));
        }
        const QString direction = s.higherIsBetter ? tr("higher is better") : tr("lower is better");
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td><small>%3</small></td></tr>")
                   .arg(escaped(s.name), value, direction);
    }
    out += QStringLiteral("</table>");
    out += measuresHtml;
    if (!c->note.isEmpty())
        out += QStringLiteral("<h3>%1</h3><p>%2</p>")
                   .arg(tr("Note"), escaped(c->note).replace(u'\n', QStringLiteral("<br>")));
    return out;
}

} // namespace fc
