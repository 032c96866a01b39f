#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "fc.core.translations")

namespace fc {

QStringList Translations::translationDirs()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    return {QDir::cleanPath(bin.filePath(QStringLiteral("../share/fibro-companion/translations"))),
            bin.filePath(QStringLiteral("translations"))};
}

QStringList Translations::install(const QLocale &locale, const QStringList &dirs)
{
    QStringList loaded;
    auto *app = QCoreApplication::instance();
    // Without a translation for the locale the text stays English, the source language, so the
    // English plural forms ("1 article") are the right ones to load then.
    for (const QLocale &candidate : {locale, QLocale(QLocale::English)}) {
        for (const QString &dir : dirs) {
            auto *translator = new QTranslator(app);
            if (translator->load(candidate, QString::fromLatin1(fileBaseName), QStringLiteral("_"),
                                 dir)) {
                QCoreApplication::installTranslator(translator);
                loaded << translator->filePath();
                break;
            }
            delete translator;
        }
        if (!loaded.isEmpty())
            break;
    }
    // Qt's own strings (standard dialog buttons, shortcuts) from the system's Qt translations.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        loaded << qtTranslator->filePath();
    } else {
        delete qtTranslator;
    }
    qCDebug(lcTranslations) << "translations for" << locale.name() << loaded;
    return loaded;
}

} // namespace fc
