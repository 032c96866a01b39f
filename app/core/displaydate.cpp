#include "core/displaydate.h"

#include <QLocale>

namespace fc {

QString displayDateFormat()
{
    return QStringLiteral("d MMM yyyy");
}

QString displayDate(const QDate &day)
{
    return QLocale().toString(day, displayDateFormat());
}

} // namespace fc
