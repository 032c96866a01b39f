#pragma once

#include <QSqlError>
#include <QString>

namespace fc {

// Turns SQLite's terse errors into a sentence a tired user can act on ("the disk is full"),
// keeping the technical text at the end for a bug report.
QString describeSqlError(const QSqlError &error, const QString &action);

// Sets *error (when asked for) and returns false: the stores' way to end a failed write.
bool fail(QString *error, const QString &message);

} // namespace fc
