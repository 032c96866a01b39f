#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

class QIODevice;

namespace fc {

// RFC 4180 writer producing UTF-8. A field is quoted when it contains the delimiter, a quote, CR
// or LF, starts or ends with a space or tab (spreadsheets trim those), or starts with U+FEFF
// (it would be taken for a BOM at the start of the file). A record made of one empty field is
// written as "" so readers do not skip it as a blank line.
//
// Values are written exactly, with no guard against CSV formula injection (prefixing '=', '+',
// '-', '@' with an apostrophe): export followed by import must give back the same journal, and
// notes such as "-2 kg" or "+ better today" are ordinary data here. Spreadsheet users opening an
// export get what they wrote.
//
// The delimiter must be an ASCII character other than '"', CR or LF; the line end must be
// "\r\n" (RFC 4180, the default), "\n" or "\r".
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, QChar delimiter = u',',
                       const QByteArray &lineEnd = "\r\n");

    // UTF-8 byte order mark, so Excel recognises the encoding. Must come before any record;
    // failures are reported by errorString().
    void writeBom();
    bool writeRecord(const QStringList &fields);
    QString errorString() const;

private:
    bool checkReady();
    bool writeBytes(const QByteArray &bytes);

    QIODevice *m_device;
    QChar m_delimiter;
    QByteArray m_lineEnd;
    QByteArray m_buffer;
    QString m_error;
    bool m_wroteRecord = false;
};

// One encoded record including its line end; empty when the delimiter or line end is invalid.
QByteArray toCsvRecord(const QStringList &fields, QChar delimiter = u',',
                       const QByteArray &lineEnd = "\r\n");

} // namespace fc
