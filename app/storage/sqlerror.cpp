#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace fc {

namespace {

// The context these messages have in the translations.
struct SqlText
{
    Q_DECLARE_TR_FUNCTIONS(fc::SqlError)
};

} // namespace

QString describeSqlError(const QSqlError &error, const QString &action)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const int primary = code.toInt() & 0xff;
    QString reason;
    switch (primary) {
    case 13: // SQLITE_FULL
        reason = SqlText::tr("The disk is full.");
        break;
    case 8: // SQLITE_READONLY
        reason = SqlText::tr("The journal file or its folder is read-only.");
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        reason = SqlText::tr("Another Fibro Companion window is saving to the same journal; try "
                             "again in a moment.");
        break;
    case 10: // SQLITE_IOERR
        reason = SqlText::tr("The disk reported a read or write error.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        reason = SqlText::tr("The journal file is damaged.");
        break;
    case 14: // SQLITE_CANTOPEN
        reason = SqlText::tr("The journal file could not be opened.");
        break;
    case 19: // SQLITE_CONSTRAINT
        reason = SqlText::tr("A value is out of range or missing.");
        break;
    default:
        reason = QString();
    }
    QString message = SqlText::tr("Could not %1.").arg(action);
    if (!reason.isEmpty())
        message += u' ' + reason;
    if (!text.isEmpty())
        message += QStringLiteral(" (%1)").arg(text);
    return message;
}

QString sqliteDamage(const QSqlDatabase &db, SqliteCheck check)
{
    QSqlQuery q(db);
    if (!q.exec(check == SqliteCheck::Quick ? QStringLiteral("PRAGMA quick_check")
                                            : QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().databaseText().left(200);
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return QString();
    if (problems.isEmpty()) // stopped part way: the error says why
        return q.lastError().databaseText().left(200);
    return problems.mid(0, 3).join(QStringLiteral("; ")).left(400);
}

} // namespace fc
