#include "export/zipentrydevice.h"

#include <QDir>
#include <QFileInfo>
#include <archive.h>
#include <archive_entry.h>

namespace fc {

namespace {

// However small the archive, a limit below this would refuse honest files.
constexpr qint64 kSmallestLimit = qint64(64) << 20;

} // namespace

ZipEntryDevice::ZipEntryDevice() = default;

ZipEntryDevice::~ZipEntryDevice()
{
    close();
}

void ZipEntryDevice::close()
{
    if (m_archive) {
        archive_read_free(m_archive);
        m_archive = nullptr;
    }
    QIODevice::close();
}

void ZipEntryDevice::failWith(const QString &message)
{
    setErrorString(message);
    setProperty("fcFailed", true);
}

Expected<QString> ZipEntryDevice::openEntry(const QString &zipPath, const QStringList &names)
{
    close();
    m_zipName = QDir::toNativeSeparators(zipPath);
    const qint64 zipSize = QFileInfo(zipPath).size();
    m_limit = std::max(kSmallestLimit, zipSize * kMostExpansion);
    m_archive = archive_read_new();
    archive_read_support_format_zip(m_archive);
    if (archive_read_open_filename(m_archive, QFile::encodeName(zipPath).constData(), 1 << 16) !=
        ARCHIVE_OK)
        return fail(
            tr("%1 cannot be read as a zip file: %2")
                .arg(m_zipName, QString::fromLocal8Bit(archive_error_string(m_archive)).left(200)));
    struct archive_entry *entry = nullptr;
    QString name;
    for (int entries = 0; name.isEmpty(); ++entries) {
        const int status = archive_read_next_header(m_archive, &entry);
        if (status == ARCHIVE_EOF)
            return fail(tr("%1 holds no %2.").arg(m_zipName, names.join(tr(" or "))));
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return fail(
                tr("%1 is damaged: %2")
                    .arg(m_zipName,
                         QString::fromLocal8Bit(archive_error_string(m_archive)).left(200)));
        if (entries > 100000)
            return fail(tr("%1 holds too many files to be a health export.").arg(m_zipName));
        const QString path = QString::fromUtf8(archive_entry_pathname(entry));
        for (const QString &wanted : names)
            if (path == wanted || path.endsWith(u'/' + wanted))
                name = wanted;
    }
    m_entrySize = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
    if (m_entrySize > m_limit)
        return fail(tr("%1 says its %2 is %3 MB, far more than the zip could hold: it is not "
                       "read (it may be a zip bomb).")
                        .arg(m_zipName, name)
                        .arg(m_entrySize >> 20));
    m_produced = 0;
    setProperty("fcFailed", false);
    QIODevice::open(QIODevice::ReadOnly);
    return name;
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (!m_archive)
        return -1;
    const la_ssize_t n = archive_read_data(m_archive, data, size_t(maxSize));
    if (n < 0) {
        failWith(
            tr("%1 is damaged: %2")
                .arg(m_zipName, QString::fromLocal8Bit(archive_error_string(m_archive)).left(200)));
        return -1;
    }
    m_produced += n;
    if (m_produced > m_limit) {
        failWith(tr("%1 unpacks to more than %2 MB, far more than a health export of its size: "
                    "reading stopped (it may be a zip bomb). Nothing was imported.")
                     .arg(m_zipName)
                     .arg(m_limit >> 20));
        return -1;
    }
    return n;
}

} // namespace fc
