#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace fc {

// BEGIN IMMEDIATE takes the write lock up front. Qt's transaction() sends a deferred BEGIN, which
// can fail half way through a user's save when another process holds the lock.
//
// A WriteTransaction begun while another is open on the same connection joins it, so a store's
// save can be one step of a caller's larger write (an import of many items is one transaction,
// written through the stores): begin() and commit() of the inner one send nothing, a rollback of
// the inner one makes the outer one fail to commit, and only the outermost commit is told to the
// connection's commit observer (the journal's JournalChanges).
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(fc::WriteTransaction)

public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result begin();
    Result commit();
    void rollback();

    // `write` in a transaction of its own, or as a step of the caller's: committed when it
    // succeeds, rolled back when it fails.
    static Result run(const QSqlDatabase &db, const std::function<Result()> &write);

    // Whether a transaction is open on this connection (this one or an outer one).
    static bool isOpen(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_joined = false; // inside an outer transaction on the same connection
};

} // namespace fc
