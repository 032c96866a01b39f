#pragma once

#include <QObject>

class QLabel;
class QListWidget;
class QWidget;

namespace fc {

class MainWindow;
class TodayView;

// The "Today" section, first in the window and shown at start: the home view, and beside it the
// last seven days, each with how hard it was and its scores (a missed day says so), so today's
// check-in is made knowing the week. Activating a day opens it in the Journal.
class TodaySection : public QObject
{
    Q_OBJECT
public:
    explicit TodaySection(MainWindow *window);

    static constexpr int recentDays = 7;

    TodayView *view() const { return m_view; }
    QWidget *sidePanel() const { return m_side; }
    QListWidget *recentDayList() const { return m_days; }
    void refreshRecentDays();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow *m_window;
    TodayView *m_view;
    QWidget *m_side;
    QLabel *m_heading;
    QListWidget *m_days;
};

} // namespace fc
