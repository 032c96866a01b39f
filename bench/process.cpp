// The whole app as a user starts it: --version, a headless notes PDF export, and the window up
// to the first article shown. Times are wall clock from fork to exit (or to the first page);
// memory is the sum of peak resident memory (VmHWM) over the process and its WebEngine children.
#include "support/benchmark.h"
#include "support/processstats.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cstdio>

namespace {

bool usable(fc::bench::Bench &bench, const QString &path, const char *option)
{
    if (!path.isEmpty() && QFile::exists(path))
        return true;
    bench.fail(QStringLiteral("--%1 was not given or does not exist").arg(QLatin1String(option)));
    return false;
}

// Five runs of the startup probe on the window's data folder; the probe prints
// "<ms> <KiB peak of its tree at that moment>". One table row, named `name`.
void probeRow(fc::bench::Bench &bench, const QStringList &modeArgs, const QString &name)
{
    const fc::bench::Environment &env = bench.env();
    if (!usable(bench, env.probePath, "probe"))
        return;
    const QStringList args = QStringList{env.workDir + QStringLiteral("/window-data")} + modeArgs;
    QVector<double> samples;
    qint64 peak = 0;
    std::fprintf(stderr, "  %s (5 runs)\n", qPrintable(name));
    for (int i = 0; i < 5; ++i) {
        fc::bench::TimedRun timed;
        QString error;
        if (!fc::bench::runTimedProcess(env.probePath, args, env.workDir, 2, &timed, &error)) {
            bench.fail(error);
            return;
        }
        samples << timed.fields[0].toDouble();
        peak = std::max({peak, timed.fields[1].toLongLong(), timed.run.peakTreeKb});
    }
    bench.addSamples(name, samples).memory =
        fc::bench::formatKb(peak) + QStringLiteral(" peak RSS, tree");
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
    probeRow(bench, {}, QStringLiteral("process: start to first article shown"));
}

// The daily check-in: the window up on Today, or straight into the check-in, with no web engine
// (its views are made when a web page is first needed). Memory is the tree's PSS a second after
// the window is up.
FC_BENCHMARK(processTodayStart)
{
    const fc::bench::Environment &env = bench.env();
    if (!usable(bench, env.probePath, "probe") || !usable(bench, env.seedPath, "seed"))
        return;
    const QString data = env.workDir + QStringLiteral("/today-data");
    const fc::bench::ProcessRun seed = fc::bench::runProcess(
        env.seedPath, {data, QStringLiteral("3"), QStringLiteral("120")}, env.workDir);
    if (seed.exitCode != 0) {
        bench.fail(QStringLiteral("fc-seed-journal failed: ") + QString::fromLocal8Bit(seed.err));
        return;
    }
    const std::pair<QString, QString> modes[] = {
        {QStringLiteral("--today"), QStringLiteral("process: window shown on Today")},
        {QStringLiteral("--check-in"), QStringLiteral("process: window shown with the check-in")}};
    for (const auto &[mode, name] : modes) {
        QVector<double> samples;
        QVector<qint64> pss;
        std::fprintf(stderr, "  %s, a 120-day journal (1 + 7 runs)\n", qPrintable(mode));
        for (int i = 0; i < 8; ++i) {
            fc::bench::TimedRun timed;
            QString error;
            // "<ms to the window exposed> <KiB PSS of the tree 1 s later> <web processes>"
            if (!fc::bench::runTimedProcess(env.probePath, {data, mode}, env.workDir, 3, &timed,
                                            &error)) {
                bench.fail(error);
                return;
            }
            if (timed.fields[2].toInt() != 0)
                bench.fail(QStringLiteral("%1 started the web engine").arg(mode));
            if (i == 0)
                continue; // the first run fills the file cache
            samples << timed.fields[0].toDouble();
            pss << timed.fields[1].toLongLong();
        }
        std::sort(pss.begin(), pss.end());
        bench.addSamples(name, samples).memory =
            fc::bench::formatKb(pss[pss.size() / 2]) + QStringLiteral(" PSS, tree");
    }
}

// What the engine's later start costs: a Today start, then the Library half a second after the
// window is up, timed from the switch to the last article shown. Compare with "start to first
// article shown", where the engine starts with the window.
FC_BENCHMARK(processTodayThenLibrary)
{
    probeRow(bench, {QStringLiteral("--today-library")},
             QStringLiteral("process: Today, then Library to article shown"));
}
