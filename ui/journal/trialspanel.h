#pragma once

#include "journal/entities.h"

#include <QWidget>
#include <optional>

class QDateEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace fc {

class ArticleLibrary;
class JournalStore;

// The Treatments tab: the user's trials (ongoing first), the selected one in detail, and the
// commands to add, edit, delete and log today's dose as taken or missed.
class TrialsPanel : public QWidget
{
    Q_OBJECT
public:
    TrialsPanel(JournalStore *store, const ArticleLibrary *library, QWidget *parent = nullptr);

    void reload();
    // Opens the new-trial dialog, with treatmentKey chosen when given.
    void newTrial(const QString &treatmentKey = QString());
    // Opens "Test a treatment properly" (a planned n-of-1 test).
    void newPlan(const QString &treatmentKey = QString());
    QListWidget *list() const { return m_list; }
    QDateEdit *logDayEdit() const { return m_logDay; }
    // Logs the selected trial's dose on the day in logDayEdit(); nullopt clears the entry.
    void logDose(std::optional<bool> taken);

signals:
    void message(const QString &text);

private:
    void editTrial();
    void deleteTrial();
    void showCurrent();
    qint64 currentId() const; // the selected trial, 0 for none or a planned test
    void selectTrial(qint64 id);
    qint64 currentPlanId() const; // the selected planned test, 0 for none or a trial

    JournalStore *m_store;
    const ArticleLibrary *m_library;
    QListWidget *m_list;
    QTextBrowser *m_details;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QDateEdit *m_logDay;
    QPushButton *m_taken;
    QPushButton *m_missed;
    QPushButton *m_unlogged;
};

} // namespace fc
