#pragma once

#include "journal/entities.h"

#include <QMap>
#include <QObject>
#include <QUndoCommand>
#include <optional>

namespace fc {

class JournalStore;

// Reports what an undo or redo could not do (read-only journal, full disk) to the section.
class DayCommandNotifier : public QObject
{
    Q_OBJECT
signals:
    void changed(const QDate &day);
    void failed(const QString &message);
};

// One change to a day of the journal, undoable: before/after are the whole check-in (scores
// included), nullopt meaning "no check-in that day", and the daily measures the check-in gave
// (exertion, hours upright) by name. The change itself was already saved when the command is
// pushed, so the first redo does nothing.
class DayCommand : public QUndoCommand
{
public:
    DayCommand(JournalStore *store, DayCommandNotifier *notifier, const QDate &day,
               std::optional<CheckIn> before, std::optional<CheckIn> after, const QString &text,
               QMap<QString, double> measuresBefore = {}, QMap<QString, double> measuresAfter = {});

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<CheckIn> &state, const QMap<QString, double> &measures);

    JournalStore *m_store;
    DayCommandNotifier *m_notifier;
    QDate m_day;
    std::optional<CheckIn> m_before;
    std::optional<CheckIn> m_after;
    QMap<QString, double> m_measuresBefore;
    QMap<QString, double> m_measuresAfter;
    bool m_firstRedo = true;
};

} // namespace fc
