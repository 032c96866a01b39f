#pragma once

#include <QDate>
#include <QObject>

class QAction;
class QTabWidget;
class QUndoStack;

namespace fc {

class DayCommandNotifier;
class DayView;
class JournalSidePanel;
class MainWindow;
class TrialsPanel;

// The Journal: the days (calendar, list, search) on the side; the selected day or the
// treatment trials in the main view. Owns the check-in dialog, delete with undo (Ctrl+Z), the
// symptom list, trials, and backup/restore from the menus.
class JournalSection : public QObject
{
    Q_OBJECT
public:
    explicit JournalSection(MainWindow *window);

    JournalSidePanel *sidePanel() const { return m_side; }
    DayView *dayView() const { return m_dayView; }
    TrialsPanel *trialsPanel() const { return m_trials; }
    QUndoStack *undoStack() const { return m_undo; }

    void openCheckIn(const QDate &day);
    void showDay(const QDate &day);
    // Switches to the Journal with the day selected in its list and shown beside it.
    void goToDay(const QDate &day);
    bool deleteDay(const QDate &day);
    void trackTreatment(const QString &treatmentKey);
    void editSymptoms();
    // The questionnaires, for day (today when invalid).
    void openFiqr(const QDate &day = QDate());
    void openBodyMap(const QDate &day = QDate());
    void backUp();
    void restore();
    void reload();

private:
    void createActions();
    void status(const QString &message);

    MainWindow *m_window;
    JournalSidePanel *m_side;
    QTabWidget *m_tabs;
    DayView *m_dayView;
    TrialsPanel *m_trials;
    QUndoStack *m_undo;
    DayCommandNotifier *m_notifier;
};

} // namespace fc
