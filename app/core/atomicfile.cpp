#include "core/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace fc {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.exists()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: the folder %2 does not exist.")
                         .arg(shown, QDir::toNativeSeparators(dir.absoluteFilePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2.").arg(shown, file.errorString());
        return false;
    }
    file.setPermissions(kOwnerOnly);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        if (error)
            *error = QStringLiteral("Cannot write %1: %2 (is the disk full?).").arg(shown, reason);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2.").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace fc
