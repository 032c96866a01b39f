#pragma once

#include "journal/entities.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace fc {

class ArticleLibrary;

struct NotesDocumentOptions
{
    QString patientName; // optional, shown on the title line
    QString heading = QStringLiteral("My notes");
    QDate from; // the range the user asked for; when invalid the notes' own dates are shown
    QDate to;
    QString tag; // named on the title line when the export is one tag's notes
};

struct PageStyle;

// Print-ready HTML for a set of notes: each note rendered from Markdown (safe mode), quotes
// attributed to their article. Printed to PDF by the UI layer.
class NotesDocument
{
public:
    static QString build(const QVector<Note> &notes, const ArticleLibrary *library,
                         const NotesDocumentOptions &options = {});
    // The live preview of the note being edited, styled like the articles on screen.
    static QString preview(const Note &note, const ArticleLibrary *library, const PageStyle &style);
    static QString noteHtml(const Note &note, const ArticleLibrary *library);
    // Local date and time without seconds, in the user's locale.
    static QString shortDateTime(const QDateTime &utc);
};

} // namespace fc
