#pragma once

#include "journal/entities.h"

#include <QString>
#include <QVector>

namespace fc {

class ArticleLibrary;

struct NotesDocumentOptions
{
    QString patientName; // optional, shown on the title line
    QString heading = QStringLiteral("My notes");
};

// Print-ready HTML for a set of notes: each note rendered from Markdown (safe mode), quotes
// attributed to their article. Printed to PDF by the UI layer.
class NotesDocument
{
public:
    static QString build(const QVector<Note> &notes, const ArticleLibrary *library,
                         const NotesDocumentOptions &options = {});
};

} // namespace fc
