#include "processstats.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fc::bench {

namespace {

QString procPath(pid_t pid, const char *file)
{
    return pid == 0 ? QStringLiteral("/proc/self/%1").arg(QLatin1String(file))
                    : QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file));
}

qint64 statusField(pid_t pid, const QByteArray &field)
{
    QFile file(procPath(pid, "status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// The parent pid from /proc/<pid>/stat; the command name may hold spaces and parentheses.
pid_t parentOf(const QString &pidName)
{
    QFile file(QStringLiteral("/proc/") + pidName + QStringLiteral("/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? static_cast<pid_t>(fields[1].toInt()) : -1;
}

} // namespace

qint64 residentKb(pid_t pid)
{
    return statusField(pid, "VmRSS");
}

qint64 peakResidentKb(pid_t pid)
{
    return statusField(pid, "VmHWM");
}

void resetPeakResident()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

QVector<pid_t> processTree(pid_t root)
{
    QHash<pid_t, QVector<pid_t>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const auto pid = static_cast<pid_t>(entry.toInt(&numeric));
        if (numeric)
            children[parentOf(entry)].append(pid);
    }
    QVector<pid_t> tree{root};
    for (qsizetype i = 0; i < tree.size(); ++i)
        tree += children.value(tree[i]);
    return tree;
}

qint64 treePeakResidentKb(pid_t root)
{
    qint64 total = 0;
    for (pid_t pid : processTree(root))
        total += peakResidentKb(pid);
    return total;
}

qint64 treeProportionalKb(pid_t root)
{
    qint64 total = 0;
    for (pid_t pid : processTree(root)) {
        QFile file(procPath(pid, "smaps_rollup"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith("Pss:"))
                total += line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    return total;
}

QString formatKb(qint64 kb)
{
    if (kb >= 10 * 1024)
        return QStringLiteral("%1 MiB").arg(double(kb) / 1024.0, 0, 'f', 0);
    if (kb >= 1024)
        return QStringLiteral("%1 MiB").arg(double(kb) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 KiB").arg(kb);
}

ProcessRun runProcess(const QString &program, const QStringList &args, const QString &workDir)
{
    ProcessRun run;
    QTemporaryFile out(workDir + QStringLiteral("/out-XXXXXX"));
    QTemporaryFile err(workDir + QStringLiteral("/err-XXXXXX"));
    if (!out.open() || !err.open())
        return run;
    QList<QByteArray> argv8{QFile::encodeName(program)};
    for (const QString &a : args)
        argv8 << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argv8)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out.handle(), STDOUT_FILENO);
        dup2(err.handle(), STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    if (pid < 0)
        return run;
    QHash<pid_t, qint64> peaks;
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        for (pid_t p : processTree(pid))
            peaks[p] = std::max(peaks.value(p), peakResidentKb(p));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    run.wallMs = took.count();
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    // The main process's own peak is exact from rusage even when it ran between two polls.
    peaks[pid] = std::max<qint64>(peaks.value(pid), usage.ru_maxrss);
    for (qint64 kb : std::as_const(peaks))
        run.peakTreeKb += kb;
    out.seek(0);
    err.seek(0);
    run.out = out.readAll();
    run.err = err.readAll();
    return run;
}

bool runTimedProcess(const QString &program, const QStringList &args, const QString &workDir,
                     int minFields, TimedRun *result, QString *error)
{
    const auto t0 = std::chrono::steady_clock::now().time_since_epoch();
    qputenv("FC_BENCH_T0_NS",
            QByteArray::number(
                qlonglong(std::chrono::duration_cast<std::chrono::nanoseconds>(t0).count())));
    result->run = runProcess(program, args, workDir);
    qunsetenv("FC_BENCH_T0_NS");
    result->fields = result->run.out.trimmed().split(' ');
    if (result->run.exitCode == 0 && result->fields.size() >= minFields)
        return true;
    *error = QStringLiteral("%1 %2 failed (%3): %4")
                 .arg(QFileInfo(program).fileName(), args.join(u' '))
                 .arg(result->run.exitCode)
                 .arg(QString::fromLocal8Bit(result->run.out + result->run.err).left(2000));
    return false;
}

} // namespace fc::bench
