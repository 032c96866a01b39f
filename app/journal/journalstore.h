#pragma once

#include "core/result.h"
#include "journal/daymeasures.h"
#include "journal/entities.h"
#include "journal/journaldatabase.h"
#include "journal/notesstore.h"
#include "journal/plannedtrialstore.h"
#include "journal/questionnairestore.h"
#include "journal/trialstore.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

namespace fc {

// The patient's journal: symptoms, daily check-ins and notes in one SQLite file. Every public
// write is one transaction; on failure nothing is half-saved and the caller keeps its data.
class JournalStore
{
    Q_DECLARE_TR_FUNCTIONS(fc::JournalStore)

public:
    // status() says how an open failed.
    Result open(const QString &filePath);
    JournalDatabase::Status status() const { return m_database.status(); }
    void close() { m_database.close(); }
    bool isOpen() const { return m_database.isOpen(); }
    QString filePath() const { return m_database.filePath(); }
    int schemaVersion() const { return m_database.schemaVersion(); }
    JournalDatabase &database() { return m_database; }
    // changed() after every committed write and every open: what the window listens to.
    JournalChanges *changes() const { return m_database.changes(); }
    TrialStore &trials() { return m_trials; }
    const TrialStore &trials() const { return m_trials; }
    PlannedTrialStore &plans() { return m_plans; }
    const PlannedTrialStore &plans() const { return m_plans; }
    // Saves a planned test and, when it takes over a running trial that is to end, that trial
    // with its stop day: one transaction, so the journal never holds one without the other.
    Result startPlannedTrial(PlannedTrial &plan, Trial *endedTrial = nullptr);
    QuestionnaireStore &questionnaires() { return m_questionnaires; }
    const QuestionnaireStore &questionnaires() const { return m_questionnaires; }
    // Exertion and the wearables' daily values.
    DayMeasures &measures() { return m_measures; }
    const DayMeasures &measures() const { return m_measures; }
    NotesStore &notesStore() { return m_notes; }
    const NotesStore &notesStore() const { return m_notes; }

    QVector<Symptom> symptoms(bool includeHidden = false) const;

    // Inserts or replaces the check-in of checkIn.day. Refuses future days and scores outside
    // 0-10 with a message naming the field.
    Result saveCheckIn(CheckIn &checkIn);
    std::optional<CheckIn> checkIn(const QDate &day) const;
    QVector<CheckIn> checkIns(const QDate &from, const QDate &to) const;
    // Removes the day with its scores; the caller keeps the CheckIn to undo with saveCheckIn().
    Result deleteCheckIn(const QDate &day);
    // Days whose note contains text (case-insensitive), newest first.
    QVector<QDate> searchCheckInNotes(const QString &text) const;
    QDate firstCheckInDay() const;
    QDate lastCheckInDay() const; // invalid when nothing is logged
    // How many days hold a score for each symptom key; symptoms never scored are absent.
    QHash<QString, int> scoreCounts() const;

    // Notes are written and read through notesStore(): one way, tags included.

    static QString validateCheckIn(const CheckIn &checkIn, const QVector<Symptom> &symptoms);

private:
    JournalDatabase m_database;
    TrialStore m_trials{&m_database};
    NotesStore m_notes{&m_database};
    PlannedTrialStore m_plans{&m_database};
    QuestionnaireStore m_questionnaires{&m_database};
    DayMeasures m_measures{&m_database};
};

} // namespace fc
