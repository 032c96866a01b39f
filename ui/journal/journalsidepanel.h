#pragma once

#include "journal/entities.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fc {

class JournalStore;

// The Journal section's navigation: search in notes, a calendar to jump to a date, and the days
// newest first with their scores and a small cue of how hard the day was (a coloured dot and a
// word, so colour is never the only signal).
class JournalSidePanel : public QWidget
{
    Q_OBJECT
public:
    explicit JournalSidePanel(JournalStore *store, QWidget *parent = nullptr);

    // Lists the last year (years of days would make opening the journal slow); "Show older
    // days" and a search list everything.
    void reload();
    // Every day rather than the last year; showAllDaysChanged tells the section to keep it.
    void setShowAllDays(bool on);
    bool showsAllDays() const { return m_showAll; }
    static constexpr int recentDays = 366;
    void selectDay(const QDate &day);
    QDate selectedDay() const { return m_selected; }
    QListWidget *dayList() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QCalendarWidget *calendar() const { return m_calendar; }

signals:
    void daySelected(const QDate &day);
    void showAllDaysChanged(bool on);

private:
    void fill(const QVector<CheckIn> &days);
    void markCalendar(int year, int month);

    JournalStore *m_store;
    QLineEdit *m_search;
    QCalendarWidget *m_calendar;
    QListWidget *m_list;
    QLabel *m_count;
    QPushButton *m_older;
    bool m_showAll = false;
    QDate m_selected;
    QVector<QDate> m_marked;
};

} // namespace fc
