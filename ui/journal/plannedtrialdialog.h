#pragma once

#include "journal/entities.h"
#include "journal/plannedtrial.h"
#include "ui/forms/unsavedinput.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QRadioButton;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace fc {

class ArticleLibrary;
class JournalStore;

// "Test this treatment properly": a planned n-of-1 test. The person chooses the treatment, the
// symptom it is judged on, the period length (defaulting from the treatment), the number of ON/OFF
// pairs and washout days; the dialog says how long it runs and the smallest p it can give. The
// order is drawn when it is saved. Medications, and treatments whose articles carry cautions,
// first show the quotes and ask for "I have talked to my doctor"; the blinding tip is offered.
class PlannedTrialDialog : public QDialog
{
    Q_OBJECT
public:
    PlannedTrialDialog(JournalStore *store, const ArticleLibrary *library,
                       const QString &treatmentKey = QString(), QWidget *parent = nullptr);

    PlannedTrial plan() const { return m_plan; } // after accept(): the saved plan
    QComboBox *treatmentBox() const { return m_treatment; }
    QComboBox *symptomBox() const { return m_symptom; }
    QSpinBox *periodBox() const { return m_period; }
    QSpinBox *pairsBox() const { return m_pairs; }
    QSpinBox *washoutBox() const { return m_washout; }
    QDateEdit *startEdit() const { return m_start; }
    QCheckBox *doctorBox() const { return m_doctor; }
    QString summaryText() const;
    QString cautionsText() const;
    QString lastError() const { return m_lastError; }
    // A trial of the chosen treatment that is still running: the test takes it over, pausing it
    // while the test runs (the default) or ending it the day before. Null when there is none.
    const Trial *runningTrial() const;
    QRadioButton *pauseChoice() const { return m_pause; }
    QRadioButton *endChoice() const { return m_end; }
    QString takeOverText() const;
    // After accept(): what happened to the running trial, for the status bar; empty if none.
    QString outcomeText() const { return m_outcome; }

    void accept() override;
    // Esc, Cancel or the close button: asks before dropping the choices made.
    void reject() override;

private:
    const Treatment *chosenTreatment() const;
    void treatmentChanged();
    void updateSummary();
    void updateTakeOver();

    JournalStore *m_store;
    const ArticleLibrary *m_library;
    QVector<Treatment> m_treatments;
    PlannedTrial m_plan;
    QComboBox *m_treatment;
    QComboBox *m_symptom;
    QDateEdit *m_start;
    QSpinBox *m_period;
    QSpinBox *m_pairs;
    QSpinBox *m_washout;
    QLabel *m_summary;
    QLabel *m_cautions;
    QCheckBox *m_doctor;
    QLabel *m_tip;
    QLabel *m_takeOver;
    QRadioButton *m_pause;
    QRadioButton *m_end;
    QVector<Trial> m_trials;
    QString m_outcome;
    QLabel *m_status;
    QString m_lastError;
    FormSnapshot m_opened; // the form as it was opened
};

} // namespace fc
