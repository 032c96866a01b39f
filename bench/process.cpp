// The whole app as a user starts it: --version, a headless notes PDF export, and the window up
// to the first article shown. Times are wall clock from fork to exit (or to the first page);
// memory is the sum of peak resident memory (VmHWM) over the process and its WebEngine children.
#include "support/benchmark.h"
#include "support/processstats.h"

#include <QDir>
#include <QFile>
#include <chrono>
#include <cstdio>

namespace {

bool usable(fc::bench::Bench &bench, const QString &path, const char *option)
{
    if (!path.isEmpty() && QFile::exists(path))
        return true;
    bench.fail(QStringLiteral("--%1 was not given or does not exist").arg(QLatin1String(option)));
    return false;
}

} // namespace

FC_BENCHMARK(processStartup)
{
    const fc::bench::Environment &env = bench.env();
    if (!usable(bench, env.appPath, "app"))
        return;
    QVector<double> samples;
    qint64 peak = 0;
    std::fprintf(stderr, "  fibro-companion --version (10 runs)\n");
    for (int i = 0; i < 10; ++i) {
        const fc::bench::ProcessRun run =
            fc::bench::runProcess(env.appPath, {QStringLiteral("--version")}, env.workDir);
        if (run.exitCode != 0) {
            bench.fail(QStringLiteral("--version failed: ") + QString::fromLocal8Bit(run.err));
            return;
        }
        samples << run.wallMs;
        peak = std::max(peak, run.peakTreeKb);
    }
    bench.addSamples(QStringLiteral("process: fibro-companion --version"), samples).memory =
        fc::bench::formatKb(peak) + QStringLiteral(" peak RSS");
}

FC_BENCHMARK(processExportPdf)
{
    const fc::bench::Environment &env = bench.env();
    if (!usable(bench, env.appPath, "app") || !usable(bench, env.seedPath, "seed"))
        return;
    const QString data = env.workDir + QStringLiteral("/export-data");
    const fc::bench::ProcessRun seed =
        fc::bench::runProcess(env.seedPath, {data, QStringLiteral("20")}, env.workDir);
    if (seed.exitCode != 0) {
        bench.fail(QStringLiteral("fc-seed-journal failed: ") + QString::fromLocal8Bit(seed.err));
        return;
    }
    const QString pdf = env.workDir + QStringLiteral("/notes.pdf");
    QVector<double> samples;
    qint64 peak = 0;
    std::fprintf(stderr, "  --export-pdf --notes, 20 notes (5 runs)\n");
    for (int i = 0; i < 5; ++i) {
        QFile::remove(pdf);
        const fc::bench::ProcessRun run =
            fc::bench::runProcess(env.appPath,
                                  {QStringLiteral("--data-dir"), data,
                                   QStringLiteral("--export-pdf"), pdf, QStringLiteral("--notes")},
                                  env.workDir);
        if (run.exitCode != 0 || !QFile::exists(pdf)) {
            bench.fail(QStringLiteral("export failed: ") + QString::fromLocal8Bit(run.err));
            return;
        }
        samples << run.wallMs;
        peak = std::max(peak, run.peakTreeKb);
    }
    bench.addSamples(QStringLiteral("process: --export-pdf --notes (20 notes)"), samples).memory =
        fc::bench::formatKb(peak) + QStringLiteral(" peak RSS, tree");
}

FC_BENCHMARK(processFirstArticle)
{
    const fc::bench::Environment &env = bench.env();
    if (!usable(bench, env.probePath, "probe"))
        return;
    const QString data = env.workDir + QStringLiteral("/window-data");
    QVector<double> samples;
    qint64 peak = 0;
    std::fprintf(stderr, "  window up to the first article shown (5 runs)\n");
    for (int i = 0; i < 5; ++i) {
        const auto t0 = std::chrono::steady_clock::now().time_since_epoch();
        qputenv("FC_BENCH_T0_NS",
                QByteArray::number(
                    qlonglong(std::chrono::duration_cast<std::chrono::nanoseconds>(t0).count())));
        const fc::bench::ProcessRun run = fc::bench::runProcess(env.probePath, {data}, env.workDir);
        qunsetenv("FC_BENCH_T0_NS");
        // The probe prints "<ms to first article> <KiB peak of its tree at that moment>".
        const QList<QByteArray> fields = run.out.trimmed().split(' ');
        if (run.exitCode != 0 || fields.size() != 2) {
            bench.fail(QStringLiteral("startup probe failed (%1): %2")
                           .arg(run.exitCode)
                           .arg(QString::fromLocal8Bit(run.out + run.err)));
            return;
        }
        samples << fields[0].toDouble();
        peak = std::max({peak, fields[1].toLongLong(), run.peakTreeKb});
    }
    bench.addSamples(QStringLiteral("process: start to first article shown"), samples).memory =
        fc::bench::formatKb(peak) + QStringLiteral(" peak RSS, tree");
}
