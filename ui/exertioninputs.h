#pragma once

#include "core/result.h"
#include "journal/daymeasures.h"
#include "journal/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QVector>
#include <functional>

class QDoubleSpinBox;
class QFormLayout;
class QWidget;

namespace fc {

class JournalStore;
class ScoreInput;

// What the check-in asks besides the symptoms, each turned on in Preferences.
struct CheckInExtras
{
    bool exertion = false;     // physical, mental and social/emotional exertion, 0-10
    bool uprightHours = false; // hours sitting up or standing

    bool any() const { return exertion || uprightHours; }
};

// The check-in's optional rows about the day's load: physical, mental and social/emotional
// exertion (0-10) and hours upright, each left empty unless the person gives it. They come
// after the symptoms, so the symptom scores and Enter stay the same keystrokes.
class ExertionInputs
{
    Q_DECLARE_TR_FUNCTIONS(fc::ExertionInputs)

public:
    // Adds one row of the form for a slider: the check-in's own row, so they look alike.
    using AddRow = std::function<ScoreInput *(const Symptom &, const QString &scaleText)>;
    // Adds a heading and the rows `extras` asks for to `form`.
    ExertionInputs(QFormLayout *form, QWidget *parent, const AddRow &addRow,
                   const CheckInExtras &extras);

    // The exertion sliders, in order (empty when exertion is not asked).
    const QVector<ScoreInput *> &inputs() const { return m_inputs; }
    // The hours-upright box, or null when not asked.
    QDoubleSpinBox *uprightHours() const { return m_upright; }
    // Every input, in Tab order.
    QVector<QWidget *> widgets() const;
    // The values given now, by measure name.
    QMap<QString, double> values() const;
    void load(const JournalStore &store, const QDate &day);
    // The values as loaded for the day, before any edit.
    const QMap<QString, double> &loaded() const { return m_loaded; }
    bool changedSinceLoad() const { return values() != m_loaded; }
    // The day's values as given: set values saved, cleared ones removed. Call inside the
    // check-in's transaction so both are saved or neither.
    Result save(JournalStore &store, const QDate &day) const;

    static const QVector<const char *> &exertionNames();

private:
    QStringList askedNames() const;

    QVector<ScoreInput *> m_inputs;
    QDoubleSpinBox *m_upright = nullptr;
    QMap<QString, double> m_loaded;
};

} // namespace fc
