// Reading a 10 MB CSV file as an import would: quoted fields, commas and line breaks inside
// quotes, non-ASCII text. And planning the import of a 50 MB file that is bad on every line.
#include "export/csvimport.h"
#include "export/csvimportplan.h"
#include "export/csvreader.h"
#include "journal/journalstore.h"
#include "support/benchmark.h"
#include "support/processstats.h"

#include <QTemporaryDir>

FC_BENCHMARK(csvRead)
{
    const QString row = QStringLiteral("2024-03-%1,\"pain, widespread\",\"said \"\"ouch\"\"\n"
                                       "woke at 4\",7,Müdigkeit 😴,plain text note\r\n");
    QByteArray data("date,symptoms,note,score,other,extra\r\n");
    for (int day = 0; data.size() < qsizetype(10) * 1024 * 1024; ++day)
        data += row.arg(day % 28 + 1, 2, 10, QLatin1Char('0')).toUtf8();
    qsizetype rows = 0;
    qint64 peakGrowthKb = 0;
    fc::bench::Row &r = bench.measure(
        QStringLiteral("csv: read %1 MB").arg(double(data.size()) / 1024 / 1024, 0, 'f', 1), 10,
        [&] {
            const qint64 before = fc::bench::residentKb();
            fc::bench::resetPeakResident();
            const fc::CsvTable table = fc::readCsv(data);
            rows = table.rows.size();
            peakGrowthKb = std::max(peakGrowthKb, fc::bench::peakResidentKb() - before);
        });
    r.memory = QStringLiteral("+%1 peak, %2 rows").arg(fc::bench::formatKb(peakGrowthKb)).arg(rows);
}

// The flood of #14: a 50 MB file with a problem on every line, planned as an import would. Rows
// are streamed, so memory holds the file, the first problems and a count of the rest.
FC_BENCHMARK(csvImportFlood)
{
    QTemporaryDir dir;
    fc::JournalStore store;
    if (const fc::Result outcome = store.open(dir.filePath(QStringLiteral("journal.sqlite")));
        !outcome) {
        qWarning("csv flood: cannot open a journal: %s", qPrintable(outcome.message()));
        return;
    }
    QByteArray data("date,Pain\n");
    while (data.size() < qsizetype(50) * 1024 * 1024)
        data += "someday,x\n";
    qint64 problems = 0;
    qint64 peakGrowthKb = 0;
    fc::bench::Row &r =
        bench.measure(QStringLiteral("csv: plan a %1 MB file bad on every line")
                          .arg(double(data.size()) / 1024 / 1024, 0, 'f', 0),
                      3, [&] {
                          const qint64 before = fc::bench::residentKb();
                          fc::bench::resetPeakResident();
                          const fc::CsvImportPlan plan = fc::CsvImport::plan(data, store);
                          problems = plan.errorCount();
                          peakGrowthKb =
                              std::max(peakGrowthKb, fc::bench::peakResidentKb() - before);
                      });
    r.memory = QStringLiteral("+%1 peak, %L2 problems")
                   .arg(fc::bench::formatKb(peakGrowthKb))
                   .arg(problems);
}
