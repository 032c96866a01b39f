#include "ui/exertioninputs.h"

#include "journal/journalstore.h"
#include "ui/scoreinput.h"

#include <QFormLayout>
#include <QLabel>
#include <cmath>

namespace fc {

const QVector<const char *> &ExertionInputs::names()
{
    static const QVector<const char *> list{
        DayMeasures::exertionPhysical, DayMeasures::exertionMental, DayMeasures::exertionSocial};
    return list;
}

ExertionInputs::ExertionInputs(QFormLayout *form, QWidget *parent, const AddRow &addRow)
{
    auto *heading = new QLabel(tr("<b>Exertion on this day</b> (optional)"), parent);
    heading->setAccessibleName(tr("Exertion on this day, optional"));
    form->addRow(heading);
    for (const char *name : names()) {
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

QMap<QString, int> ExertionInputs::values() const
{
    QMap<QString, int> out;
    for (int i = 0; i < m_inputs.size(); ++i)
        if (m_inputs[i]->hasScore())
            out.insert(QLatin1String(names()[i]), m_inputs[i]->score());
    return out;
}

void ExertionInputs::load(const JournalStore &store, const QDate &day)
{
    for (int i = 0; i < m_inputs.size(); ++i) {
        const std::optional<double> value = store.measures().value(day, QLatin1String(names()[i]));
        if (value)
            m_inputs[i]->setScore(int(std::lround(*value)));
        else
            m_inputs[i]->clearScore();
    }
    m_loaded = values();
}

Result ExertionInputs::save(JournalStore &store, const QDate &day) const
{
    const QMap<QString, int> now = values();
    QVector<DayMeasure> given;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        given.append({day, it.key(), double(it.value()), QStringLiteral("check-in")});
    if (!given.isEmpty()) {
        if (const Expected<MeasureWrite> saved = store.measures().save(given); !saved)
            return saved.result();
    }
    for (const char *name : names()) {
        const QString key = QLatin1String(name);
        if (now.contains(key) || !store.measures().value(day, key))
            continue;
        if (Result removed = store.measures().remove(day, key); !removed)
            return removed;
    }
    return {};
}

} // namespace fc
