#include "ui/pdfprinter.h"

#include "core/atomicfile.h"
#include "export/pdfpagenumbers.h"
#include "export/visitreport.h"
#include "ui/appcontext.h"
#include "ui/web/webprofile.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMarginsF>
#include <QPageSize>
#include <QPointer>
#include <QTimer>
#include <QWebEnginePage>
#include <algorithm>

Q_LOGGING_CATEGORY(lcPdf, "fc.ui.pdf")

namespace fc {

PdfPrinter::PdfPrinter(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

PdfPrinter::~PdfPrinter()
{
    if (!m_url.isEmpty())
        m_context->content().removeGenerated(m_url);
    delete m_page;
}

QPageLayout PdfPrinter::defaultLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 18),
                       QPageLayout::Millimeter);
}

QString PdfPrinter::pageFooterFormat(const QString &patientName)
{
    QString pages = tr("Page %1 of %2");
    QString name = patientName.simplified();
    // A '%' would be read as a page placeholder by QString::arg. Any script is drawn.
    name.remove(QLatin1Char('%'));
    if (name.isEmpty())
        return pages;
    return tr("%1 · %2", "patient name · page numbers").arg(name.left(60), pages);
}

QPageLayout PdfPrinter::layoutFor(const Settings &settings)
{
    QPageLayout layout = defaultLayout();
    layout.setPageSize(QPageSize(reportPageSize(settings.paperSize(), QLocale())),
                       layout.margins());
    return layout;
}

void PdfPrinter::fail(const QString &message)
{
    qCWarning(lcPdf) << message;
    emit finished(false, message);
}

void PdfPrinter::print(const QString &html, const QString &filePath, const QPageLayout &layout)
{
    printFitting({html}, 0, filePath, layout);
}

void PdfPrinter::printFitting(const QStringList &documents, int maxPages, const QString &filePath,
                              const QPageLayout &layout)
{
    m_filePath = filePath;
    m_layout = layout;
    m_documents = documents;
    m_maxPages = maxPages;
    const QFileInfo target(filePath);
    if (documents.isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(tr("There is nothing to print.")); });
        return;
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        QTimer::singleShot(0, this, [this, target] {
            fail(tr("Cannot write %1: the folder %2 does not exist.")
                     .arg(QDir::toNativeSeparators(target.absoluteFilePath()),
                          QDir::toNativeSeparators(target.absolutePath())));
        });
        return;
    }
    m_page = new QWebEnginePage(m_context->webProfile()->profile(), this);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok) {
            fail(tr("The document for %1 could not be laid out.").arg(m_filePath));
            return;
        }
        QPointer<PdfPrinter> self(this);
        m_page->printToPdf(
            [self](const QByteArray &pdf) {
                if (self)
                    self->printed(pdf);
            },
            m_layout);
    });
    load(m_documents.takeFirst());
}

void PdfPrinter::load(const QString &html)
{
    if (!m_url.isEmpty())
        m_context->content().removeGenerated(m_url);
    // Served through the scheme rather than setHtml(), which is capped at 2 MB.
    m_url = m_context->content().addGenerated(html);
    m_page->load(m_url);
}

void PdfPrinter::printed(const QByteArray &pdf)
{
    if (pdf.isEmpty()) {
        fail(tr("Printing to PDF failed."));
        return;
    }
    const int pages = PdfPageNumbers::pageCount(pdf);
    if (m_best.isEmpty() || (pages > 0 && pages < m_bestPages)) {
        m_best = pdf;
        m_bestPages = pages;
    }
    if (m_documents.isEmpty() || (m_bestPages > 0 && m_bestPages <= m_maxPages)) {
        finish(m_best);
        return;
    }
    qCDebug(lcPdf) << "printed" << pages << "pages, more than" << m_maxPages
                   << "; trying a briefer document";
    load(m_documents.takeFirst());
}

void PdfPrinter::finish(QByteArray pdf)
{
    QString unnumbered; // why the pages have no numbers, said with the result
    if (!m_pageNumberFormat.isEmpty()) {
        const Expected<QByteArray> numbered = PdfPageNumbers::stamp(pdf, m_pageNumberFormat);
        if (!numbered) {
            // Still worth having without the numbers.
            qCWarning(lcPdf) << numbered.message();
            unnumbered = numbered.message();
        } else {
            pdf = *numbered;
        }
    }
    if (const Result written = writeFileAtomically(m_filePath, pdf); !written) {
        fail(written.message());
        return;
    }
    const QString wrote = tr("Wrote %1 (%2 KB).")
                              .arg(QDir::toNativeSeparators(m_filePath))
                              .arg((pdf.size() + 1023) / 1024);
    emit finished(true, unnumbered.isEmpty()
                            ? wrote
                            : tr("%1 Its pages are not numbered. %2").arg(wrote, unnumbered));
}

} // namespace fc
