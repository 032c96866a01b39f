#include "core/commandline.h"

#include "core/appinfo.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace fc {

bool CommandLine::isHeadlessJob() const
{
    return !exportPdf.isEmpty() || !exportCsv.isEmpty() || !importCsv.isEmpty() ||
           !backup.isEmpty() || !restore.isEmpty() || !insightsJson.isEmpty() ||
           !importArticles.isEmpty() || !importHealth.isEmpty();
}

namespace {

// The context these messages have in the translations.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(fc::CommandLine)
};

Result parseDate(const QString &text, const QString &option, QDate *out)
{
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return Result::failure(
            CommandLineText::tr("--%1 needs a date written YYYY-MM-DD (got \"%2\").")
                .arg(option, text));
    *out = d;
    return {};
}

} // namespace

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::tr(
        "Fibro Companion: an offline library about fibromyalgia and ME/CFS "
        "treatments and a private symptom diary.\n"
        "Without a job option the window opens. Jobs run without a window, print "
        "what they did and exit with status 0, or 1 with a message on failure."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLineText::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     CommandLineText::tr("Show the version and exit."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        CommandLineText::tr("Keep the journal and imported articles in DIR "
                            "instead of the standard data folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption exportPdf(
        QStringLiteral("export-pdf"),
        CommandLineText::tr("Write a PDF to FILE: with --notes or --report."),
        QStringLiteral("FILE"));
    const QCommandLineOption notes(QStringLiteral("notes"),
                                   CommandLineText::tr("The PDF holds your notes."));
    const QCommandLineOption report(
        QStringLiteral("report"),
        CommandLineText::tr("The PDF is a visit report for your doctor."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  CommandLineText::tr("First day to include (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CommandLineText::tr("Last day to include (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption exportCsv(QStringLiteral("export-csv"),
                                       CommandLineText::tr("Export the journal as CSV to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption csvLayout(
        QStringLiteral("csv-layout"),
        CommandLineText::tr("CSV layout for --export-csv: long (default) "
                            "or wide."),
        QStringLiteral("LAYOUT"), QStringLiteral("long"));
    const QCommandLineOption importCsv(
        QStringLiteral("import-csv"),
        CommandLineText::tr("Import a CSV file into the journal: ours, or an export of Flaredown, "
                            "Bearable or Daylio. It prints what each name in the file became."),
        QStringLiteral("FILE"));
    const QCommandLineOption importHealth(
        QStringLiteral("import-health"),
        CommandLineText::tr(
            "Import daily steps, resting heart rate, HRV and sleep from a wearable's "
            "export: Gadgetbridge's exported database or zip export, or Apple "
            "Health's export.zip or export.xml."),
        QStringLiteral("FILE"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        CommandLineText::tr("With --import-csv: take NAME in the file as the journal's symptom or "
                            "treatment KEY (its key or its name) instead of what it would become. "
                            "Give it once per name."),
        QStringLiteral("NAME=KEY"));
    const QCommandLineOption backup(QStringLiteral("backup"),
                                    CommandLineText::tr("Back up the journal to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption restore(
        QStringLiteral("restore"),
        CommandLineText::tr("Restore the journal from a backup FILE (the "
                            "current journal is kept as a dated copy)."),
        QStringLiteral("FILE"));
    const QCommandLineOption insightsJson(
        QStringLiteral("insights-json"),
        CommandLineText::tr("Write every treatment result as JSON to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption importArticles(
        QStringLiteral("import-articles"),
        CommandLineText::tr("Import a Markdown file or a folder of "
                            "them into the library."),
        QStringLiteral("PATH"));
    const QCommandLineOption noteTag(
        QStringLiteral("tag"), CommandLineText::tr("With --notes: only the notes tagged NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption checkIn(QStringLiteral("check-in"),
                                     CommandLineText::tr("Open the window with today's check-in."));
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        CommandLineText::tr(
            "With a job: wait up to SECONDS (0-3600, default 20) while the window or "
            "another job has the journal open."),
        QStringLiteral("SECONDS"));
    parser.addOptions({help,      version, dataDir, exportPdf,    notes,
                       report,    from,    to,      exportCsv,    csvLayout,
                       importCsv, backup,  restore, insightsJson, importArticles,
                       checkIn,   noteTag, wait,    map,          importHealth});

    CommandLineResult result;
    if (!parser.parse(arguments)) {
        result.action = CommandLineResult::Action::Fail;
        result.text = parser.errorText() + QStringLiteral("\nTry --help.");
        return result;
    }
    if (parser.isSet(help)) {
        result.action = CommandLineResult::Action::ShowText;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLineResult::Action::ShowText;
        result.text = QStringLiteral("%1 %2\n").arg(AppInfo::executableName(), AppInfo::version());
        return result;
    }
    auto fail = [&result](const QString &message) {
        result.action = CommandLineResult::Action::Fail;
        result.text = message;
        return result;
    };
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLineText::tr("Unexpected argument \"%1\". Try --help.")
                        .arg(parser.positionalArguments().first()));

    CommandLine &o = result.options;
    o.dataDir = parser.value(dataDir);
    o.exportPdf = parser.value(exportPdf);
    o.notes = parser.isSet(notes);
    o.report = parser.isSet(report);
    o.exportCsv = parser.value(exportCsv);
    o.csvLayout = parser.value(csvLayout);
    o.importCsv = parser.value(importCsv);
    o.importHealth = parser.value(importHealth);
    o.backup = parser.value(backup);
    o.restore = parser.value(restore);
    o.insightsJson = parser.value(insightsJson);
    o.importArticles = parser.value(importArticles);
    o.checkIn = parser.isSet(checkIn);
    o.noteTag = parser.value(noteTag).simplified();

    for (const Result &date : {parseDate(parser.value(from), QStringLiteral("from"), &o.from),
                               parseDate(parser.value(to), QStringLiteral("to"), &o.to)})
        if (!date)
            return fail(date.message());
    if (o.from.isValid() && o.to.isValid() && o.from > o.to)
        return fail(CommandLineText::tr("--from (%1) is after --to (%2).")
                        .arg(o.from.toString(Qt::ISODate), o.to.toString(Qt::ISODate)));
    if (!o.exportPdf.isEmpty() && o.notes == o.report)
        return fail(CommandLineText::tr("--export-pdf needs exactly one of --notes or --report."));
    if (o.exportPdf.isEmpty() && (o.notes || o.report))
        return fail(CommandLineText::tr("--notes and --report go with --export-pdf FILE."));
    if (parser.isSet(noteTag) && !o.notes)
        return fail(CommandLineText::tr("--tag goes with --export-pdf FILE --notes."));
    if (parser.isSet(noteTag) && o.noteTag.isEmpty())
        return fail(CommandLineText::tr("--tag needs the name of a tag."));
    if (o.csvLayout != u"long" && o.csvLayout != u"wide")
        return fail(
            CommandLineText::tr("--csv-layout is long or wide (got \"%1\").").arg(o.csvLayout));
    const int jobs = int(!o.exportPdf.isEmpty()) + int(!o.exportCsv.isEmpty()) +
                     int(!o.importCsv.isEmpty()) + int(!o.backup.isEmpty()) +
                     int(!o.restore.isEmpty()) + int(!o.insightsJson.isEmpty()) +
                     int(!o.importArticles.isEmpty()) + int(!o.importHealth.isEmpty());
    if (jobs > 1)
        return fail(
            CommandLineText::tr("Give one job at a time (export, import, backup or restore)."));
    if (jobs == 1 && o.checkIn)
        return fail(CommandLineText::tr("--check-in opens the window; it does not go with a job."));
    for (const QString &mapping : parser.values(map)) {
        const qsizetype equals = mapping.lastIndexOf(QLatin1Char('='));
        const QString name = mapping.left(equals).trimmed();
        const QString key = equals < 0 ? QString() : mapping.mid(equals + 1).trimmed();
        if (name.isEmpty() || key.isEmpty())
            return fail(CommandLineText::tr("--map takes NAME=KEY, a name in the file and the "
                                            "symptom or treatment it stands for (got \"%1\").")
                            .arg(mapping.left(200)));
        o.csvMappings.append({name, key});
    }
    if (!o.csvMappings.isEmpty() && o.importCsv.isEmpty())
        return fail(CommandLineText::tr("--map goes with --import-csv FILE."));
    if (parser.isSet(wait)) {
        bool ok = false;
        o.waitSeconds = parser.value(wait).toInt(&ok);
        if (!ok || o.waitSeconds < 0 || o.waitSeconds > 3600)
            return fail(
                CommandLineText::tr("--wait is a number of seconds from 0 to 3600 (got \"%1\").")
                    .arg(parser.value(wait)));
        if (jobs == 0)
            return fail(CommandLineText::tr("--wait goes with a job (an export, import, backup or "
                                            "restore)."));
    }
    return result;
}

} // namespace fc
