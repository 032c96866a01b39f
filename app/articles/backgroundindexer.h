#pragma once

#include "articles/articleindex.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace fc {

// Builds the search index in a worker thread when a start finds many articles to index (the
// first start after importing a large folder), so the window is usable at once. The worker
// opens its own connection to the index file and is its only writer while it runs; the window's
// connection only searches meanwhile and finds the articles indexed so far. Work is committed in
// batches, so stopping half-way (quitting the app) keeps what was done.
class BackgroundIndexer : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundIndexer(QObject *parent = nullptr);
    ~BackgroundIndexer() override;

    void start(const QString &indexPath, const IndexPlan &plan);
    bool isRunning() const { return m_running; }
    // Asks the worker to stop after its current batch and waits for it.
    void stop();

    static constexpr int batchSize = 100;

signals:
    void progress(int done, int total);
    // ok is false when a batch could not be written; error says what and where.
    void finished(bool ok, const QString &error);

private:
    void run(const QString &indexPath, const IndexPlan &plan);

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stopRequested{false};
    bool m_running = false; // main thread only
};

} // namespace fc
