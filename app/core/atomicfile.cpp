#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace fc {

namespace {

// The context these messages have in the translations.
struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(fc::AtomicFile)
};

} // namespace

Result writeFileAtomically(const QString &path, const QByteArray &data)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.exists())
        return fail(FileText::tr("Cannot write %1: the folder %2 does not exist.")
                        .arg(shown, QDir::toNativeSeparators(dir.absoluteFilePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(FileText::tr("Cannot write %1: %2.").arg(shown, file.errorString()));
    file.setPermissions(kOwnerOnly);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(FileText::tr("Cannot write %1: %2 (is the disk full?).").arg(shown, reason));
    }
    if (!file.commit())
        return fail(FileText::tr("Cannot write %1: %2.").arg(shown, file.errorString()));
    return {};
}

} // namespace fc
