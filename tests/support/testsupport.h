#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace fc::test {

// Reads a file below tests/data, failing the test loudly when it is missing.
QByteArray readTestData(const QString &relativePath);

// Installs the app's English translation (its plural forms: "1 article", "2 articles") with an
// English default locale, as the app does at start. The build puts the .qm files one level above
// the test binaries. Returns false when they are missing.
bool installEnglishTranslation();

// Runs one of poppler's tools (pdftotext, pdfinfo) on a file; output gets what it printed, or
// why it could not run. scripts/debian-packages.txt lists poppler-utils for the tests.
bool runPoppler(const QString &tool, const QStringList &arguments, QString *output);

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
