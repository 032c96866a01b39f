#pragma once

#include "core/result.h"
#include "ui/forms/unsavedinput.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace fc {

class JournalStore;

// "Add a symptom": its name, and whether a higher score is the better one.
class AddSymptomDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddSymptomDialog(QWidget *parent = nullptr);
    // Esc or Cancel with a name typed asks before dropping it.
    void reject() override;

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *higherIsBetterBox() const { return m_higherIsBetter; }

private:
    QLineEdit *m_name;
    QCheckBox *m_higherIsBetter;
    FormSnapshot m_opened;
};

// "Symptoms…": add, rename, reorder and hide symptoms. Unchecking a symptom hides it from the
// check-in; its history stays and it can be shown again. Each change is saved at once.
class SymptomsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SymptomsDialog(JournalStore *store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    bool addSymptom(const QString &name, bool higherIsBetter);
    bool renameCurrent(const QString &name);
    bool moveCurrent(int step);

private:
    void reload(qint64 selectId);
    void report(const Result &saved);

    JournalStore *m_store;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace fc
