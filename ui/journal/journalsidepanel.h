#pragma once

#include "journal/entities.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QListWidget;

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

    void reload();
    void selectDay(const QDate &day);
    QDate selectedDay() const { return m_selected; }
    QListWidget *dayList() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QCalendarWidget *calendar() const { return m_calendar; }

    // "hard", "fair" or "good" from the mean of the logged scores, each turned so that higher is
    // worse; empty when nothing was scored.
    static QString burdenWord(const CheckIn &checkIn, const QVector<Symptom> &symptoms,
                              double *burden = nullptr);

signals:
    void daySelected(const QDate &day);

private:
    void fill(const QVector<CheckIn> &days);
    void markCalendar(const QVector<CheckIn> &days);

    JournalStore *m_store;
    QLineEdit *m_search;
    QCalendarWidget *m_calendar;
    QListWidget *m_list;
    QLabel *m_count;
    QDate m_selected;
    QVector<QDate> m_marked;
};

} // namespace fc
