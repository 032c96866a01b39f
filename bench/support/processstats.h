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

} // namespace fc::bench
