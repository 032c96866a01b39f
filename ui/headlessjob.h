#pragma once

#include "core/commandline.h"

#include <QObject>

namespace fc {

class AppContext;
class PdfPrinter;
struct JobResult;

// Runs one command-line job without a window and reports an exit status:
// 0 done, 1 failed (with a message on stderr).
class HeadlessJob : public QObject
{
    Q_OBJECT
public:
    HeadlessJob(AppContext *context, const CommandLine &options, QObject *parent = nullptr);

    void start();

signals:
    void finished(int exitCode);

private:
    void succeed(const QString &message);
    void fail(const QString &message);
    void exportPdf();
    void writeInsightsJson();
    void exportReport();
    void finishWith(const JobResult &result);

    AppContext *m_context;
    CommandLine m_options;
};

} // namespace fc
