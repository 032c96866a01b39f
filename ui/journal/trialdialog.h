#pragma once

#include "core/result.h"
#include "journal/entities.h"
#include "ui/forms/unsavedinput.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QCompleter;
class QStringListModel;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace fc {

class ArticleLibrary;
class JournalStore;

// A trial of a treatment: which one (from the catalogue or the user's own, typed in), dose and
// unit, schedule, start, optional stop and reason, ramp-up, titration steps and side effects.
// The cautions the articles state about the chosen treatment are quoted at the top, with a
// warning when the journal holds a trial it should not be combined with.
class TrialDialog : public QDialog
{
    Q_OBJECT
public:
    TrialDialog(JournalStore *store, const ArticleLibrary *library, const Trial &trial,
                QWidget *parent = nullptr);

    Trial trial() const { return m_trial; }
    QString cautionsText() const;
    QString lastError() const { return m_lastError; }
    QComboBox *treatmentBox() const { return m_treatment; }
    // What the treatment box offers for the text typed so far.
    QStringList treatmentSuggestions() const;
    QTableWidget *doseTable() const { return m_doses; }
    QTableWidget *sideEffectTable() const { return m_effects; }
    QCheckBox *stoppedBox() const { return m_stopped; }
    QDateEdit *stopEdit() const { return m_stop; }
    QDateEdit *startEdit() const { return m_start; }

    void accept() override;
    // Esc, Cancel or the close button: asks before dropping what was typed.
    void reject() override;

private:
    void fillTreatments();
    void suggestTreatments(const QString &typed);
    void treatmentChanged();
    int treatmentIndex(const QString &typed) const;
    Result collect(Trial *trial);
    void showError(const QString &message);

    JournalStore *m_store;
    const ArticleLibrary *m_library;
    Trial m_trial;
    QVector<Treatment> m_treatments;
    QLabel *m_cautions;
    QComboBox *m_treatment;
    QCompleter *m_suggestions;
    QStringListModel *m_suggestionModel;
    QDoubleSpinBox *m_dose;
    QLineEdit *m_unit;
    QLineEdit *m_schedule;
    QDateEdit *m_start;
    QCheckBox *m_stopped;
    QDateEdit *m_stop;
    QLineEdit *m_stopReason;
    QSpinBox *m_rampUp;
    QTableWidget *m_doses;
    QTableWidget *m_effects;
    QPlainTextEdit *m_note;
    QLabel *m_status;
    QString m_lastError;
    FormSnapshot m_opened; // the form as it was opened
};

} // namespace fc
