#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How journal values travel to and from SQLite, shared by every store.
namespace fc::sqlvalues {

inline QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QDateTime fromIso(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns want ''.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

inline QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

} // namespace fc::sqlvalues
