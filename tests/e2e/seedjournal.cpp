// Writes a journal with known notes and check-ins, so end-to-end tests can check that what they
// exported holds exactly that.
#include "journal/journalstore.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: fc-seed-journal DATA_DIR [NOTE_COUNT]\n");
        return 2;
    }
    QDir().mkpath(args[1]);
    fc::JournalStore store;
    QString error;
    if (store.open(QDir(args[1]).filePath(QStringLiteral("journal.sqlite")), &error) !=
        fc::JournalDatabase::Status::Ok) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const int count = args.size() > 2 ? args[2].toInt() : 1;
    for (int i = 0; i < count; ++i) {
        fc::Note note;
        note.title = i == 0 ? QStringLiteral("Questions for Dr Rivera")
                            : QStringLiteral("Note number %1").arg(i + 1);
        note.body =
            i == 0 ? QStringLiteral("Ask whether **magnesium threonate** is safe with my "
                                    "kidneys.\n\n- sleep worse since March\n- pain 6/10 most days")
                   : QStringLiteral("Body of note %1 with *emphasis*.").arg(i + 1);
        if (i == 0) {
            note.tags = {QStringLiteral("Questions for my doctor")};
            note.articleSlug = QStringLiteral("low-dose-naltrexone");
            note.quote = QStringLiteral("Thirty one women with Fibromyalgia");
        }
        if (!store.notesStore().save(note, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    for (int d = 0; d < 14; ++d) {
        fc::CheckIn c;
        c.day = QDate::currentDate().addDays(-d);
        c.scores = {{QStringLiteral("pain"), 4 + d % 4}, {QStringLiteral("fatigue"), 5}};
        c.note = QStringLiteral("day %1").arg(d);
        if (!store.saveCheckIn(c, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}
