#pragma once

#include "core/result.h"
#include "journal/entities.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace fc {

class JournalStore;
class ScoreInput;
class ExertionInputs;
struct CheckInExtras;

// "Today's check-in": one row per symptom, hours slept, a crash/flare flag and a note. Saving is
// one transaction; if it fails the dialog stays open with everything the user typed.
class CheckInDialog : public QDialog
{
    Q_OBJECT
public:
    // extras: the optional rows about the day's load, after the symptoms (Preferences).
    CheckInDialog(JournalStore *store, const QDate &day, QWidget *parent = nullptr);
    CheckInDialog(JournalStore *store, const QDate &day, QWidget *parent,
                  const CheckInExtras &extras);
    ~CheckInDialog() override;
    // The exertion and hours-upright rows, when asked for.
    const ExertionInputs *exertion() const { return m_exertion.get(); }

    QDate day() const;
    ScoreInput *scoreInput(const QString &symptomKey) const;
    // The value shown beside a symptom's slider: "6", "5 (moderate)" or "Not logged".
    QString shownValue(const QString &symptomKey) const;
    QPlainTextEdit *noteEdit() const { return m_note; }
    QString lastError() const { return m_lastError; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QDoubleSpinBox *hoursEdit() const { return m_hours; }
    // The saved state of day() when it was loaded: what undo goes back to.
    std::optional<CheckIn> before() const { return m_loaded; }
    // The day's exertion and hours upright as loaded, and as given now (empty when not asked).
    QMap<QString, double> measuresBefore() const;
    QMap<QString, double> measuresNow() const;
    bool hasUnsavedChanges() const;
    void stepDay(int days);

    void accept() override;
    // Esc, Cancel or the window's close button: asks before dropping scores typed but not saved.
    void reject() override;

private:
    void loadDay(const QDate &day);
    void dateEdited(const QDate &day);
    CheckIn collect() const;
    CheckIn collectFor(const QDate &day) const;
    bool sameAsLoaded() const;
    // No score, hours, crash, note or exertion: nothing worth a check-in.
    bool nothingEntered(const CheckIn &c) const;
    void showProblem(const QString &message);
    // A slider with its value and what its ends mean, as one row of the form.
    ScoreInput *addScoreRow(QFormLayout *form, const Symptom &symptom, const QString &scaleText);
    // The check-in and the day's exertion, in one transaction.
    Result saveDay(CheckIn &checkIn);

    JournalStore *m_store;
    QDateEdit *m_date;
    QPushButton *m_previous;
    QPushButton *m_next;
    QTimeEdit *m_time;
    QDate m_loadedDay;
    std::optional<CheckIn> m_loaded;
    QVector<Symptom> m_symptoms;
    QVector<ScoreInput *> m_inputs;
    QHash<const ScoreInput *, QLabel *> m_valueLabels;
    QDoubleSpinBox *m_hours;
    QCheckBox *m_crash;
    QPlainTextEdit *m_note;
    QLabel *m_status;
    QString m_lastError;
    std::unique_ptr<ExertionInputs> m_exertion;
};

} // namespace fc
