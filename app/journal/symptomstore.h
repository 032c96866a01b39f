#pragma once

#include "core/result.h"
#include "journal/entities.h"

#include <QCoreApplication>
#include <QVector>

namespace fc {

class JournalDatabase;

// The user's list of symptoms: the five defaults plus their own. Symptoms are never deleted
// (scores refer to them); hiding takes one off the check-in and keeps its history.
class SymptomStore
{
    Q_DECLARE_TR_FUNCTIONS(fc::SymptomStore)

public:
    explicit SymptomStore(JournalDatabase *database);

    // Adds a symptom at the end of the list; its key is made from the name. Scales read
    // "0 none ... 10 worst imaginable" unless higherIsBetter.
    Result add(Symptom &symptom);
    // Adds a symptom as given (key, scale labels, hidden), as an import brings it; the key must
    // be new. Joins a transaction the caller has open.
    Result addWithKey(Symptom &symptom);
    Result rename(qint64 id, const QString &name);
    Result setHidden(qint64 id, bool hidden);
    // Puts the symptoms in the order of ids (all symptoms, hidden ones included).
    Result reorder(const QVector<qint64> &ids);

    static QString validateName(const QString &name);

private:
    Result insert(Symptom &symptom);
    JournalDatabase *m_database;
};

} // namespace fc
