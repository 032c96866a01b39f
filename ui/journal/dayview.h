#pragma once

#include "journal/daymeasures.h"
#include "journal/entities.h"

#include <QWidget>
#include <optional>

class QPushButton;
class QTextBrowser;

namespace fc {

// The selected day of the journal: every symptom with its score and words (or "not logged"),
// time, hours slept, crash/flare and the note, with buttons to edit, delete and step days.
class DayView : public QWidget
{
    Q_OBJECT
public:
    explicit DayView(QWidget *parent = nullptr);

    void showDay(const QDate &day, const std::optional<CheckIn> &checkIn,
                 const QVector<Symptom> &symptoms, const QVector<DayMeasure> &measures = {});
    QDate day() const { return m_day; }
    QString text() const;
    static QString html(const QDate &day, const std::optional<CheckIn> &checkIn,
                        const QVector<Symptom> &symptoms, const QVector<DayMeasure> &measures = {});

signals:
    void editRequested(const QDate &day);
    void deleteRequested(const QDate &day);
    void stepRequested(int days);

private:
    QDate m_day;
    QTextBrowser *m_browser;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace fc
