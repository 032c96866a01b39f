#include "journal/journalchanges.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace fc {

namespace {

// Connections are named per JournalDatabase; background threads commit on their own
// connections, so the lookup is guarded.
QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, JournalChanges *> &registry()
{
    static QHash<QString, JournalChanges *> byConnection;
    return byConnection;
}

} // namespace

JournalChanges::JournalChanges(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{
    const QMutexLocker lock(&registryMutex());
    registry().insert(m_connectionName, this);
}

JournalChanges::~JournalChanges()
{
    const QMutexLocker lock(&registryMutex());
    registry().remove(m_connectionName);
}

void JournalChanges::committed(const QString &connectionName)
{
    const QMutexLocker lock(&registryMutex());
    if (JournalChanges *changes = registry().value(connectionName))
        changes->notify();
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
