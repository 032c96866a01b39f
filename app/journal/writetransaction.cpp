#include "journal/writetransaction.h"

#include "journal/journalchanges.h"
#include "journal/sqlerror.h"

#include <QSqlQuery>

namespace fc {

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::begin(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = describeSqlError(q.lastError(), QStringLiteral("start saving"));
        return false;
    }
    m_active = true;
    return true;
}

bool WriteTransaction::commit(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = describeSqlError(q.lastError(), QStringLiteral("finish saving"));
        rollback();
        return false;
    }
    m_active = false;
    JournalChanges::committed(m_db.connectionName());
    return true;
}

void WriteTransaction::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace fc
