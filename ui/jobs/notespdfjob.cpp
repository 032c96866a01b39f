#include "ui/jobs/notespdfjob.h"

#include "core/commandline.h"
#include "export/notesdocument.h"
#include "ui/appcontext.h"
#include "ui/pdfprinter.h"

namespace fc {

void notesPdfJob(AppContext *context, const CommandLine &commandLine, QObject *owner,
                 const JobDone &done)
{
    NoteFilter filter;
    filter.from = commandLine.from;
    filter.to = commandLine.to;
    filter.tag = commandLine.noteTag;
    const QVector<Note> notes = context->journal().notesStore().notes(filter);
    NotesDocumentOptions options;
    options.patientName = context->settings().patientName();
    options.from = commandLine.from;
    options.to = commandLine.to;
    options.tag = commandLine.noteTag;
    if (!options.tag.isEmpty())
        options.heading = options.tag;
    const QString html = NotesDocument::build(notes, &context->library(), options);
    auto *printer = new PdfPrinter(context, owner);
    printer->setPageNumberFormat(PdfPrinter::pageFooterFormat(options.patientName));
    QObject::connect(printer, &PdfPrinter::finished, owner,
                     [printer, done, count = notes.size()](bool ok, const QString &message) {
                         printer->deleteLater();
                         if (!ok) {
                             done({false, message});
                             return;
                         }
                         done({true, message + QStringLiteral(" %1 %2 exported.")
                                                   .arg(count)
                                                   .arg(count == 1 ? QStringLiteral("note")
                                                                   : QStringLiteral("notes"))});
                     });
    printer->print(html, commandLine.exportPdf, PdfPrinter::layoutFor(context->settings()));
}

} // namespace fc
