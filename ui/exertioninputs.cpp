#include "ui/exertioninputs.h"

#include "journal/journalstore.h"
#include "ui/access/spinboxtab.h"
#include "ui/hintedfield.h"
#include "ui/scoreinput.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <cmath>

namespace fc {

namespace {

// The box's value that stands for "not given", shown as its special text.
constexpr double kNotGiven = -0.5;

} // namespace

const QVector<const char *> &ExertionInputs::exertionNames()
{
    static const QVector<const char *> list{
        DayMeasures::exertionPhysical, DayMeasures::exertionMental, DayMeasures::exertionSocial};
    return list;
}

ExertionInputs::ExertionInputs(QFormLayout *form, QWidget *parent, const AddRow &addRow,
                               const CheckInExtras &extras)
{
    auto *heading = new QLabel(tr("<b>Exertion on this day</b> (optional)"), parent);
    heading->setAccessibleName(tr("Exertion on this day, optional"));
    form->addRow(heading);
    if (extras.exertion) {
        for (const char *name : exertionNames()) {
            Symptom s;
            s.key = QLatin1String(name);
            s.name = DayMeasures::label(s.key);
            s.higherIsBetter = false;
            s.lowLabel = tr("none");
            s.midLabel = tr("moderate");
            s.highLabel = tr("the most I can do");
            // Exertion is neither better nor worse: its scale says only what the ends mean.
            m_inputs << addRow(s, tr("0 = none · 10 = the most I can do · optional"));
        }
    }
    if (extras.uprightHours) {
        m_upright = new QDoubleSpinBox(parent);
        m_upright->setRange(kNotGiven, 24);
        m_upright->setSingleStep(0.5);
        m_upright->setDecimals(1);
        m_upright->setSpecialValueText(tr("Not logged"));
        m_upright->setValue(kNotGiven);
        m_upright->setAccessibleName(tr("Hours upright"));
        m_upright->setAccessibleDescription(
            tr("Hours of the day spent sitting up or standing rather than lying down, in "
               "half-hour steps; \"Not logged\" leaves it out."));
        releaseTabFromSpecialValue(m_upright);
        auto *label = new QLabel(tr("Hours &upright"), parent);
        label->setBuddy(m_upright);
        form->addRow(label,
                     hintedField(m_upright, tr("sitting up or standing, not lying down · optional"),
                                 parent));
    }
}

QVector<QWidget *> ExertionInputs::widgets() const
{
    QVector<QWidget *> out(m_inputs.cbegin(), m_inputs.cend());
    if (m_upright)
        out << m_upright;
    return out;
}

QStringList ExertionInputs::askedNames() const
{
    QStringList names;
    if (!m_inputs.isEmpty())
        for (const char *name : exertionNames())
            names << QLatin1String(name);
    if (m_upright)
        names << QLatin1String(DayMeasures::uprightHours);
    return names;
}

QMap<QString, double> ExertionInputs::values() const
{
    QMap<QString, double> out;
    for (int i = 0; i < m_inputs.size(); ++i)
        if (m_inputs[i]->hasScore())
            out.insert(QLatin1String(exertionNames()[i]), m_inputs[i]->score());
    if (m_upright && m_upright->value() >= 0)
        out.insert(QLatin1String(DayMeasures::uprightHours), m_upright->value());
    return out;
}

void ExertionInputs::load(const JournalStore &store, const QDate &day)
{
    for (int i = 0; i < m_inputs.size(); ++i) {
        const std::optional<double> value =
            store.measures().value(day, QLatin1String(exertionNames()[i]));
        if (value)
            m_inputs[i]->setScore(int(std::lround(*value)));
        else
            m_inputs[i]->clearScore();
    }
    if (m_upright)
        m_upright->setValue(store.measures()
                                .value(day, QLatin1String(DayMeasures::uprightHours))
                                .value_or(kNotGiven));
    m_loaded = values();
}

Result ExertionInputs::save(JournalStore &store, const QDate &day) const
{
    const QMap<QString, double> now = values();
    QVector<DayMeasure> given;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        given.append({day, it.key(), it.value(), QStringLiteral("check-in")});
    if (!given.isEmpty()) {
        if (const Expected<MeasureWrite> saved = store.measures().save(given); !saved)
            return saved.result();
    }
    for (const QString &name : askedNames()) {
        if (now.contains(name) || !store.measures().value(day, name))
            continue;
        if (Result removed = store.measures().remove(day, name); !removed)
            return removed;
    }
    return {};
}

} // namespace fc
