#pragma once

#include "core/result.h"

#include <QSqlError>
#include <QString>

namespace fc {

// Turns SQLite's terse errors into a sentence a tired user can act on ("the disk is full"),
// keeping the technical text at the end for a bug report.
QString describeSqlError(const QSqlError &error, const QString &action);

} // namespace fc
