#include "ui/jobs/healthjob.h"

#include "core/commandline.h"
#include "export/healthimport.h"
#include "ui/appcontext.h"

#include <QDir>
#include <cstdio>

namespace fc {

JobResult importHealthJob(AppContext *context, const CommandLine &options)
{
    const QString shown = QDir::toNativeSeparators(options.importHealth);
    if (!context->journal().isOpen())
        return {false, JobText::tr("The journal is not open, so nothing was imported.")};
    int lastTenth = -1;
    const Expected<HealthData> data =
        HealthImport::read(options.importHealth, [&](qint64 done, qint64 total) {
            const int tenth = total > 0 ? int(std::min<qint64>(10, done * 10 / total)) : -1;
            if (tenth > lastTenth) {
                lastTenth = tenth;
                std::fprintf(stderr, "%s\n",
                             qPrintable(JobText::tr("Reading %1: %2%").arg(shown).arg(tenth * 10)));
            }
            return true;
        });
    if (!data)
        return {false, data.message()};
    QString report = JobText::tr("%1 (%2): %3").arg(shown, data->format, data->summary());
    for (const QString &remark : data->remarks)
        report += QStringLiteral("\n  ") + remark;
    if (data->days.isEmpty())
        return {true, report + u'\n' + JobText::tr("Nothing to import.")};
    const Expected<MeasureWrite> written = HealthImport::apply(*data, context->journal());
    if (!written)
        return {false, JobText::tr("%1 was not imported: %2").arg(shown, written.message())};
    return {true,
            report + u'\n' +
                JobText::tr("Imported: %1 day values added, %2 changed, %3 already in the journal.")
                    .arg(written->added)
                    .arg(written->changed)
                    .arg(written->unchanged)};
}

} // namespace fc
