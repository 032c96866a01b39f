#pragma once

#include <QString>

namespace fc {

// One place for the identity the desktop file, metainfo, data directory and settings share.
struct AppInfo
{
    static QString id();          // reverse-DNS application id
    static QString displayName(); // "Fibro Companion"
    static QString executableName();
    static QString version();
    static QString releaseDate();
    // Sets QCoreApplication's names so QStandardPaths::AppDataLocation ends in the app id.
    static void applyToApplication();
};

} // namespace fc
