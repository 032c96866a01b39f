#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace fc {

// Loads the app's and Qt's own translations for a locale. The app's .qm files are looked up in
// the folders translationDirs() gives, so an installed build and the build tree both find theirs.
class Translations
{
public:
    static constexpr char fileBaseName[] = "fibro-companion";

    // <prefix>/share/fibro-companion/translations beside the installed binary, then the build
    // tree's translations/ folder next to the executable.
    static QStringList translationDirs();

    // Installs the best match for locale on the running QCoreApplication, falling back to the
    // English plural forms when the locale has no translation. Returns the files it loaded.
    static QStringList install(const QLocale &locale = QLocale(),
                               const QStringList &dirs = translationDirs());
};

} // namespace fc
