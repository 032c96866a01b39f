#pragma once

#include <QStringList>
#include <QVector>

namespace fc {

// One step of the journal's schema history. Steps only ever get appended: a user's file at
// version N runs every step after N, each in its own transaction.
struct Migration
{
    int version = 0;
    QStringList statements;
};

const QVector<Migration> &journalMigrations();
int latestSchemaVersion();

} // namespace fc
