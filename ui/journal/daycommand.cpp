#include "ui/journal/daycommand.h"

#include "journal/journalstore.h"
#include "storage/writetransaction.h"

namespace fc {

DayCommand::DayCommand(JournalStore *store, DayCommandNotifier *notifier, const QDate &day,
                       std::optional<CheckIn> before, std::optional<CheckIn> after,
                       const QString &text, QMap<QString, double> measuresBefore,
                       QMap<QString, double> measuresAfter)
    : QUndoCommand(text)
    , m_store(store)
    , m_notifier(notifier)
    , m_day(day)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_measuresBefore(std::move(measuresBefore))
    , m_measuresAfter(std::move(measuresAfter))
{}

void DayCommand::undo()
{
    apply(m_before, m_measuresBefore);
}

void DayCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after, m_measuresAfter);
}

void DayCommand::apply(const std::optional<CheckIn> &state, const QMap<QString, double> &measures)
{
    // The check-in and its measures go back together, or neither does.
    const Result outcome = WriteTransaction::run(m_store->database().db(), [&]() -> Result {
        if (state) {
            CheckIn copy = *state;
            if (Result saved = m_store->saveCheckIn(copy); !saved)
                return saved;
        } else if (m_store->checkIn(m_day)) {
            if (Result removed = m_store->deleteCheckIn(m_day); !removed)
                return removed;
        }
        // Only the measures this change touched: a wearable's steps that day stay as they are.
        QStringList names = m_measuresBefore.keys() + m_measuresAfter.keys();
        names.removeDuplicates();
        for (const QString &name : std::as_const(names)) {
            Result step;
            if (measures.contains(name)) {
                const Expected<MeasureWrite> saved = m_store->measures().save(
                    {{m_day, name, measures.value(name), QStringLiteral("check-in")}});
                step = saved ? Result() : saved.result();
            } else if (m_store->measures().value(m_day, name)) {
                step = m_store->measures().remove(m_day, name);
            }
            if (!step)
                return step;
        }
        return {};
    });
    if (!outcome)
        emit m_notifier->failed(outcome.message());
    emit m_notifier->changed(m_day);
}

} // namespace fc
