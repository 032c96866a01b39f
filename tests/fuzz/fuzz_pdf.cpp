// The PDFs that get page numbers. They come from Chromium, but the reader is qpdf with our
// handling around it: whatever the bytes, it returns a readable PDF with the same pages or an
// error with a message, without crashing, leaking or running away.
#include "export/pdfpagenumbers.h"
#include "fuzzsupport.h"

namespace {

// Footers are drawn per page; a small input can describe thousands of pages.
constexpr int kMostPagesStamped = 40;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::quietLogging();
    fc::fuzz::ensureGuiApplication();
    const QByteArray pdf = fc::fuzz::bytes(data, size);
    const int pages = fc::PdfPageNumbers::pageCount(pdf);
    if (pages < -1)
        fc::fuzz::violated("negative page count");
    if (pages > kMostPagesStamped)
        return 0;
    const fc::Expected<QByteArray> stamped =
        fc::PdfPageNumbers::stamp(pdf, QStringLiteral("Page %1 of %2 · Страница"));
    if (!stamped) {
        if (stamped.message().isEmpty() || stamped.message().size() > 400)
            fc::fuzz::violated("refused without a short message");
        return 0;
    }
    const QByteArray &out = *stamped;
    if (!out.startsWith("%PDF-") || fc::PdfPageNumbers::pageCount(out) != pages)
        fc::fuzz::violated("stamped PDF unreadable or with other pages");
    return 0;
}
