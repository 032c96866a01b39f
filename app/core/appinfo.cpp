#include "core/appinfo.h"

#include "core/buildinfo.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace fc {

QString AppInfo::id()
{
    return QString::fromLatin1(build::appId);
}
QString AppInfo::displayName()
{
    return QStringLiteral("Fibro Companion");
}
QString AppInfo::executableName()
{
    return QStringLiteral("fibro-companion");
}
QString AppInfo::version()
{
    return QString::fromLatin1(build::version);
}
QString AppInfo::releaseDate()
{
    return QString::fromLatin1(build::releaseDate);
}

void AppInfo::applyToApplication()
{
    // An empty organization keeps AppDataLocation at ~/.local/share/<app id>, matching the
    // desktop file and metainfo names instead of a second, made-up organization folder.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("fibrocompanion.org"));
    QCoreApplication::setApplicationName(id());
    QCoreApplication::setApplicationVersion(version());
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setApplicationDisplayName(displayName());
        QGuiApplication::setDesktopFileName(id());
    }
}

} // namespace fc
