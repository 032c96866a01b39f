#include "export/pdfpagenumbers.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QVector>
#include <cmath>
#include <exception>
// qpdf's shared_ptr API only, without its old PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace fc {

namespace {

// The range the PDF format allows for a page side, in points (ISO 32000-1, annex C).
constexpr double kSmallestSide = 3;
constexpr double kLargestSide = 14400;
// The footer's baseline, up from the bottom of the visible page: inside the bottom margin.
constexpr double kBaseline = 24;
constexpr double kFontPoints = 9;

struct PageBox
{
    double width = 0; // as the page is shown, after /Rotate
    double height = 0;
};

void openPdf(QPDF &pdf, const char *description, const QByteArray &data)
{
    // Problems are reported through the exception or ignored, never printed.
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile(description, data.constData(), size_t(data.size()));
}

Result failure(const QString &why)
{
    return fail(PdfPageNumbers::tr("Cannot add page numbers: %1").arg(why.left(300)));
}

// Each page's visible size as a reader shows it.
Expected<QVector<PageBox>> visibleBoxes(std::vector<QPDFPageObjectHelper> &pages)
{
    QVector<PageBox> boxes;
    for (size_t i = 0; i < pages.size(); ++i) {
        QPDFObjectHandle box = pages[i].getCropBox();
        if (!box.isRectangle())
            return failure(PdfPageNumbers::tr("page %1 has no size.").arg(i + 1));
        const QPDFObjectHandle::Rectangle r = box.getArrayAsRectangle();
        double width = std::fabs(r.urx - r.llx), height = std::fabs(r.ury - r.lly);
        if (!(width >= kSmallestSide && width <= kLargestSide && height >= kSmallestSide &&
              height <= kLargestSide))
            return failure(PdfPageNumbers::tr("page %1 is %2 × %3 points, outside what PDF allows.")
                               .arg(i + 1)
                               .arg(width)
                               .arg(height));
        // Readers take -90 as 270 and anything but a multiple of 90 as 0; qpdf's placement wants
        // 0, 90, 180 or 270, so the page says it that way (it looks the same).
        QPDFObjectHandle rotate = pages[i].getAttribute("/Rotate", false);
        int degrees = rotate.isInteger() ? ((rotate.getIntValueAsInt() % 360) + 360) % 360 : 0;
        if (degrees % 90 != 0)
            degrees = 0;
        if (!rotate.isNull() && !(rotate.isInteger() && rotate.getIntValueAsInt() == degrees))
            pages[i].getObjectHandle().replaceKey("/Rotate", QPDFObjectHandle::newInteger(degrees));
        if (degrees == 90 || degrees == 270)
            std::swap(width, height);
        boxes.append({width, height});
    }
    return boxes;
}

// One page per box, of its size, with the footer centred near the bottom.
QByteArray drawFooters(const QVector<PageBox> &boxes, const QString &format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one unit is one point
    writer.setCreator(QStringLiteral("page numbers"));
    auto layoutFor = [](const PageBox &box) {
        return QPageLayout(QPageSize(QSizeF(box.width, box.height), QPageSize::Point, QString(),
                                     QPageSize::ExactMatch),
                           QPageLayout::Portrait, QMarginsF());
    };
    writer.setPageLayout(layoutFor(boxes.first()));
    QPainter painter(&writer);
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(kFontPoints);
    for (int i = 0; i < boxes.size(); ++i) {
        if (i > 0) {
            writer.setPageLayout(layoutFor(boxes[i]));
            writer.newPage();
        }
        painter.setFont(font);
        painter.setPen(QColor::fromRgbF(0.3f, 0.3f, 0.3f));
        const QFontMetricsF metrics(font, &writer);
        const double room = std::max(boxes[i].width - 2 * kBaseline, kSmallestSide);
        const QString text =
            metrics.elidedText(format.arg(i + 1).arg(boxes.size()), Qt::ElideMiddle, room);
        const double x = (boxes[i].width - metrics.horizontalAdvance(text)) / 2;
        painter.drawText(QPointF(x, boxes[i].height - kBaseline), text);
    }
    painter.end();
    return buffer.data();
}

// The footer page over the page: its contents kept in their own graphics state, the footer
// placed upright as the page is shown (its /Rotate undone for the footer).
void overlay(QPDF &pdf, QPDFPageObjectHelper &page, const QPDFObjectHandle &footer, int &suffix)
{
    QPDFObjectHandle pageObject = page.getObjectHandle();
    QPDFObjectHandle resources = page.getAttribute("/Resources", true);
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        pageObject.replaceKey("/Resources", resources);
    }
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (!xobjects.isDictionary()) {
        xobjects = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/XObject", xobjects);
    } else if (xobjects.isIndirect()) {
        // Shared with other pages: this page's name goes into its own copy.
        xobjects = xobjects.shallowCopy();
        resources.replaceKey("/XObject", xobjects);
    }
    const std::string name = resources.getUniqueResourceName("/FcPageNumber", suffix);
    const std::string placement = page.placeFormXObject(
        footer, name, page.getCropBox().getArrayAsRectangle(), true, true, true);
    xobjects.replaceKey(name, footer);
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, "q\n"), true);
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, "\nQ\n" + placement + "\n"), false);
}

} // namespace

int PdfPageNumbers::pageCount(const QByteArray &pdf)
{
    try {
        QPDF file;
        openPdf(file, "PDF", pdf);
        return int(QPDFPageDocumentHelper(file).getAllPages().size());
    } catch (const std::exception &) {
        return -1;
    }
}

Expected<QByteArray> PdfPageNumbers::stamp(const QByteArray &pdf, const QString &format)
{
    try {
        QPDF file;
        openPdf(file, "the printed document", pdf);
        // Boxes, rotation and resources a page inherits from the page tree become its own, so
        // each page can be given its footer without touching the others.
        file.pushInheritedAttributesToPage();
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(file).getAllPages();
        if (pages.empty())
            return failure(tr("the document has no pages."));
        if (pages.size() > size_t(maxPages))
            return failure(
                tr("the document has %1 pages, more than %2.").arg(pages.size()).arg(maxPages));
        const Expected<QVector<PageBox>> boxes = visibleBoxes(pages);
        if (!boxes)
            return boxes.result();

        const QByteArray footerPdf = drawFooters(*boxes, format);
        QPDF footers;
        openPdf(footers, "the page numbers", footerPdf);
        std::vector<QPDFPageObjectHelper> footerPages =
            QPDFPageDocumentHelper(footers).getAllPages();
        if (footerPages.size() != pages.size())
            return failure(tr("the footers could not be drawn."));
        int suffix = 1;
        for (size_t i = 0; i < pages.size(); ++i) {
            QPDFObjectHandle footer =
                file.copyForeignObject(footerPages[i].getFormXObjectForPage());
            overlay(file, pages[i], footer, suffix);
        }

        QPDFWriter writer(file);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return failure(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace fc
