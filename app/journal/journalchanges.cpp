#include "journal/journalchanges.h"

#include "storage/commitobservers.h"

namespace fc {

JournalChanges::JournalChanges(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
    commitobservers::add(m_connectionName, [this] { notify(); });
}

JournalChanges::~JournalChanges()
{
    commitobservers::remove(m_connectionName);
}

void JournalChanges::notify()
{
    if (m_pending.exchange(true))
        return;
    // Queued: listeners run after the writer has finished what it was doing, once per turn.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pending = false;
            emit changed();
        },
        Qt::QueuedConnection);
}

} // namespace fc
