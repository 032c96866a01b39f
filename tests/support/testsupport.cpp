#include "testsupport.h"

#include <QFile>
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

} // namespace fc::test
