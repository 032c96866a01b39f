#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

struct archive;

namespace fc {

// One file inside a zip archive, read as a stream through libarchive: nothing is unpacked to
// disk and memory stays small however large the entry. A zip bomb (an entry far larger than
// its archive could honestly hold) stops with an error instead of filling memory or disk.
class ZipEntryDevice : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(fc::ZipEntryDevice)

public:
    ZipEntryDevice();
    ~ZipEntryDevice() override;

    // Opens the first entry whose path ends with one of `names` ("export.xml"), not one ending
    // in a longer name that merely ends the same way ("export_cda.xml" is not "export.xml").
    // Gives the name it found.
    Expected<QString> openEntry(const QString &zipPath, const QStringList &names);
    // The entry's size when the archive says it, else -1.
    qint64 entrySize() const { return m_entrySize; }
    // The archive's path as messages show it.
    const QString &zipName() const { return m_zipName; }
    bool isSequential() const override { return true; }
    void close() override;

    // At most this many bytes out per byte of the archive: an XML export packs about 20:1.
    static constexpr qint64 kMostExpansion = 200;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void failWith(const QString &message);

    struct archive *m_archive = nullptr;
    qint64 m_entrySize = -1;
    qint64 m_produced = 0;
    qint64 m_limit = 0;
    QString m_zipName;
};

} // namespace fc
