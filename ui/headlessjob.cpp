#include "headlessjob.h"

#include "appcontext.h"
#include "articleimportjob.h"
#include "export/notesdocument.h"
#include "insights/insightsjob.h"
#include "jobs/csvjobs.h"
#include "jobs/reportjob.h"
#include "journal/backupjobs.h"
#include "pdfprinter.h"

#include <QTimer>
#include <cstdio>

namespace fc {

HeadlessJob::HeadlessJob(AppContext *context, const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_options(options)
{}

void HeadlessJob::succeed(const QString &message)
{
    std::fprintf(stdout, "%s\n", qPrintable(message));
    std::fflush(stdout);
    emit finished(0);
}

void HeadlessJob::fail(const QString &message)
{
    std::fprintf(stderr, "fibro-companion: %s\n", qPrintable(message));
    std::fflush(stderr);
    emit finished(1);
}

void HeadlessJob::finishWith(const JobResult &result)
{
    if (result.ok)
        succeed(result.message);
    else
        fail(result.message);
}

void HeadlessJob::exportReport()
{
    auto *job = new ReportJob(m_context, this);
    connect(job, &ReportJob::finished, this, [this, job](const JobResult &result) {
        job->deleteLater();
        finishWith(result);
    });
    job->start(m_options.exportPdf, m_options.from, m_options.to);
}

void HeadlessJob::start()
{
    // Queued so a caller can connect to finished() after start() returns.
    QTimer::singleShot(0, this, [this] {
        QString message;
        if (!m_options.exportPdf.isEmpty() && m_options.report)
            exportReport();
        else if (!m_options.exportPdf.isEmpty())
            exportPdf();
        else if (!m_options.importArticles.isEmpty())
            emit finished(runArticleImportJob(m_context, m_options.importArticles));
        else if (!m_options.exportCsv.isEmpty())
            finishWith(exportCsvJob(m_context, m_options));
        else if (!m_options.importCsv.isEmpty())
            finishWith(importCsvJob(m_context, m_options));
        else if (!m_options.backup.isEmpty())
            runBackupJob(*m_context, m_options.backup, &message) ? succeed(message) : fail(message);
        else if (!m_options.restore.isEmpty())
            runRestoreJob(*m_context, m_options.restore, &message) ? succeed(message)
                                                                   : fail(message);
        else if (!m_options.insightsJson.isEmpty())
            writeInsightsJson();
        else
            fail(QStringLiteral("This job is not available in this version."));
    });
}

void HeadlessJob::writeInsightsJson()
{
    QString message;
    if (exportInsightsJson(*m_context, m_options.insightsJson, &message))
        succeed(message);
    else
        fail(message);
}

void HeadlessJob::exportPdf()
{
    NoteFilter filter;
    filter.from = m_options.from;
    filter.to = m_options.to;
    filter.tag = m_options.noteTag;
    const QVector<Note> notes = m_context->journal().notesStore().notes(filter);
    NotesDocumentOptions options;
    options.patientName = m_context->settings().patientName();
    options.from = m_options.from;
    options.to = m_options.to;
    options.tag = m_options.noteTag;
    if (!options.tag.isEmpty())
        options.heading = options.tag;
    const QString html = NotesDocument::build(notes, &m_context->library(), options);
    auto *printer = new PdfPrinter(m_context, this);
    printer->setPageNumberFormat(PdfPrinter::pageFooterFormat(options.patientName));
    connect(printer, &PdfPrinter::finished, this,
            [this, printer, count = notes.size()](bool ok, const QString &message) {
                printer->deleteLater();
                if (ok)
                    succeed(message + QStringLiteral(" %1 %2 exported.")
                                          .arg(count)
                                          .arg(count == 1 ? QStringLiteral("note")
                                                          : QStringLiteral("notes")));
                else
                    fail(message);
            });
    printer->print(html, m_options.exportPdf, PdfPrinter::layoutFor(m_context->settings()));
}

} // namespace fc
