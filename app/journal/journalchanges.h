#pragma once

#include <QObject>
#include <QString>
#include <atomic>

namespace fc {

// The one way the app hears that the journal changed: changed() follows every committed write
// (WriteTransaction::commit on the journal's connection) and every (re)open, whoever wrote -
// the check-in, the Journal's edit or undo, an import, a restore. Several commits in one turn
// of the event loop give one changed(), so a burst of writes is one refresh. Writes that are
// rolled back, and dialogs that are cancelled, say nothing.
class JournalChanges : public QObject
{
    Q_OBJECT
public:
    explicit JournalChanges(const QString &connectionName, QObject *parent = nullptr);
    ~JournalChanges() override;

    // Called by WriteTransaction after a commit on connectionName: a no-op for connections
    // that are not a journal's (the article index has its own).
    static void committed(const QString &connectionName);
    void notify();

signals:
    void changed();

private:
    QString m_connectionName;
    std::atomic<bool> m_pending{false};
};

} // namespace fc
