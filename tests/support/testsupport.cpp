#include "testsupport.h"

#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QtTest>

namespace fc::test {

QByteArray readTestData(const QString &relativePath)
{
    QFile file(QStringLiteral(FC_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(file.fileName()));
    return file.readAll();
}

TempDataDir::TempDataDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/fc-test-XXXXXX"))
{}

bool installEnglishTranslation()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(english);
    const QString dir =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../translations"));
    return !Translations::install(english, {dir}).isEmpty();
}

} // namespace fc::test
