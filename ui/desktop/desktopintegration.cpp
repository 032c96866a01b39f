#include "ui/desktop/desktopintegration.h"

#include "ui/appcontext.h"
#include "ui/desktop/aboutdialog.h"
#include "ui/desktop/checkinreminder.h"
#include "ui/desktop/preferencesdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

namespace fc {

DesktopIntegration::DesktopIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_reminder(
          new CheckInReminder(&window->context()->settings(), &window->context()->journal(), this))
{
    connect(m_reminder, &CheckInReminder::checkInRequested, this,
            [this] { handleRequest(SingleInstance::Request::CheckIn); });
    connect(m_reminder, &CheckInReminder::showWindowRequested, this,
            [this] { handleRequest(SingleInstance::Request::Raise); });
    addMenuEntries();
}

DesktopIntegration::~DesktopIntegration() = default;

void DesktopIntegration::addMenuEntries()
{
    QMenu *edit = m_window->menu(MainWindow::Menu::Edit);
    edit->addSeparator();
    QAction *preferences =
        edit->addAction(tr("&Preferences…"), this, &DesktopIntegration::showPreferences);
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = m_window->menu(MainWindow::Menu::Help);
    QAction *start = help->addAction(tr("&Getting started"), this,
                                     [this] { showHelp(HelpDialog::Part::GettingStarted); });
    start->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this,
                    [this] { showHelp(HelpDialog::Part::KeyboardShortcuts); });
    help->addSeparator();
    QAction *about =
        help->addAction(tr("&About Fibro Companion"), this, &DesktopIntegration::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void DesktopIntegration::attach(SingleInstance *instance) const
{
    connect(instance, &SingleInstance::requested, this, &DesktopIntegration::handleRequest);
}

void DesktopIntegration::handleRequest(SingleInstance::Request request)
{
    activate(m_window);
    // A dialog already open (perhaps the check-in itself) is what the user gets back; a second
    // one on top would only confuse.
    if (request == SingleInstance::Request::CheckIn && !QApplication::activeModalWidget())
        m_window->openCheckIn();
}

void DesktopIntegration::activate(QWidget *window)
{
    window->show();
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->raise();
    window->activateWindow();
    if (QWidget *modal = QApplication::activeModalWidget()) {
        modal->raise();
        modal->activateWindow();
    }
}

void DesktopIntegration::showPreferences()
{
    PreferencesDialog dialog(&m_window->context()->settings(), CheckInReminder::trayAvailable(),
                             m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_window->applySettings();
    m_reminder->reload();
}

HelpDialog *DesktopIntegration::showHelp(HelpDialog::Part part)
{
    // One help window, left open beside the app while the user tries what it says.
    if (!m_help) {
        m_help = new HelpDialog(m_window->menuBar(), m_window);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->showPart(part);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

void DesktopIntegration::showAbout()
{
    AboutDialog dialog(m_window->context()->library().articles(), m_window);
    dialog.exec();
}

} // namespace fc
