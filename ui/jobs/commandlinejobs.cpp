#include "ui/jobs/commandlinejobs.h"

#include "core/commandline.h"
#include "ui/jobs/articleimportjob.h"
#include "ui/jobs/backupjobs.h"
#include "ui/jobs/csvjobs.h"
#include "ui/jobs/healthjob.h"
#include "ui/jobs/insightsjob.h"
#include "ui/jobs/notespdfjob.h"
#include "ui/jobs/reportjob.h"

namespace fc {

namespace {

// A job that is done when it returns.
template<JobResult (*job)(AppContext *, const CommandLine &)>
void now(AppContext *context, const CommandLine &options, QObject *, const JobDone &done)
{
    done(job(context, options));
}

void reportPdf(AppContext *context, const CommandLine &options, QObject *owner, const JobDone &done)
{
    auto *job = new ReportJob(context, owner);
    QObject::connect(job, &ReportJob::finished, owner, [job, done](const JobResult &result) {
        job->deleteLater();
        done(result);
    });
    job->start(options.exportPdf, options.from, options.to);
}

} // namespace

const QVector<CommandLineJob> &commandLineJobs()
{
    static const QVector<CommandLineJob> jobs{
        {"--export-pdf --report",
         [](const CommandLine &o) { return !o.exportPdf.isEmpty() && o.report; }, reportPdf},
        {"--export-pdf --notes",
         [](const CommandLine &o) { return !o.exportPdf.isEmpty() && !o.report; }, notesPdfJob},
        {"--import-articles", [](const CommandLine &o) { return !o.importArticles.isEmpty(); },
         now<importArticlesJob>},
        {"--export-csv", [](const CommandLine &o) { return !o.exportCsv.isEmpty(); },
         now<exportCsvJob>},
        {"--import-csv", [](const CommandLine &o) { return !o.importCsv.isEmpty(); },
         now<importCsvJob>},
        {"--import-health", [](const CommandLine &o) { return !o.importHealth.isEmpty(); },
         now<importHealthJob>},
        {"--backup", [](const CommandLine &o) { return !o.backup.isEmpty(); }, now<backupJob>},
        {"--restore", [](const CommandLine &o) { return !o.restore.isEmpty(); }, now<restoreJob>},
        {"--insights-json", [](const CommandLine &o) { return !o.insightsJson.isEmpty(); },
         now<insightsJsonJob>},
    };
    return jobs;
}

} // namespace fc
