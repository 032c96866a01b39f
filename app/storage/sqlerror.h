#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace fc {

// Turns SQLite's terse errors into a sentence a tired user can act on ("the disk is full"),
// keeping the technical text at the end for a bug report.
QString describeSqlError(const QSqlError &error, const QString &action);

// What SQLite's own check finds wrong with an open database, in its words ("database disk image
// is malformed", the first three problems); empty when the file is sound. quick_check reads
// every page once without checking indexes against their tables; integrity_check does that too.
enum class SqliteCheck { Quick, Integrity };
QString sqliteDamage(const QSqlDatabase &db, SqliteCheck check = SqliteCheck::Quick);

} // namespace fc
