#pragma once

#include <QDate>
#include <QString>
#include <QVector>
#include <optional>

namespace fc {

class JournalStore;

// What the Today view shows, computed from the journal for one day: whether the check-in is
// done (and its scores in the symptoms' order) and which trials are running, with the day count.
struct TodaySummary
{
    struct Score
    {
        QString name;
        double score = 0;
    };
    struct ActiveTrial
    {
        qint64 id = 0;
        QString treatmentName;
        QString schedule;
        int day = 0;      // the start day is day 1
        QDate lastLogged; // the last day marked taken or missed; invalid if never
        // Logged before, but nothing for more than quietAfterDays: Today asks whether the
        // treatment is still taken (a history that stopped must not run on for months).
        bool quiet = false;
    };
    static constexpr int quietAfterDays = 14;

    struct PlanPhase
    {
        qint64 planId = 0;
        QString treatmentName;
        QString phase; // PlannedTrial::phaseText(): "Week 3 of 12: OFF period (pair 2 of 6)"
        bool on = false;
        // A running trial of the same treatment, paused while the test runs: its doses are
        // logged by the test's schedule. 0 when there is none.
        qint64 heldTrialId = 0;
        // What the dose log says for the day of the held trial: unset when nothing is logged.
        std::optional<bool> logged;
    };

    QDate day;
    bool checkedIn = false;
    QVector<Score> scores;
    // Running trials, less those of a treatment under a planned test that day: the test gives
    // the one instruction for that treatment.
    QVector<ActiveTrial> trials;
    QVector<PlanPhase> plans; // planned tests running on this day
    // The latest FIQR and ACR 2016 answers on or before the day; invalid if none.
    QDate lastFiqr;
    QDate lastAcr2016;
    // Weekly and monthly: due when never answered or a week / a calendar month has passed.
    bool fiqrDue() const { return !lastFiqr.isValid() || lastFiqr.addDays(7) <= day; }
    bool acr2016Due() const { return !lastAcr2016.isValid() || lastAcr2016.addMonths(1) <= day; }

    static TodaySummary build(const JournalStore &store, const QDate &day);
};

} // namespace fc
