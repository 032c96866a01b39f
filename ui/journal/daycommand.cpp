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
    QString error;
    bool ok = true;
    if (state) {
        CheckIn copy = *state;
        ok = m_store->saveCheckIn(copy, &error);
    } else if (m_store->checkIn(m_day)) {
        ok = m_store->deleteCheckIn(m_day, &error);
    }
    if (!ok)
        emit m_notifier->failed(error);
    emit m_notifier->changed(m_day);
}

} // namespace fc
