#pragma once

#include <QString>
#include <functional>

namespace fc::commitobservers {

// Who hears that a write committed on a named connection. The storage layer knows nothing of
// what sits above it: the journal's change notifier registers its connection here, and
// WriteTransaction reports every outermost commit. Thread safe: background threads commit on
// their own connections.
void add(const QString &connectionName, const std::function<void()> &observer);
void remove(const QString &connectionName);
// A no-op for a connection nobody observes (the article index's, say).
void committed(const QString &connectionName);

} // namespace fc::commitobservers
