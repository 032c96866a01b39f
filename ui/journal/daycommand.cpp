#include "ui/journal/daycommand.h"

#include "journal/journalstore.h"

namespace fc {

DayCommand::DayCommand(JournalStore *store, DayCommandNotifier *notifier, const QDate &day,
                       std::optional<CheckIn> before, std::optional<CheckIn> after,
                       const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_notifier(notifier)
    , m_day(day)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void DayCommand::undo()
{
    apply(m_before);
}

void DayCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after);
}

void DayCommand::apply(const std::optional<CheckIn> &state)
{
    Result outcome;
    if (state) {
        CheckIn copy = *state;
        outcome = m_store->saveCheckIn(copy);
    } else if (m_store->checkIn(m_day)) {
        outcome = m_store->deleteCheckIn(m_day);
    }
    if (!outcome)
        emit m_notifier->failed(outcome.message());
    emit m_notifier->changed(m_day);
}

} // namespace fc
