#pragma once

#include <QString>

class QWidget;

namespace fc {

class AppContext;

// Shown at start when the journal failed its integrity check. The damaged file is never written
// to: the user may restore the latest automatic backup or start an empty journal, and either way
// the damaged file is kept aside (renamed with the date) for a later rescue. Returns true when a
// journal is open afterwards.
bool offerJournalRecovery(AppContext &context, const QString &problem, QWidget *parent = nullptr);

} // namespace fc
