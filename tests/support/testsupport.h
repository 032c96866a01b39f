#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace fc::test {

// Reads a file below tests/data, failing the test loudly when it is missing.
QByteArray readTestData(const QString &relativePath);

// Installs the app's English translation (its plural forms: "1 article", "2 articles") with an
// English default locale, as the app does at start. The build puts the .qm files one level above
// the test binaries. Returns false when they are missing.
bool installEnglishTranslation();

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
