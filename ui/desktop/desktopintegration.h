#pragma once

#include "ui/desktop/helpdialog.h"
#include "ui/desktop/singleinstance.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace fc {

class CheckInReminder;
class MainWindow;

// What makes the window behave like a desktop app: Edit > Preferences, the Help menu, the
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
    // Opens (or brings back) the help window at the given part.
    HelpDialog *showHelp(HelpDialog::Part part);

private:
    void addMenuEntries();

    MainWindow *m_window;
    CheckInReminder *m_reminder;
    QPointer<HelpDialog> m_help;
};

} // namespace fc
