#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace fc {

struct CsvRecord
{
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};

// The translation context of every message about reading or importing a CSV file.
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(fc::CsvImport)
};

struct CsvIssue
{
    int line = 0;    // 0 means the whole file (size limit, bad options)
    QString message; // without the line prefix, e.g. "5 fields, expected 7"

    // "line 7: 5 fields, expected 7", or just the message for line 0.
    QString toString() const;
};

// A file bad on every line must not become millions of strings: problems past this many are
// only counted.
constexpr int kMaxListedCsvIssues = 200;

struct CsvTable
{
    QStringList header;
    QVector<CsvRecord> rows;
    QVector<CsvIssue> issues;  // the first kMaxListedCsvIssues problems, in order
    qint64 unlistedIssues = 0; // problems found after those, counted only
    QChar delimiter = u',';
    bool hadBom = false;
};

struct CsvReadOptions
{
    // Null: detect ',' ';' or '\t' from the header line. Must be ASCII and not '"', CR or LF.
    QChar delimiter;
    // When false every record is a row and field counts are compared with the first row.
    bool firstRowIsHeader = true;
    qint64 maxBytes = 64ll * 1024 * 1024;
    // Spreadsheets on Windows write line breaks inside quoted cells as CRLF; the journal keeps LF.
    bool crlfInFieldsAsLf = false;
};

// Reads one record at a time from bytes the caller keeps alive, so a file of millions of rows
// never becomes millions of strings at once: the import holds only what it keeps from each row.
// Problems are collected as in readCsv(); a record read again after rewind() or seek() does not
// report its problems twice.
class CsvStream
{
public:
    // Where the next record starts, to come back to with seek().
    struct Position
    {
        qsizetype offset = 0;
        int line = 1;
    };

    explicit CsvStream(QByteArrayView data, const CsvReadOptions &options = {});
    ~CsvStream();
    CsvStream(const CsvStream &) = delete;
    CsvStream &operator=(const CsvStream &) = delete;

    // Empty when the options say there is none or the file could not be read at all.
    const QStringList &header() const;
    QChar delimiter() const;
    bool hadBom() const;

    // The next record, skipping blank lines; false at the end.
    bool next(CsvRecord &record);
    Position position() const;
    void seek(const Position &position);
    // Back to the first record after the header.
    void rewind();

    // The first kMaxListedCsvIssues problems met so far, in the order they were met.
    const QVector<CsvIssue> &issues() const;
    qint64 unlistedIssues() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// What a file of `bytes` is told when it is over `limit`.
CsvIssue csvSizeIssue(qint64 bytes, qint64 limit);

// RFC 4180 reader that is lenient enough for files from other apps: problems are collected in
// CsvTable::issues (the first kMaxListedCsvIssues, the rest counted) and parsing continues, so the
// caller can show every affected line. Only UTF-8 is accepted (with or without BOM).
CsvTable readCsv(const QByteArray &data, const CsvReadOptions &options = {});

} // namespace fc
