#include "testsupport.h"

#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace fc::test {

bool runPoppler(const QString &tool, const QStringList &arguments, QString *output)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        *output = tool + QStringLiteral(" is missing: install poppler-utils");
        return false;
    }
    QProcess process;
    process.start(program, arguments);
    const bool ran = process.waitForFinished(20000) && process.exitCode() == 0;
    *output =
        QString::fromUtf8(ran ? process.readAllStandardOutput() : process.readAllStandardError());
    return ran;
}

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
