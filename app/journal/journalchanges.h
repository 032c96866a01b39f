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

    // Registered with commitobservers, so WriteTransaction's commits on connectionName reach it
    // (the article index's connection has no notifier).
    void notify();

signals:
    void changed();

private:
    QString m_connectionName;
    std::atomic<bool> m_pending{false};
};

} // namespace fc
