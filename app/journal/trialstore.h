#pragma once

#include "core/result.h"
#include "journal/entities.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

namespace fc {

class JournalDatabase;

// Treatments and the trials a patient runs with them: dose, schedule, start/stop, titration,
// side effects and the optional taken/missed log. Each write is one transaction.
class TrialStore
{
    Q_DECLARE_TR_FUNCTIONS(fc::TrialStore)

public:
    explicit TrialStore(JournalDatabase *database);

    // Adds catalogue entries the journal does not have yet and refreshes their names; never
    // deletes (a user's trial may refer to them).
    Result syncCatalogue(const QVector<Treatment> &catalogue);
    static Expected<QVector<Treatment>> bundledCatalogue();

    QVector<Treatment> treatments() const;
    std::optional<Treatment> treatment(const QString &key) const;
    // Adds a user's own treatment; its key is made from the name.
    Result addTreatment(Treatment &treatment);
    // Adds a treatment as given (its key kept), as an import brings it; the key must be new.
    // Joins a transaction the caller has open.
    Result addTreatmentWithKey(Treatment &treatment);

    QVector<Trial> trials() const; // oldest start first
    std::optional<Trial> trial(qint64 id) const;
    // Inserts or updates the trial with its dose changes and side effects (replaced as a whole).
    Result saveTrial(Trial &trial);
    Result deleteTrial(qint64 id);

    Result setDoseTaken(qint64 trialId, const QDate &day, std::optional<bool> taken);
    QMap<QDate, bool> doseLog(qint64 trialId) const;

    static QString validateTrial(const Trial &trial);

private:
    Result insertTreatment(Treatment &treatment);
    JournalDatabase *m_database;
};

} // namespace fc
