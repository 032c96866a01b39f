#pragma once

#include "journal/todaysummary.h"

#include <QScrollArea>

class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace fc {

class MainWindow;

// The home view: today's date, whether today's check-in is done (with its scores), the trials
// that are running with their day count, the last article read, and one large button for each
// common task. It reads the journal whenever it is shown or the window comes back to the front,
// so it is current after a dialog closes, and again at midnight.
class TodayView : public QScrollArea
{
    Q_OBJECT
public:
    explicit TodayView(MainWindow *window, QWidget *parent = nullptr);

    void refresh();
    // The envelope sentence shown, or empty.
    QString pacingText() const;

    QPushButton *checkInButton() const { return m_checkIn; }
    QPushButton *noteButton() const { return m_note; }
    QPushButton *readButton() const { return m_read; }
    QPushButton *insightsButton() const { return m_insights; }
    QPushButton *fiqrButton() const { return m_fiqr; }
    QPushButton *bodyMapButton() const { return m_bodyMap; }
    QString checkInText() const;
    QStringList trialTexts() const;
    QString readingText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updatePacing(const QDate &today);
    void arrangeTasks();
    void addPlannedDoseButton(const TodaySummary::PlanPhase &plan, const QDate &day);
    QPushButton *addTask(int row, const QString &text, QLabel *detail);
    void updateSizes();
    void fitContent();
    void continueReading();
    void scheduleMidnight();

    MainWindow *m_window;
    QLabel *m_heading;
    QLabel *m_checkInDetail;
    QLabel *m_noteDetail;
    QLabel *m_readDetail;
    QLabel *m_insightsDetail;
    QLabel *m_fiqrDetail;
    QLabel *m_bodyMapDetail;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_insights = nullptr;
    QPushButton *m_fiqr = nullptr;
    QPushButton *m_bodyMap = nullptr;
    QGridLayout *m_tasks;
    QLabel *m_trialsHeading;
    QLabel *m_pacing; // after a day above the person's own limit, what followed such days
    QVBoxLayout *m_trials;
    QList<QWidget *> m_trialRows;
    QVector<std::pair<QPushButton *, QLabel *>> m_taskRows; // each task's button and line
    bool m_tasksStacked = false; // labels, and a StillTakingPrompt under a quiet trial
    QTimer *m_midnight;
    bool m_refreshing = false;
};

} // namespace fc
