#pragma once

#include <QByteArray>
#include <QString>

namespace fc {

// Chromium 102's printToPdf has no header/footer option and no @page margin boxes, so page
// numbers are stamped afterwards: an incremental update appends, for every page, a content
// stream with "Page N of M" in Helvetica centred in the bottom margin, plus the rewritten page
// objects. The original bytes stay untouched in front, as the PDF format allows.
class PdfPageNumbers
{
public:
    // format has %1 (page) and %2 (page count); only Latin-1 text is drawn. On a layout this
    // does not understand (object streams, xref streams) returns an empty array and *error.
    static QByteArray stamp(const QByteArray &pdf, const QString &format, QString *error);
    static int pageCount(const QByteArray &pdf);
};

} // namespace fc
