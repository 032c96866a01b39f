#pragma once

#include "core/result.h"
#include "journal/journalchanges.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace fc {

// The one connection that reads and writes the journal file. Debian 12's SQLite 3.40 has a WAL
// reset bug with several writing connections, so everything goes through this one.
class JournalDatabase
{
    Q_DECLARE_TR_FUNCTIONS(fc::JournalDatabase)

public:
    enum class Status { Closed, Ok, Damaged, TooNew, Failed };

    JournalDatabase();
    ~JournalDatabase();
    JournalDatabase(const JournalDatabase &) = delete;
    JournalDatabase &operator=(const JournalDatabase &) = delete;

    // Creates the file owner-only when missing, sets WAL + synchronous=FULL + foreign keys,
    // checks integrity, then migrates. A damaged file is left exactly as it was.
    // status() says how an open failed.
    Result open(const QString &filePath);
    void close();

    bool isOpen() const { return m_status == Status::Ok; }
    Status status() const { return m_status; }
    QSqlDatabase db() const { return m_db; }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;
    // Says "changed" after every committed write on this connection and every open.
    JournalChanges *changes() const { return m_changes.get(); }

private:
    Result migrate();

    QString m_connectionName;
    QString m_filePath;
    QSqlDatabase m_db;
    Status m_status = Status::Closed;
    std::unique_ptr<JournalChanges> m_changes;
};

} // namespace fc
