#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fc {

// Chromium 102's printToPdf has no header/footer option and no @page margin boxes, so page
// numbers are added afterwards. The footers are drawn with QPdfWriter (fonts embedded, any
// script, the text as translated) on pages of the same sizes, and qpdf places each one over its
// page as a form XObject, whatever the file's layout: object and cross-reference streams,
// inherited resources and boxes, rotated and cropped pages.
class PdfPageNumbers
{
    Q_DECLARE_TR_FUNCTIONS(fc::PdfPageNumbers)

public:
    // Refused beyond this: a footer is drawn per page.
    static constexpr int maxPages = 5000;

    // format has %1 (page) and %2 (page count). Needs a QGuiApplication (fonts). A file qpdf
    // cannot read, or without pages, gives an empty array and *error.
    static Expected<QByteArray> stamp(const QByteArray &pdf, const QString &format);
    // -1 when the file cannot be read.
    static int pageCount(const QByteArray &pdf);
};

} // namespace fc
