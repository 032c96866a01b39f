#pragma once

#include "core/result.h"
#include "journal/daymeasures.h"
#include "journal/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QVector>
#include <functional>
#include <optional>

class QFormLayout;
class QWidget;

namespace fc {

class JournalStore;
class ScoreInput;

// The check-in's optional exertion rows: physical, mental and social/emotional exertion of the
// day, 0-10, each left empty unless the person gives it. They come after the symptoms, so the
// symptom scores and Enter stay the same keystrokes.
class ExertionInputs
{
    Q_DECLARE_TR_FUNCTIONS(fc::ExertionInputs)

public:
    // Adds one row of the form for a slider: the check-in's own row, so they look alike.
    using AddRow = std::function<ScoreInput *(const Symptom &, const QString &scaleText)>;
    // Adds a heading and the three rows to `form`.
    ExertionInputs(QFormLayout *form, QWidget *parent, const AddRow &addRow);

    const QVector<ScoreInput *> &inputs() const { return m_inputs; }
    // The values given now, by measure name.
    QMap<QString, int> values() const;
    void load(const JournalStore &store, const QDate &day);
    bool changedSinceLoad() const { return values() != m_loaded; }
    // The day's exertion as given: set values saved, cleared ones removed. Call inside the
    // check-in's transaction so both are saved or neither.
    Result save(JournalStore &store, const QDate &day) const;

    static const QVector<const char *> &names();

private:
    QVector<ScoreInput *> m_inputs;
    QMap<QString, int> m_loaded;
};

} // namespace fc
