#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fc {

struct CsvRecord
{
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
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
};

// RFC 4180 reader that is lenient enough for files from other apps: problems are collected in
// CsvTable::issues (the first kMaxListedCsvIssues, the rest counted) and parsing continues, so the
// caller can show every affected line. Only UTF-8 is accepted (with or without BOM).
CsvTable readCsv(const QByteArray &data, const CsvReadOptions &options = {});

} // namespace fc
