#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTime>
#include <memory>

namespace fc {

// Every preference the app keeps, typed, with its key and default in one place (settings.cpp).
// The file is versioned: migrate() upgrades keys written by older versions.
class Settings
{
public:
    enum class Theme { System, Light, Dark };

    static constexpr int currentVersion = 2;
    static constexpr int minimumBaselineDays = 14;
    static constexpr int defaultBaselineDays = 60;
    static constexpr int maximumBaselineDays = 120;

    // An empty path uses AppConfigLocation/settings.ini.
    explicit Settings(const QString &filePath = QString());
    ~Settings();

    QString filePath() const;
    // Writes pending changes; false with *error naming the file when it cannot be written.
    Result sync();

    Theme theme() const;
    void setTheme(Theme theme);
    bool largeType() const;
    void setLargeType(bool on);
    double zoom() const; // article view zoom factor, 0.5-3.0
    void setZoom(double zoom);

    QString lastArticle() const;
    void setLastArticle(const QString &slug);
    double scrollPosition(const QString &slug) const; // fraction 0-1 of the page
    void setScrollPosition(const QString &slug, double fraction);
    QStringList recentArticles() const; // newest first
    void addRecentArticle(const QString &slug);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QList<int> splitterSizes() const;
    void setSplitterSizes(const QList<int> &sizes);

    QString paperSize() const; // "A4", "Letter", or empty for the locale's
    void setPaperSize(const QString &name);
    QString patientName() const;
    void setPatientName(const QString &name);
    int baselineDays() const; // up to this many days before a start give the usual level
    void setBaselineDays(int days);
    QStringList insightsSeries() const; // keys charted in Insights, in order
    void setInsightsSeries(const QStringList &keys);
    int insightsRange() const;     // index of the range picker: 0 30 days ... 4 custom
    bool hasInsightsRange() const; // false until the person has opened Insights once
    void setInsightsRange(int index);
    bool journalShowsAllDays() const; // the Journal lists every day, not only the last year
    void setJournalShowsAllDays(bool on);

    bool reminderEnabled() const;
    void setReminderEnabled(bool on);
    QTime reminderTime() const;
    void setReminderTime(const QTime &time);

    // Today offers the FIQR when a week has passed since the last one, the ACR 2016 body map
    // when a month has. Off until the person turns them on.
    bool fiqrReminder() const;
    void setFiqrReminder(bool on);
    bool acr2016Reminder() const;
    void setAcr2016Reminder(bool on);

    // The check-in asks for the day's physical, mental and social exertion after the symptoms.
    // Off until the person turns it on, so the check-in stays as short as it was.
    bool exertionInCheckIn() const;
    void setExertionInCheckIn(bool on);
    // The check-in asks for the day's hours upright (sitting up or standing), for people who
    // pace by time out of bed. Off until turned on.
    bool uprightHoursInCheckIn() const;
    void setUprightHoursInCheckIn(bool on);

    static constexpr int maxRecentArticles = 8;

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace fc
