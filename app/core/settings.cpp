#include "core/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace fc {

namespace {

// Keys live here and nowhere else.
namespace key {
const QString version = QStringLiteral("version");
const QString theme = QStringLiteral("view/theme");
const QString largeType = QStringLiteral("view/largeType");
const QString zoom = QStringLiteral("view/zoom");
const QString lastArticle = QStringLiteral("reader/lastArticle");
const QString scrollGroup = QStringLiteral("reader/scroll");
const QString recent = QStringLiteral("reader/recent");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString splitter = QStringLiteral("window/splitter");
const QString paper = QStringLiteral("report/paperSize");
const QString patient = QStringLiteral("report/patientName");
const QString baseline = QStringLiteral("insights/baselineDays");
const QString insightsSeries = QStringLiteral("insights/series");
const QString insightsRange = QStringLiteral("insights/range");
const QString journalAll = QStringLiteral("journal/showAllDays");
const QString reminderOn = QStringLiteral("reminder/enabled");
const QString reminderTime = QStringLiteral("reminder/time");
const QString fiqrReminder = QStringLiteral("reminder/fiqr");
const QString exertionInCheckIn = QStringLiteral("checkin/exertion");
const QString uprightHoursInCheckIn = QStringLiteral("checkin/uprightHours");
const QString acr2016Reminder = QStringLiteral("reminder/acr2016");
} // namespace key

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/settings.ini");
}

} // namespace

Settings::Settings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath.isEmpty() ? defaultPath() : filePath,
                                             QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QString Settings::filePath() const
{
    return m_settings->fileName();
}
Result Settings::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return fail(QCoreApplication::translate("fc::Settings",
                                                "Preferences could not be saved to %1: the file "
                                                "or its folder is not writable.")
                        .arg(QDir::toNativeSeparators(filePath())));
    case QSettings::FormatError:
        return fail(QCoreApplication::translate("fc::Settings",
                                                "Preferences could not be read from %1: the file "
                                                "is damaged. Defaults are used.")
                        .arg(QDir::toNativeSeparators(filePath())));
    }
    return {};
}

void Settings::migrate()
{
    const int version = m_settings->value(key::version, 0).toInt();
    if (version == currentVersion)
        return;
    // Version 0 is a new file; later versions rename or convert keys here, oldest first.
    if (version == 1) {
        // Version 1 compared with the 7-28 days right before a start; from version 2 the usual
        // level is taken over a longer window so a start on a bad stretch is not read as help.
        // The old choice was a window length for a different method, so it is not carried over.
        m_settings->remove(key::baseline);
    }
    m_settings->setValue(key::version, currentVersion);
}

Settings::Theme Settings::theme() const
{
    const QString t = m_settings->value(key::theme).toString();
    if (t == u"light")
        return Theme::Light;
    if (t == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    m_settings->setValue(key::theme, theme == Theme::Light  ? QStringLiteral("light")
                                     : theme == Theme::Dark ? QStringLiteral("dark")
                                                            : QStringLiteral("system"));
}

bool Settings::largeType() const
{
    return m_settings->value(key::largeType, false).toBool();
}
void Settings::setLargeType(bool on)
{
    m_settings->setValue(key::largeType, on);
}

double Settings::zoom() const
{
    return qBound(0.5, m_settings->value(key::zoom, 1.0).toDouble(), 3.0);
}
void Settings::setZoom(double zoom)
{
    m_settings->setValue(key::zoom, qBound(0.5, zoom, 3.0));
}

QString Settings::lastArticle() const
{
    return m_settings->value(key::lastArticle).toString();
}
void Settings::setLastArticle(const QString &slug)
{
    m_settings->setValue(key::lastArticle, slug);
}

double Settings::scrollPosition(const QString &slug) const
{
    const QString k = key::scrollGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(slug));
    return qBound(0.0, m_settings->value(k, 0.0).toDouble(), 1.0);
}

void Settings::setScrollPosition(const QString &slug, double fraction)
{
    const QString k = key::scrollGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(slug));
    m_settings->setValue(k, qBound(0.0, fraction, 1.0));
}

QStringList Settings::recentArticles() const
{
    return m_settings->value(key::recent).toStringList();
}

