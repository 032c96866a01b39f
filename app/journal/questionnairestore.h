#pragma once

#include "journal/questionnaire.h"

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
public:
    explicit QuestionnaireStore(JournalDatabase *database)
        : m_database(database)
    {}

    // Each in its own transaction; an empty set removes the day's answers.
    bool saveFiqr(const FiqrAnswers &answers, QString *error);
    bool saveAcr2016(const Acr2016Answers &answers, QString *error);
    bool removeFiqr(const QDate &day, QString *error);
    bool removeAcr2016(const QDate &day, QString *error);

    // Oldest first.
    QVector<FiqrAnswers> fiqrAnswers() const;
    QVector<Acr2016Answers> acr2016Answers() const;

    // The same writes inside a transaction the caller owns (an import of many sets at once).
    static bool writeFiqr(const QSqlDatabase &db, const FiqrAnswers &answers, QString *error);
    static bool writeAcr2016(const QSqlDatabase &db, const Acr2016Answers &answers, QString *error);

    // Whether a stored value is in range for its kind and name: the schema cannot say it.
    // Returns an empty string when it is, else what is wrong.
    static QString checkValue(const QString &kind, const QString &name, double value);

private:
    JournalDatabase *m_database;
};

} // namespace fc
