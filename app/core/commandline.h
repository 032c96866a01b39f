#pragma once

#include <QDate>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fc {

// What the user asked for on the command line. Every file the window can produce is also a
// headless job here, so it can be scripted and tested end to end.
struct CommandLine
{
    QString dataDir;
    QString exportPdf;
    bool notes = false;
    bool report = false;
    QDate from;
    QDate to;
    QString noteTag; // --tag: only the notes with this tag
    QString exportCsv;
    QString csvLayout = QStringLiteral("long");
    QString importCsv;
    QString importHealth; // a wearable's export (--import-health)
    // --map "NAME=KEY": a name in the imported file stands for this symptom or treatment.
    QVector<QPair<QString, QString>> csvMappings;
    QString backup;
    QString restore;
    QString insightsJson;
    QString importArticles;
    bool checkIn = false;
    // How long a job waits for the window or another job to finish with the data folder.
    static constexpr int defaultWaitSeconds = 20;
    int waitSeconds = defaultWaitSeconds;

    bool isHeadlessJob() const;
};

struct CommandLineResult
{
    enum class Action { Run, ShowText, Fail } action = Action::Run;
    CommandLine options;
    QString text; // help/version text, or the error message
};

CommandLineResult parseCommandLine(const QStringList &arguments);

} // namespace fc
