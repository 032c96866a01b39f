#include "ui/export/healthimportdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

namespace fc {

namespace {

struct HealthReadText
{
    Q_DECLARE_TR_FUNCTIONS(fc::HealthImportDialog)
};

constexpr int kSteps = 1000;

} // namespace

Expected<HealthData> readHealthExportWithProgress(const QString &path, QWidget *parent)
{
    return readHealthExportWithProgress(
        path, parent, [](const QString &file, const HealthImport::Progress &progress) {
            return HealthImport::read(file, progress);
        });
}

Expected<HealthData> readHealthExportWithProgress(const QString &path, QWidget *parent,
                                                  const HealthReader &read)
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
    std::optional<Expected<HealthData>> result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = read(path, [&](qint64 d, qint64 t) {
            done = d;
            total = t;
            return !cancelled.load();
        });
    }));

    QProgressDialog progress(HealthReadText::tr("Reading %1…").arg(QFileInfo(path).fileName()),
                             HealthReadText::tr("Cancel"), 0, kSteps, parent);
    progress.setWindowTitle(HealthReadText::tr("Import health data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        const qint64 t = total.load();
        if (t > 0)
            progress.setValue(int(std::min<qint64>(kSteps, done.load() * kSteps / t)));
        if (progress.wasCanceled())
            cancelled = true;
    });
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(100);
    worker->start();
    loop.exec();
    poll.stop();
    progress.close();
    worker->wait();
    if (!result)
        return fail(
            HealthReadText::tr("%1 could not be read.").arg(QDir::toNativeSeparators(path)));
    return *std::move(result);
}

} // namespace fc
