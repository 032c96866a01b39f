#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fc {

class JournalStore;

// The journal as CSV (UTF-8 without BOM, RFC 4180, CRLF, ISO dates). The long layout carries
// everything the journal holds, one fact per row; the wide layout is one row a day for
// spreadsheets. Both layouts and every kind are documented in docs/formats/journal-csv.md.
namespace journalcsv {

enum class Layout { Long, Wide };

inline const QStringList longHeader{
    QStringLiteral("date"),  QStringLiteral("time"), QStringLiteral("kind"), QStringLiteral("name"),
    QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("note")};

QByteArray exportLong(const JournalStore &store);
QByteArray exportWide(const JournalStore &store);

// Writes atomically (owner-only file); on failure *error names the file and the reason.
Expected<int> exportToFile(const JournalStore &store, Layout layout, const QString &path);

// Shortest text that reads back as the same double ("4.5", "10", "0.25").
QString number(double value);

} // namespace journalcsv

} // namespace fc
