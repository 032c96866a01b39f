#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace fc {

// Where the journal, imported articles and backups live. Health data: the folder is made
// owner-only (0700) whatever the umask says.
class DataDirectory
{
    Q_DECLARE_TR_FUNCTIONS(fc::DataDirectory)

public:
    // Empty path: QStandardPaths::AppDataLocation.
    explicit DataDirectory(const QString &path = QString());

    QString path() const { return m_path; }
    QString journalFile() const;
    QString articlesDir() const;
    QString articleIndexFile() const; // search cache, rebuilt from the articles when missing
    QString libraryCacheFile() const; // imported articles' front matter, for a quick start
    QString backupsDir() const;

    // Creates the folder (and parents) with owner-only permissions; tightens an existing one.
    Result ensureExists() const;
    static Result makePrivateDir(const QString &dir);

private:
    QString m_path;
};

} // namespace fc
