#pragma once

#include "journal/entities.h"

#include <QVector>
#include <optional>

namespace fc {

class JournalDatabase;

// Treatments and the trials a patient runs with them: dose, schedule, start/stop, titration,
// side effects and the optional taken/missed log. Each write is one transaction.
class TrialStore
{
public:
    explicit TrialStore(JournalDatabase *database);

    // Adds catalogue entries the journal does not have yet and refreshes their names; never
    // deletes (a user's trial may refer to them).
    bool syncCatalogue(const QVector<Treatment> &catalogue, QString *error);
    static QVector<Treatment> bundledCatalogue(QString *error = nullptr);

    QVector<Treatment> treatments() const;
    std::optional<Treatment> treatment(const QString &key) const;
    // Adds a user's own treatment; its key is made from the name.
    bool addTreatment(Treatment &treatment, QString *error);
    // Adds a treatment as given (its key kept), as an import brings it; the key must be new.
    // Joins a transaction the caller has open.
    bool addTreatmentWithKey(Treatment &treatment, QString *error);

    QVector<Trial> trials() const; // oldest start first
    std::optional<Trial> trial(qint64 id) const;
    // Inserts or updates the trial with its dose changes and side effects (replaced as a whole).
    bool saveTrial(Trial &trial, QString *error);
    bool deleteTrial(qint64 id, QString *error);

    bool setDoseTaken(qint64 trialId, const QDate &day, std::optional<bool> taken, QString *error);
    QMap<QDate, bool> doseLog(qint64 trialId) const;

    static QString validateTrial(const Trial &trial);

private:
    bool insertTreatment(Treatment &treatment, QString *error);
    JournalDatabase *m_database;
};

} // namespace fc
