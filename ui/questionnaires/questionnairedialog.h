#pragma once

#include "core/result.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QVBoxLayout;

namespace fc {

class JournalStore;

// What the FIQR and the ACR 2016 dialogs share: the date the answers are for, Save and Cancel,
// a line for problems, the citation under the form, and never losing what was entered (Cancel
// with changes asks first; a new date keeps the answers and says that saving replaces that
// date's). Subclasses build the form into body() and implement the four hooks.
class QuestionnaireDialog : public QDialog
{
    Q_OBJECT
public:
    QDate day() const;
    void setDay(const QDate &day);

public slots:
    void accept() override;
    void reject() override;

protected:
    QuestionnaireDialog(JournalStore *store, const QString &title, const QString &citation,
                        QWidget *parent);
    // Called once the subclass has built its form.
    void finishLayout(const QDate &day);

    QVBoxLayout *body() const { return m_body; }
    JournalStore *store() const { return m_store; }
    // Fills the form with the day's stored answers; false when the day has none.
    virtual bool load(const QDate &day) = 0;
    virtual bool hasChanges() const = 0;
    // Saves the form for day(); on failure *error says why.
    virtual Result save() = 0;
    // Whether the journal already holds answers for day.
    virtual bool hasStoredAnswers(const QDate &day) const = 0;
    void showProblem(const QString &text);

private:
    void dateEdited(const QDate &day);

    JournalStore *m_store;
    QDateEdit *m_date;
    QVBoxLayout *m_body;
    QLabel *m_dateNote;
    QLabel *m_problem;
    QVBoxLayout *m_layout;
    QDialogButtonBox *m_buttons = nullptr;
    QDate m_loadedDay;
};

} // namespace fc
