// fc-bench: runs every registered benchmark case and prints one table. Started by the `bench`
// build target, which passes the programs the process benchmarks need.
#include "benchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <cmath>
#include <cstdio>

namespace {

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown CPU");
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown CPU");
}

QString memTotal()
{
    QFile file(QStringLiteral("/proc/meminfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QByteArray first = file.readLine();
    const double kb = first.mid(first.indexOf(':') + 1).trimmed().split(' ').first().toDouble();
    return QStringLiteral("%1 GiB").arg(kb / 1024.0 / 1024.0, 0, 'f', 1);
}

QString ms(double v)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    return QString::number(v, 'f', v < 10 ? 3 : 1);
}

void printTable(const QVector<fc::bench::Row> &rows)
{
    int width = 9;
    int memoryWidth = 6;
    for (const fc::bench::Row &r : rows) {
        width = std::max(width, int(r.name.size()));
        memoryWidth = std::max(memoryWidth, int(r.memory.size()));
    }
    std::printf("\n%s\n", qPrintable(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                                         .arg(QStringLiteral("Benchmark"), -width)
                                         .arg(QStringLiteral("Runs"), 4)
                                         .arg(QStringLiteral("Median ms"), 10)
                                         .arg(QStringLiteral("p95 ms"), 10)
                                         .arg(QStringLiteral("Memory"), -memoryWidth)));
    std::printf("|%s|------|------------|------------|%s|\n", qPrintable(QString(width + 2, u'-')),
                qPrintable(QString(memoryWidth + 2, u'-')));
    for (const fc::bench::Row &r : rows)
        std::printf("%s\n", qPrintable(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                                           .arg(r.name, -width)
                                           .arg(r.samplesMs.size(), 4)
                                           .arg(ms(r.median()), 10)
                                           .arg(ms(r.p95()), 10)
                                           .arg(r.memory, -memoryWidth)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fibro Companion benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("fibro-companion"),
                                       QStringLiteral("path"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("fc-seed-journal"),
                                        QStringLiteral("path"));
    const QCommandLineOption probeOption(
        QStringLiteral("probe"), QStringLiteral("fc-startup-probe"), QStringLiteral("path"));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
                                          QStringLiteral("run only cases whose id matches"),
                                          QStringLiteral("regex"));
    parser.addOptions({appOption, seedOption, probeOption, filterOption});
    parser.process(app);

    // The processes started are measured headless unless the caller chose a platform.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    qputenv("QT_LOGGING_RULES", "*.debug=false;qt.*=false;fc.*.info=false");

    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/fc-bench-XXXXXX"));
    if (!work.isValid()) {
        std::fprintf(stderr, "cannot create a scratch folder\n");
        return 1;
    }
    const fc::bench::Environment env{parser.value(appOption), parser.value(seedOption),
                                     parser.value(probeOption), work.path()};
    const QRegularExpression filter(parser.value(filterOption));
    fc::bench::Bench bench(env);

    std::fprintf(stderr, "Machine: %d cores, %s, %s RAM\n", QThread::idealThreadCount(),
                 qPrintable(cpuModel()), qPrintable(memTotal()));
    for (const fc::bench::Case &c : fc::bench::registeredCases()) {
        if (!filter.match(QString::fromLatin1(c.name)).hasMatch())
            continue;
        std::fprintf(stderr, "%s\n", c.name);
        c.run(bench);
    }
    std::printf("Machine: %d cores, %s, %s RAM; %s\n", QThread::idealThreadCount(),
                qPrintable(cpuModel()), qPrintable(memTotal()),
                qPrintable(QSysInfo::prettyProductName()));
    printTable(bench.rows());
    for (const QString &failure : bench.failures())
        std::printf("FAILED: %s\n", qPrintable(failure));
    return bench.failures().isEmpty() ? 0 : 1;
}
