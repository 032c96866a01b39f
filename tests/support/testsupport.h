#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace fc::test {

// Reads a file below tests/data, failing the test loudly when it is missing.
QByteArray readTestData(const QString &relativePath);

// A temporary data directory for one test, removed afterwards.
class TempDataDir
{
public:
    TempDataDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace fc::test
