#include "export/csvreader.h"

#include <QStringDecoder>
#include <algorithm>
#include <optional>

namespace fc {

namespace {

// Problems of a file, bounded; muted while records already read once are read again.
struct IssueList
{
    QVector<CsvIssue> listed;
    qint64 unlisted = 0;
    bool muted = false;

    void add(int line, const QString &message)
    {
        if (muted)
            return;
        if (listed.size() < kMaxListedCsvIssues)
            listed.append({line, message});
        else
            ++unlisted;
    }
};

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

// CRLF, LF and lone CR each end one physical line.
int countLineBreaks(const char *from, const char *to, const char *end)
{
    int lines = 0;
    for (const char *p = from; p < to; ++p) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n')))
            ++lines;
    }
    return lines;
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7:
// no overlongs, surrogates or code points above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            length = 3;
        } else if (c == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (c == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (size - i < length || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

QString unsupportedEncoding(QByteArrayView data)
{
    if (data.startsWith(QByteArrayLiteral("\x00\x00\xFE\xFF")))
        return QStringLiteral("UTF-32 BE");
    if (data.startsWith(QByteArrayLiteral("\xFF\xFE\x00\x00")))
        return QStringLiteral("UTF-32 LE");
    if (data.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16 BE");
    if (data.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16 LE");
    return {};
}

// Counts candidates on the first non-blank line, ignoring quoted text. Ties prefer ',' then ';'
// so a one-column file reads as comma separated.
char detectDelimiter(const char *p, const char *end)
{
    while (p < end && isLineBreak(*p))
        ++p;
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (; p < end; ++p) {
        const char c = *p;
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (isLineBreak(c))
                break;
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    if (tabs > commas && tabs > semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

class Parser
{
public:
    Parser(const char *begin, const char *end, char delimiter, IssueList &issues)
        : m_p(begin)
        , m_end(end)
        , m_delimiter(delimiter)
        , m_issues(issues)
    {}

    const char *at() const { return m_p; }
    int line() const { return m_line; }
    void moveTo(const char *p, int line)
    {
        m_p = p;
        m_line = line;
    }

    // Skips blank lines; false at end of input.
    bool readRecord(CsvRecord &record, int expectedFields)
    {
        while (m_p < m_end && isLineBreak(*m_p))
            consumeLineBreak();
        if (m_p == m_end)
            return false;

        record.line = m_line;
        record.fields.clear();
        if (expectedFields > 0)
            record.fields.reserve(expectedFields);
        bool utf8Reported = false;
        for (int fieldNo = 1;; ++fieldNo) {
            const char *rawStart = m_p;
            const int startLine = m_line;
            const bool hasHighBytes = readField(record.fields, fieldNo);
            if (hasHighBytes && !utf8Reported)
                utf8Reported = checkUtf8(rawStart, startLine, fieldNo);
            if (m_p == m_end)
                break;
            if (*m_p == m_delimiter) {
                ++m_p;
                continue;
            }
            consumeLineBreak();
            break;
        }
        return true;
    }

private:
    void consumeLineBreak()
    {
        if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
            ++m_p;
        ++m_p;
        ++m_line;
    }

    // QString::fromUtf8 drops a leading U+FEFF, which would lose data from a field starting with
    // one; the file's own BOM has already been stripped by the caller.
    QString decode(const char *from, const char *to)
    {
        return m_decoder.decode(QByteArrayView(from, to - from));
    }

    bool atFieldEnd() const { return m_p == m_end || *m_p == m_delimiter || isLineBreak(*m_p); }

    // Leaves m_p on the delimiter, line break or end. Returns whether any byte >= 0x80 was seen,
    // so pure ASCII fields skip UTF-8 validation.
    bool readField(QStringList &fields, int fieldNo)
    {
        unsigned char high = 0;
        if (m_p == m_end || *m_p != '"') {
            const char *start = m_p;
            bool strayReported = false;
            for (; !atFieldEnd(); ++m_p) {
                high |= static_cast<unsigned char>(*m_p);
                if (*m_p == '"' && !strayReported) {
                    strayReported = true;
                    m_issues.add(
                        m_line,
                        CsvText::tr("field %1: stray quote in unquoted field").arg(fieldNo));
                }
            }
            fields.append(decode(start, m_p));
            return high & 0x80;
        }

        const int startLine = m_line;
        ++m_p;
        const char *segment = m_p;
        // Only fields with doubled quotes or trailing text are assembled in m_buffer; the rest
        // are decoded straight from the input.
        bool useBuffer = false;
        m_buffer.resize(0);
        bool closed = false;
        while (m_p < m_end) {
            const char c = *m_p;
            high |= static_cast<unsigned char>(c);
            if (c == '"') {
                if (m_p + 1 < m_end && m_p[1] == '"') {
                    m_buffer.append(segment, m_p + 1 - segment);
                    m_p += 2;
                    segment = m_p;
                    useBuffer = true;
                    continue;
                }
                closed = true;
                break;
            }
            if (c == '\n' || (c == '\r' && (m_p + 1 == m_end || m_p[1] != '\n')))
                ++m_line;
            ++m_p;
        }
        const char *contentEnd = m_p;
        if (!closed) {
            m_issues.add(
                startLine,
                CsvText::tr("field %1: quoted field is not closed before the end of the file")
                    .arg(fieldNo));
        } else {
            ++m_p;
            if (!atFieldEnd()) {
                m_issues.add(m_line,
                             CsvText::tr("field %1: text after closing quote").arg(fieldNo));
                m_buffer.append(segment, contentEnd - segment);
                segment = m_p;
                while (!atFieldEnd()) {
                    high |= static_cast<unsigned char>(*m_p);
                    ++m_p;
                }
                contentEnd = m_p;
                useBuffer = true;
            }
        }
        if (useBuffer) {
            m_buffer.append(segment, contentEnd - segment);
            fields.append(decode(m_buffer.cbegin(), m_buffer.cend()));
        } else {
            fields.append(decode(segment, contentEnd));
        }
        return high & 0x80;
    }

    bool checkUtf8(const char *rawStart, int startLine, int fieldNo)
    {
        const qsizetype bad = firstInvalidUtf8(rawStart, m_p - rawStart);
        if (bad < 0)
            return false;
        const int line = startLine + countLineBreaks(rawStart, rawStart + bad, m_end);
        const auto byte = static_cast<unsigned char>(rawStart[bad]);
        m_issues.add(line, CsvText::tr("field %1: invalid UTF-8 byte 0x%2 (shown as U+FFFD); "
                                       "the file must be saved as UTF-8")
                               .arg(fieldNo)
                               .arg(QString::number(byte, 16).toUpper()));
        return true;
    }

    const char *m_p;
    const char *m_end;
    char m_delimiter;
    IssueList &m_issues;
    int m_line = 1;
    QByteArray m_buffer;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                       QStringDecoder::Flag::ConvertInitialBom};
};

} // namespace

QString CsvIssue::toString() const
{
    return line > 0 ? CsvText::tr("line %1: %2").arg(line).arg(message) : message;
}

CsvIssue csvSizeIssue(qint64 bytes, qint64 limit)
{
    return {
        0,
        CsvText::tr("file is %1 bytes, larger than the limit of %2 bytes").arg(bytes).arg(limit)};
}

struct CsvStream::Impl
{
    QByteArrayView data;
    CsvReadOptions options;
    IssueList issues;
    QStringList header;
    QChar delimiter = u',';
    bool hadBom = false;
    const char *begin = nullptr; // after the BOM
    std::optional<Parser> parser;
    Position firstRecord;
    int expectedFields = -1;
    // Problems of records before this are already listed.
    qsizetype readUpTo = 0;

    // A reason the file cannot be read at all, or empty; *line is 0 when it is said of the whole
    // file.
    QString openProblem(char *delimiterOut, int *line)
    {
        *line = 0;
        if (data.size() > options.maxBytes)
            return csvSizeIssue(data.size(), options.maxBytes).message;
        const QString encoding = unsupportedEncoding(data);
        *line = 1;
        if (!encoding.isEmpty())
            return CsvText::tr("file is encoded as %1 (byte order mark); only UTF-8 is "
                               "supported, save it as \"CSV UTF-8\" and import it again")
                .arg(encoding);
        if (options.delimiter.isNull()) {
            *delimiterOut = detectDelimiter(begin, data.cend());
            return {};
        }
        *line = 0;
        const char16_t code = options.delimiter.unicode();
        if (code == 0 || code >= 0x80 || code == u'"' || code == u'\r' || code == u'\n')
            return CsvText::tr("unsupported delimiter U+%1; use an ASCII character other "
                               "than a quote or line break")
                .arg(QString::number(code, 16).toUpper().rightJustified(4, u'0'));
        *delimiterOut = static_cast<char>(code);
        return {};
    }
};

CsvStream::CsvStream(QByteArrayView data, const CsvReadOptions &options)
    : d(std::make_unique<Impl>())
{
    d->data = data;
    d->options = options;
    d->begin = data.cbegin();
    if (data.startsWith("\xEF\xBB\xBF")) {
        d->hadBom = true;
        d->begin += 3;
    }
    char delimiter = ',';
    int problemLine = 0;
    const QString problem = d->openProblem(&delimiter, &problemLine);
    if (!problem.isEmpty()) {
        d->issues.add(problemLine, problem);
        return;
    }
    d->delimiter = QLatin1Char(delimiter);
    d->parser.emplace(d->begin, data.cend(), delimiter, d->issues);
    CsvRecord record;
    if (options.firstRowIsHeader && d->parser->readRecord(record, 0)) {
        d->header = std::move(record.fields);
        d->expectedFields = int(d->header.size());
    }
    d->firstRecord = position();
    d->readUpTo = d->firstRecord.offset;
}

CsvStream::~CsvStream() = default;

const QStringList &CsvStream::header() const
{
    return d->header;
}

QChar CsvStream::delimiter() const
{
    return d->delimiter;
}

bool CsvStream::hadBom() const
{
    return d->hadBom;
}

bool CsvStream::next(CsvRecord &record)
{
    if (!d->parser)
        return false;
    d->issues.muted = d->parser->at() - d->data.cbegin() < d->readUpTo;
    if (!d->parser->readRecord(record, d->expectedFields))
        return false;
    const int count = int(record.fields.size());
    if (d->expectedFields < 0)
        d->expectedFields = count;
    else if (count != d->expectedFields)
        d->issues.add(record.line,
                      CsvText::tr("%1 fields, expected %2").arg(count).arg(d->expectedFields));
    d->issues.muted = false;
    d->readUpTo = std::max(d->readUpTo, qsizetype(d->parser->at() - d->data.cbegin()));
    if (d->options.crlfInFieldsAsLf) {
        for (QString &field : record.fields)
            if (field.contains(QLatin1Char('\r')))
                field.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    }
    return true;
}

CsvStream::Position CsvStream::position() const
{
    if (!d->parser)
        return {};
    return {d->parser->at() - d->data.cbegin(), d->parser->line()};
}

void CsvStream::seek(const Position &position)
{
    if (d->parser)
        d->parser->moveTo(d->data.cbegin() + position.offset, position.line);
}

void CsvStream::rewind()
{
    seek(d->firstRecord);
}

const QVector<CsvIssue> &CsvStream::issues() const
{
    return d->issues.listed;
}

qint64 CsvStream::unlistedIssues() const
{
    return d->issues.unlisted;
}

CsvTable readCsv(const QByteArray &data, const CsvReadOptions &options)
{
    CsvStream stream(data, options);
    CsvTable table;
    table.header = stream.header();
    CsvRecord record;
    while (stream.next(record)) {
        table.rows.append(std::move(record));
        record = CsvRecord();
    }
    table.issues = stream.issues();
    table.unlistedIssues = stream.unlistedIssues();
    table.delimiter = stream.delimiter();
    table.hadBom = stream.hadBom();
    return table;
}

} // namespace fc
