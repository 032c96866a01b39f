#pragma once

#include <QDateTime>
#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace fc {

class JournalStore;
struct TodaySummary;
class Settings;

// The optional daily nudge to fill in today's check-in. While the app runs and the reminder is
// on, a tray icon is shown and, once the chosen time has passed, it shows a notification unless
// today's check-in is already there. Clicking the notification asks for the check-in.
// Checking the clock every half minute, rather than one long timer, copes with suspend and
// clock changes.
class CheckInReminder : public QObject
{
    Q_OBJECT
public:
    CheckInReminder(Settings *settings, JournalStore *journal, QObject *parent = nullptr);
    ~CheckInReminder() override;

    static bool trayAvailable();

    // Applies changed settings: shows or hides the tray icon and restarts the clock.
    void reload();

    // One tick of the clock; public so tests can drive it with their own times. The reminder
    // fires when its time of day falls after the previous tick and at or before now.
    void check(const QDateTime &now);

    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // The notification's text: the check-in, and today's phase of every planned test.
    static QString message(const TodaySummary &today);

signals:
    void reminderDue();         // the notification was shown (or would be, without a tray)
    void checkInRequested();    // the user clicked the notification or the tray menu entry
    void showWindowRequested(); // the user clicked the tray icon

private:
    void showNotification();
    void updateTray();

    Settings *m_settings;
    JournalStore *m_journal;
    QTimer *m_clock;
    QSystemTrayIcon *m_tray = nullptr;
    QDateTime m_lastTick;
};

} // namespace fc
