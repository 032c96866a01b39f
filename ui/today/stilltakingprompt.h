#pragma once

#include "journal/todaysummary.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace fc {

class JournalStore;

// Under a running trial whose dose log went quiet: "Still taking Low-dose naltrexone? Nothing has
// been logged for it since 21 May 2025." Yes marks today taken; No ends the trial on the last
// day the journal notes it (a dose logged, a dose change, a side effect). Either way the question
// goes, as the journal then answers it.
class StillTakingPrompt : public QFrame
{
    Q_OBJECT
public:
    StillTakingPrompt(JournalStore *store, const TodaySummary::ActiveTrial &trial,
                      const QDate &today, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *yesButton() const { return m_yes; }
    QPushButton *stoppedButton() const { return m_stopped; }

signals:
    // For the status bar: what was done, or why it could not be.
    void message(const QString &text);

private:
    void stillTaking();
    void stopped();

    JournalStore *m_store;
    TodaySummary::ActiveTrial m_trial;
    QDate m_today;
    QLabel *m_question;
    QPushButton *m_yes;
    QPushButton *m_stopped;
};

} // namespace fc
