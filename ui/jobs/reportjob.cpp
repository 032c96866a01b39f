#include "ui/jobs/reportjob.h"

#include "core/displaydate.h"
#include "export/reportinsights.h"
#include "export/visitreport.h"
#include "ui/appcontext.h"
#include "ui/pdfprinter.h"

#include <QLocale>
#include <QMarginsF>
#include <QTimer>

namespace fc {

ReportJob::ReportJob(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

QPageLayout ReportJob::pageLayout(AppContext *context)
{
    QPageLayout layout = PdfPrinter::defaultLayout();
    layout.setPageSize(QPageSize(reportPageSize(context->settings().paperSize(), QLocale())));
    // Narrower margins than a letter's: three months fit two pages with no text under 9 pt,
    // and the page number still sits inside the bottom margin.
    layout.setMargins(QMarginsF(14, 12, 14, 15));
    return layout;
}

void ReportJob::start(const QString &filePath, QDate from, QDate to)
{
    if (!to.isValid())
        to = from.isValid() ? QDate::currentDate()
                            : VisitReport::defaultTo(m_context->journal().lastCheckInDay(),
                                                     QDate::currentDate());
    if (!from.isValid())
        from = VisitReport::defaultFrom(to);
    if (from > to) {
        QTimer::singleShot(0, this, [this, from, to] {
            emit finished({false, JobText::tr("The report range starts (%1) after it ends (%2).")
                                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))});
        });
        return;
    }
    VisitReportInput input = VisitReportInput::collect(m_context->journal(), from, to);
    input.patientName = m_context->settings().patientName();
    addInsightsToReport(input, m_context->journal(), &m_context->library(),
                        m_context->settings().baselineDays(), from, to);
    // A briefer report only when the full one takes more pages than a visit allows.
    const QStringList documents = VisitReport::buildAtEachDetail(input);
    auto *printer = new PdfPrinter(m_context, this);
    printer->setPageNumberFormat(PdfPrinter::pageFooterFormat(input.patientName));
    connect(printer, &PdfPrinter::finished, this,
            [this, printer, from, to](bool ok, const QString &message) {
                printer->deleteLater();
                // Dates as every screen shows them, not as a file name does.
                emit finished({ok, ok ? message + u' ' +
                                            JobText::tr("Visit report %1 – %2.")
                                                .arg(displayDate(from), displayDate(to))
                                      : message});
            });
    printer->printFitting(documents, VisitReport::pagesForAVisit, filePath, pageLayout(m_context));
}

} // namespace fc
