#include "storage/commitobservers.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace fc::commitobservers {

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, std::function<void()>> &registry()
{
    static QHash<QString, std::function<void()>> byConnection;
    return byConnection;
}

} // namespace

void add(const QString &connectionName, const std::function<void()> &observer)
{
    const QMutexLocker lock(&registryMutex());
    registry().insert(connectionName, observer);
}

void remove(const QString &connectionName)
{
    const QMutexLocker lock(&registryMutex());
    registry().remove(connectionName);
}

void committed(const QString &connectionName)
{
    std::function<void()> observer;
    {
        const QMutexLocker lock(&registryMutex());
        observer = registry().value(connectionName);
    }
    if (observer)
        observer();
}

} // namespace fc::commitobservers
