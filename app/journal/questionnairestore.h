#pragma once

#include "core/result.h"
#include "journal/questionnaire.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace fc {

class JournalDatabase;

// The FIQR and ACR 2016 answers, one row per answer in questionnaire_answer (kind, name, value
// as in the CSV long layout). A day holds at most one answer set of each questionnaire; saving
// a day's set replaces it.
class QuestionnaireStore
{
    Q_DECLARE_TR_FUNCTIONS(fc::QuestionnaireStore)

public:
    explicit QuestionnaireStore(JournalDatabase *database)
        : m_database(database)
    {}

    // Each in its own transaction; an empty set removes the day's answers.
    Result saveFiqr(const FiqrAnswers &answers);
    Result saveAcr2016(const Acr2016Answers &answers);
    Result removeFiqr(const QDate &day);
    Result removeAcr2016(const QDate &day);

    // Oldest first.
    QVector<FiqrAnswers> fiqrAnswers() const;
    QVector<Acr2016Answers> acr2016Answers() const;

    // The same writes inside a transaction the caller owns (an import of many sets at once).
    static Result writeFiqr(const QSqlDatabase &db, const FiqrAnswers &answers);
    static Result writeAcr2016(const QSqlDatabase &db, const Acr2016Answers &answers);

    // Whether a stored value is in range for its kind and name: the schema cannot say it.
    // Returns an empty string when it is, else what is wrong.
    static QString checkValue(const QString &kind, const QString &name, double value);

private:
    JournalDatabase *m_database;
};

} // namespace fc
