#include "ui/desktop/checkinreminder.h"

#include "core/appinfo.h"
#include "core/settings.h"
#include "journal/journalstore.h"
#include "journal/todaysummary.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

Q_LOGGING_CATEGORY(lcReminder, "fc.reminder")

namespace fc {

namespace {
constexpr int tickMs = 30 * 1000;
}

CheckInReminder::CheckInReminder(Settings *settings, JournalStore *journal, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_journal(journal)
    , m_clock(new QTimer(this))
{
    m_clock->setInterval(tickMs);
    connect(m_clock, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTime()); });
    reload();
}

CheckInReminder::~CheckInReminder() = default;

bool CheckInReminder::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void CheckInReminder::reload()
{
    // A reminder time that already passed today when the app starts or the setting changes is
    // not shown at once: the user is at the computer and can see the app.
    m_lastTick = QDateTime::currentDateTime();
    if (m_settings->reminderEnabled())
        m_clock->start();
    else
        m_clock->stop();
    updateTray();
}

void CheckInReminder::check(const QDateTime &now)
{
    const QDateTime previous = m_lastTick;
    m_lastTick = now;
    if (!m_settings->reminderEnabled() || !previous.isValid() || now <= previous)
        return;
    // The first moment at the reminder time after the previous tick.
    QDateTime due(previous.date(), m_settings->reminderTime());
    if (due <= previous)
        due = QDateTime(previous.date().addDays(1), m_settings->reminderTime());
    if (due > now)
        return;
    if (m_journal->checkIn(now.date())) {
        qCDebug(lcReminder) << "today's check-in exists; no reminder";
        return;
    }
    showNotification();
    emit reminderDue();
}

QString CheckInReminder::message(const TodaySummary &today)
{
    QString text = tr("Time for today's check-in. Click here to fill it in.");
    // A planned test's phase decides whether to take the treatment today: say it here too.
    for (const TodaySummary::PlanPhase &p : today.plans)
        text += u' ' +
                (p.on ? tr("Test of %1: ON period, take it today.").arg(p.treatmentName)
                      : tr("Test of %1: OFF period, do not take it today.").arg(p.treatmentName));
    return text;
}

void CheckInReminder::showNotification()
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages()) {
        qCInfo(lcReminder) << "check-in reminder due, but there is no system tray to show it";
        return;
    }
    m_tray->showMessage(AppInfo::displayName(),
                        message(TodaySummary::build(*m_journal, QDate::currentDate())),
                        QApplication::windowIcon(), 60 * 1000);
}

void CheckInReminder::updateTray()
{
    const bool wanted = m_settings->reminderEnabled() && trayAvailable();
    if (!wanted) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(AppInfo::displayName());
    auto *menu = new QMenu;
    connect(m_tray, &QObject::destroyed, menu, &QObject::deleteLater);
    menu->addAction(tr("Today's &check-in…"), this, &CheckInReminder::checkInRequested);
    menu->addAction(tr("&Show Fibro Companion"), this, &CheckInReminder::showWindowRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &CheckInReminder::checkInRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showWindowRequested();
            });
    m_tray->show();
}

} // namespace fc
