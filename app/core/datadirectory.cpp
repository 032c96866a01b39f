#include "core/datadirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fc {

DataDirectory::DataDirectory(const QString &path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
{}

QString DataDirectory::journalFile() const
{
    return m_path + QStringLiteral("/journal.sqlite");
}
QString DataDirectory::articlesDir() const
{
    return m_path + QStringLiteral("/articles");
}
QString DataDirectory::articleIndexFile() const
{
    return m_path + QStringLiteral("/article-index.sqlite");
}

QString DataDirectory::libraryCacheFile() const
{
    return m_path + QStringLiteral("/library-cache.bin");
}
QString DataDirectory::backupsDir() const
{
    return m_path + QStringLiteral("/backups");
}

Result DataDirectory::ensureExists() const
{
    return makePrivateDir(m_path);
}

Result DataDirectory::makePrivateDir(const QString &dir)
{
    QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return fail(tr("%1 exists but is not a folder.").arg(QDir::toNativeSeparators(dir)));
    if (!info.exists() && !QDir().mkpath(dir))
        return fail(tr("Could not create the folder %1 (check that its parent exists "
                       "and is writable).")
                        .arg(QDir::toNativeSeparators(dir)));
    if (!QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(tr("Could not make %1 private to you (owner-only permissions).")
                        .arg(QDir::toNativeSeparators(dir)));
    return {};
}

} // namespace fc
