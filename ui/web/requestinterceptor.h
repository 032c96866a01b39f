#pragma once

#include <QWebEngineUrlRequestInterceptor>
#include <atomic>

namespace fc {

// Blocks every request that is not for the app's own scheme, whatever a page asks for. Counts
// what it blocked so tests can prove nothing left the app.
class RequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int blockedCount() const { return m_blocked.load(); }
    int allowedCount() const { return m_allowed.load(); }

private:
    // interceptRequest runs on Chromium's IO thread.
    std::atomic<int> m_blocked{0};
    std::atomic<int> m_allowed{0};
};

} // namespace fc
