#include "articles/backgroundindexer.h"

#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcIndexer, "fc.articles.indexer")

namespace fc {

BackgroundIndexer::BackgroundIndexer(QObject *parent)
    : QObject(parent)
{}

BackgroundIndexer::~BackgroundIndexer()
{
    stop();
}

void BackgroundIndexer::start(const QString &indexPath, const IndexPlan &plan)
{
    stop();
    m_stopRequested = false;
    m_running = true;
    m_thread.reset(QThread::create([this, indexPath, plan] { run(indexPath, plan); }));
    m_thread->setObjectName(QStringLiteral("fc-indexer"));
    QThread *thread = m_thread.get();
    connect(thread, &QThread::finished, this, [this, thread] {
        // Deleted on the next event loop turn, not inside its own signal.
        if (m_thread.get() == thread)
            m_thread.release()->deleteLater();
    });
    m_thread->start(QThread::LowPriority);
}

void BackgroundIndexer::stop()
{
    if (!m_thread)
        return;
    m_stopRequested = true;
    m_thread->wait();
    m_thread.reset();
    m_running = false;
}

void BackgroundIndexer::run(const QString &indexPath, const IndexPlan &plan)
{
    const int total = int(plan.toIndex.size());
    auto report = [this](auto &&fn) {
        QMetaObject::invokeMethod(this, std::forward<decltype(fn)>(fn), Qt::QueuedConnection);
    };
    Result outcome;
    {
        ArticleIndex writer(indexPath);
        outcome = writer.open();
        if (outcome)
            outcome = writer.apply({}, plan.toRemove);
        int done = 0;
        while (outcome && done < total && !m_stopRequested) {
            const int count = std::min(batchSize, total - done);
            outcome = writer.apply(plan.toIndex.mid(done, count), {});
            done += count;
            report([this, done, total] { emit progress(done, total); });
        }
        if (outcome && m_stopRequested && done < total) {
            qCInfo(lcIndexer) << "stopped after" << done << "of" << total;
            return; // the next start carries on from the index as it is
        }
    }
    const bool ok = outcome.ok();
    const QString error = outcome.message();
    qCInfo(lcIndexer) << "indexed" << total << "articles" << (ok ? "" : "with an error:") << error;
    report([this, ok, error] {
        m_running = false;
        emit finished(ok, error);
    });
}

} // namespace fc
