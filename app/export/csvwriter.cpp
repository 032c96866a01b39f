#include "export/csvwriter.h"

#include <QIODevice>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcCsvWriter, "fc.export.csvwriter")

namespace fc {

namespace {

bool isValidDelimiter(QChar delimiter)
{
    const char16_t d = delimiter.unicode();
    return d != 0 && d < 0x80 && d != u'"' && d != u'\r' && d != u'\n';
}

bool isValidLineEnd(const QByteArray &lineEnd)
{
    return lineEnd == "\r\n" || lineEnd == "\n" || lineEnd == "\r";
}

bool isEdgeSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool needsQuotes(const QString &field, QChar delimiter)
{
    if (field.isEmpty())
        return false;
    if (isEdgeSpace(field.front()) || isEdgeSpace(field.back()) || field.front() == QChar(0xFEFF))
        return true;
    return std::any_of(field.begin(), field.end(), [delimiter](QChar c) {
        return c == delimiter || c == u'"' || c == u'\r' || c == u'\n';
    });
}

void appendRecord(QByteArray &out, const QStringList &fields, char delimiter,
                  const QByteArray &lineEnd)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        const QString &field = fields.at(i);
        if (field.isEmpty()) {
            if (fields.size() == 1)
                out.append("\"\"");
            continue;
        }
        const QByteArray utf8 = field.toUtf8();
        if (!needsQuotes(field, QLatin1Char(delimiter))) {
            out.append(utf8);
            continue;
        }
        out.append('"');
        const char *segment = utf8.constData();
        const char *end = segment + utf8.size();
        for (const char *p = segment; p < end; ++p) {
            if (*p == '"') {
                out.append(segment, p + 1 - segment);
                out.append('"');
                segment = p + 1;
            }
        }
        out.append(segment, end - segment);
        out.append('"');
    }
    out.append(lineEnd);
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter, const QByteArray &lineEnd)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_lineEnd(lineEnd)
{}

void CsvWriter::writeBom()
{
    if (!checkReady())
        return;
    if (m_wroteRecord) {
        m_error = QStringLiteral("the byte order mark must be written before the first record");
        return;
    }
    writeBytes(QByteArrayLiteral("\xEF\xBB\xBF"));
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    if (!checkReady())
        return false;
    m_buffer.resize(0);
    appendRecord(m_buffer, fields, static_cast<char>(m_delimiter.unicode()), m_lineEnd);
    if (!writeBytes(m_buffer))
        return false;
    m_wroteRecord = true;
    return true;
}

QString CsvWriter::errorString() const
{
    return m_error;
}

bool CsvWriter::checkReady()
{
    if (!m_device) {
        m_error = QStringLiteral("no output device");
    } else if (!m_device->isWritable()) {
        m_error = QStringLiteral("output device is not open for writing");
    } else if (!isValidDelimiter(m_delimiter)) {
        m_error =
            QStringLiteral("unsupported delimiter U+%1; use an ASCII character other than "
                           "a quote or line break")
                .arg(QString::number(m_delimiter.unicode(), 16).toUpper().rightJustified(4, u'0'));
    } else if (!isValidLineEnd(m_lineEnd)) {
        m_error = QStringLiteral("unsupported line end; use CRLF, LF or CR");
    } else {
        return true;
    }
    return false;
}

bool CsvWriter::writeBytes(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size()) {
        m_error = QStringLiteral("could not write CSV data: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

QByteArray toCsvRecord(const QStringList &fields, QChar delimiter, const QByteArray &lineEnd)
{
    if (!isValidDelimiter(delimiter) || !isValidLineEnd(lineEnd)) {
        qCWarning(lcCsvWriter) << "invalid delimiter or line end for CSV record" << delimiter
                               << lineEnd;
        return {};
    }
    QByteArray out;
    appendRecord(out, fields, static_cast<char>(delimiter.unicode()), lineEnd);
    return out;
}

} // namespace fc
