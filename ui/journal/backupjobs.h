#pragma once

#include <QString>

namespace fc {

class AppContext;

// The --backup FILE and --restore FILE command-line jobs. Each returns true on success with a
// one-line summary in *message, or false with the reason.
bool runBackupJob(AppContext &context, const QString &file, QString *message);
bool runRestoreJob(AppContext &context, const QString &file, QString *message);

} // namespace fc
