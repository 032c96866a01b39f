#pragma once

#include "core/result.h"
#include "journal/questionnaire.h"
#include "ui/questionnaires/questionnairedialog.h"

#include <QVector>

class QLabel;

namespace fc {

class ScoreInput;

// The weekly FIQR on one screen: 21 items, each 0-10 (a number key sets it, Tab goes on), the
// three domain scores and the total as they are answered. Items may be left out; the scores say
// when too many are for the published scoring.
class FiqrDialog : public QuestionnaireDialog
{
    Q_OBJECT
public:
    FiqrDialog(JournalStore *store, const QDate &day, QWidget *parent = nullptr);

    const QVector<ScoreInput *> &inputs() const { return m_inputs; }
    FiqrAnswers answers() const;
    void setAnswers(const FiqrAnswers &answers);

protected:
    bool load(const QDate &day) override;
    bool hasChanges() const override;
    Result save() override;
    bool hasStoredAnswers(const QDate &day) const override;

private:
    void updateResult();

    QVector<ScoreInput *> m_inputs;
    QLabel *m_result;
    FiqrAnswers m_baseline;
};

} // namespace fc