void Settings::addRecentArticle(const QString &slug)
{
    QStringList recent = recentArticles();
    recent.removeAll(slug);
    recent.prepend(slug);
    m_settings->setValue(key::recent, recent.mid(0, maxRecentArticles));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(key::geometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &g)
{
    m_settings->setValue(key::geometry, g);
}
QByteArray Settings::windowState() const
{
    return m_settings->value(key::state).toByteArray();
}
void Settings::setWindowState(const QByteArray &s)
{
    m_settings->setValue(key::state, s);
}

QList<int> Settings::splitterSizes() const
{
    QList<int> sizes;
    const QVariantList stored = m_settings->value(key::splitter).toList();
    for (const QVariant &v : stored)
        sizes << v.toInt();
    return sizes;
}

void Settings::setSplitterSizes(const QList<int> &sizes)
{
    QVariantList list;
    for (int s : sizes)
        list << s;
    m_settings->setValue(key::splitter, list);
}

QString Settings::paperSize() const
{
    const QString name = m_settings->value(key::paper).toString();
    return name == u"A4" || name == u"Letter" ? name : QString();
}
void Settings::setPaperSize(const QString &name)
{
    if (name == u"A4" || name == u"Letter")
        m_settings->setValue(key::paper, name);
    else
        m_settings->remove(key::paper);
}

QString Settings::patientName() const
{
    return m_settings->value(key::patient).toString();
}
void Settings::setPatientName(const QString &name)
{
    m_settings->setValue(key::patient, name);
}

int Settings::baselineDays() const
{
    return qBound(minimumBaselineDays,
                  m_settings->value(key::baseline, defaultBaselineDays).toInt(),
                  maximumBaselineDays);
}
void Settings::setBaselineDays(int days)
{
    m_settings->setValue(key::baseline, qBound(minimumBaselineDays, days, maximumBaselineDays));
}

QStringList Settings::insightsSeries() const
{
    return m_settings->value(key::insightsSeries).toStringList();
}
void Settings::setInsightsSeries(const QStringList &keys)
{
    m_settings->setValue(key::insightsSeries, keys);
}

int Settings::insightsRange() const
{
    return qBound(0, m_settings->value(key::insightsRange, 1).toInt(), 4);
}
bool Settings::hasInsightsRange() const
{
    return m_settings->contains(key::insightsRange);
}
void Settings::setInsightsRange(int index)
{
    m_settings->setValue(key::insightsRange, qBound(0, index, 4));
}

bool Settings::journalShowsAllDays() const
{
    return m_settings->value(key::journalAll, false).toBool();
}
void Settings::setJournalShowsAllDays(bool on)
{
    m_settings->setValue(key::journalAll, on);
}

bool Settings::reminderEnabled() const
{
    return m_settings->value(key::reminderOn, false).toBool();
}
void Settings::setReminderEnabled(bool on)
{
    m_settings->setValue(key::reminderOn, on);
}

QTime Settings::reminderTime() const
{
    const QTime t =
        QTime::fromString(m_settings->value(key::reminderTime).toString(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : QTime(20, 0);
}

void Settings::setReminderTime(const QTime &time)
{
    m_settings->setValue(key::reminderTime, time.toString(QStringLiteral("HH:mm")));
}

bool Settings::exertionInCheckIn() const
{
    return m_settings->value(key::exertionInCheckIn, false).toBool();
}

void Settings::setExertionInCheckIn(bool on)
{
    m_settings->setValue(key::exertionInCheckIn, on);
}

bool Settings::uprightHoursInCheckIn() const
{
    return m_settings->value(key::uprightHoursInCheckIn, false).toBool();
}

void Settings::setUprightHoursInCheckIn(bool on)
{
    m_settings->setValue(key::uprightHoursInCheckIn, on);
}

bool Settings::fiqrReminder() const
{
    return m_settings->value(key::fiqrReminder, false).toBool();
}

void Settings::setFiqrReminder(bool on)
{
    m_settings->setValue(key::fiqrReminder, on);
}

bool Settings::acr2016Reminder() const
{
    return m_settings->value(key::acr2016Reminder, false).toBool();
}

void Settings::setAcr2016Reminder(bool on)
{
    m_settings->setValue(key::acr2016Reminder, on);
}

} // namespace fc
