#pragma once

#include "core/result.h"
#include "journal/questionnaire.h"
#include "ui/questionnaires/questionnairedialog.h"

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;

namespace fc {

class BodyMapWidget;

// The monthly ACR 2016 questions: the body map (WPI), the symptom severity items (SSS) and how
// long the symptoms have lasted, with the scores and the criteria shown as information for the
// doctor. A new month starts from the areas of the last map.
class Acr2016Dialog : public QuestionnaireDialog
{
    Q_OBJECT
public:
    Acr2016Dialog(JournalStore *store, const QDate &day, QWidget *parent = nullptr);

    BodyMapWidget *map() const { return m_map; }
    Acr2016Answers answers() const;
    void setAnswers(const Acr2016Answers &answers);

protected:
    bool load(const QDate &day) override;
    bool hasChanges() const override;
    Result save() override;
    bool hasStoredAnswers(const QDate &day) const override;

private:
    void updateResult();

    BodyMapWidget *m_map;
    QLabel *m_areas;
    QLabel *m_remembered;
    std::array<QComboBox *, 3> m_severity{};
    std::array<QCheckBox *, 3> m_somatic{};
    QCheckBox *m_lasted;
    QLabel *m_result;
    Acr2016Answers m_baseline;
};

} // namespace fc
