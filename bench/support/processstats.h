#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <sys/types.h>

namespace fc::bench {

// Resident memory figures from /proc, in KiB.
qint64 residentKb(pid_t pid = 0);     // VmRSS; 0 = this process
qint64 peakResidentKb(pid_t pid = 0); // VmHWM
// Lets the next peakResidentKb() of this process measure from now (Linux clear_refs "5").
void resetPeakResident();
// The process and every descendant, e.g. WebEngine's zygote, renderer and GPU processes.
QVector<pid_t> processTree(pid_t root);
qint64 treePeakResidentKb(pid_t root);
// Proportional set size now (shared pages divided among the processes sharing them), summed
// over the tree: what the app costs the machine, without counting a shared library twice.
qint64 treeProportionalKb(pid_t root);

QString formatKb(qint64 kb);

struct ProcessRun
{
    double wallMs = 0;
    qint64 peakTreeKb = 0; // sum over the tree of each process's VmHWM
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Starts program, polls its process tree's peak memory until it exits, and times it. Standard
// output and error are kept for the caller to check.
ProcessRun runProcess(const QString &program, const QStringList &args, const QString &workDir);

// runProcess() with FC_BENCH_T0_NS set to the steady-clock moment just before the start, for a
// program that reports times of its own from then (the startup probe). Its output's fields, split
// at spaces, are in `fields`; a run whose exit status is not 0 or whose output has fewer than
// minFields fields is an error, described in *error.
struct TimedRun
{
    ProcessRun run;
    QList<QByteArray> fields;
};
bool runTimedProcess(const QString &program, const QStringList &args, const QString &workDir,
                     int minFields, TimedRun *result, QString *error);

} // namespace fc::bench
