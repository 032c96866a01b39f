#pragma once

#include "journal/entities.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace fc {

class JournalStore;
class ScoreInput;

// "Today's check-in": one row per symptom, hours slept, a crash/flare flag and a note. Saving is
// one transaction; if it fails the dialog stays open with everything the user typed.
class CheckInDialog : public QDialog
{
    Q_OBJECT
public:
    CheckInDialog(JournalStore *store, const QDate &day, QWidget *parent = nullptr);

    QDate day() const;
    ScoreInput *scoreInput(const QString &symptomKey) const;
    QPlainTextEdit *noteEdit() const { return m_note; }
    QString lastError() const { return m_lastError; }

    void accept() override;

private:
    void loadDay(const QDate &day);
    CheckIn collect() const;

    JournalStore *m_store;
    QDateEdit *m_date;
    QVector<Symptom> m_symptoms;
    QVector<ScoreInput *> m_inputs;
    QVector<QLabel *> m_valueLabels;
    QDoubleSpinBox *m_hours;
    QCheckBox *m_crash;
    QPlainTextEdit *m_note;
    QLabel *m_status;
    QString m_lastError;
};

} // namespace fc
