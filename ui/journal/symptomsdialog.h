#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace fc {

class JournalStore;

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
    void report(bool ok, const QString &error);

    JournalStore *m_store;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace fc
