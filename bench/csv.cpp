// Reading a 10 MB CSV file as an import would: quoted fields, commas and line breaks inside
// quotes, non-ASCII text.
#include "export/csvreader.h"
#include "support/benchmark.h"
#include "support/processstats.h"

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
