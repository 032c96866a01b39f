#pragma once

#include <QSqlDatabase>
#include <QString>

namespace fc {

// BEGIN IMMEDIATE takes the write lock up front. Qt's transaction() sends a deferred BEGIN, which
// can fail half way through a user's save when another process holds the lock.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace fc
