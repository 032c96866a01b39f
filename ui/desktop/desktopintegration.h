#pragma once

#include "singleinstance.h"

#include <QObject>

class QWidget;

namespace fc {

class CheckInReminder;
class MainWindow;

// What makes the window behave like a desktop app: Edit > Preferences, Help > About, the
// check-in reminder and answering later instances started for the same data folder.
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    explicit DesktopIntegration(MainWindow *window);
    ~DesktopIntegration() override;

    // Later instances' requests raise this window (and open today's check-in if asked).
    void attach(SingleInstance *instance) const;
    void handleRequest(SingleInstance::Request request);

    CheckInReminder *reminder() const { return m_reminder; }

    // Brings a window to the front, un-minimised, and with it any dialog it has open.
    static void activate(QWidget *window);

public slots:
    void showPreferences();
    void showAbout();

private:
    void addMenuEntries();

    MainWindow *m_window;
    CheckInReminder *m_reminder;
};

} // namespace fc
