#include "storage/writetransaction.h"

#include "storage/commitobservers.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace fc {

namespace {

// Per connection (names are unique per process): how deep the open transaction is and whether a
// joined step failed. A connection is used by one thread at a time; the map is shared by all.
struct OpenTransaction
{
    int depth = 0;
    bool failed = false;
};

QMutex &openMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, OpenTransaction> &openTransactions()
{
    static QHash<QString, OpenTransaction> open;
    return open;
}

} // namespace

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::isOpen(const QSqlDatabase &db)
{
    const QMutexLocker lock(&openMutex());
    return openTransactions().value(db.connectionName()).depth > 0;
}

Result WriteTransaction::begin()
{
    {
        const QMutexLocker lock(&openMutex());
        OpenTransaction &open = openTransactions()[m_db.connectionName()];
        if (open.depth > 0) {
            ++open.depth;
            m_joined = true;
            m_active = true;
            return {};
        }
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(describeSqlError(q.lastError(), tr("start saving")));
    const QMutexLocker lock(&openMutex());
    openTransactions()[m_db.connectionName()] = OpenTransaction{1, false};
    m_active = true;
    return {};
}

Result WriteTransaction::commit()
{
    if (m_joined) {
        const QMutexLocker lock(&openMutex());
        --openTransactions()[m_db.connectionName()].depth;
        m_active = false;
        return {}; // the outer transaction commits
    }
    bool failed = false;
    {
        const QMutexLocker lock(&openMutex());
        failed = openTransactions().value(m_db.connectionName()).failed;
    }
    if (failed) {
        rollback();
        return fail(tr("Nothing was saved: a step of this change failed."));
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        rollback();
        return fail(describeSqlError(error, tr("finish saving")));
    }
    {
        const QMutexLocker lock(&openMutex());
        openTransactions().remove(m_db.connectionName());
    }
    m_active = false;
    commitobservers::committed(m_db.connectionName());
    return {};
}

Result WriteTransaction::run(const QSqlDatabase &db, const std::function<Result()> &write)
{
    WriteTransaction tx(db);
    if (Result begun = tx.begin(); !begun)
        return begun;
    if (Result written = write(); !written)
        return written;
    return tx.commit();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_joined) {
        const QMutexLocker lock(&openMutex());
        OpenTransaction &open = openTransactions()[m_db.connectionName()];
        --open.depth;
        open.failed = true;
        return;
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    const QMutexLocker lock(&openMutex());
    openTransactions().remove(m_db.connectionName());
}

} // namespace fc
