#pragma once

#include "core/result.h"
#include "journal/plannedtrial.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

namespace fc {

class JournalDatabase;

// The journal's planned n-of-1 tests. One writer, like the rest of the journal: every write is
// one BEGIN IMMEDIATE transaction.
class PlannedTrialStore
{
    Q_DECLARE_TR_FUNCTIONS(fc::PlannedTrialStore)

public:
    explicit PlannedTrialStore(JournalDatabase *database);

    QVector<PlannedTrial> plans() const; // oldest start first
    std::optional<PlannedTrial> plan(qint64 id) const;
    // Inserts (id 0) or updates the plan; refuses one that PlannedTrial::validate() refuses.
    Result savePlan(PlannedTrial &plan);
    Result deletePlan(qint64 id);

private:
    JournalDatabase *m_database;
};

} // namespace fc
