#pragma once

// Reading a WebEngine page from a test: its HTML, its text, a script's result in the
// application world, and waiting for a load. Each waits for WebEngine's asynchronous answer.

#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QtTest>
#include <functional>

namespace fc::test {

namespace detail {

template<typename T>
T awaitAnswer(const std::function<void(const std::function<void(const T &)> &)> &ask,
              const char *what)
{
    T result{};
    bool done = false;
    ask([&](const T &answer) {
        result = answer;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("%s did not arrive", what);
    return result;
}

} // namespace detail

inline QString pageHtml(QWebEnginePage *page)
{
    return detail::awaitAnswer<QString>([page](const auto &done) { page->toHtml(done); },
                                        "page HTML");
}

inline QString pageText(QWebEnginePage *page)
{
    return detail::awaitAnswer<QString>([page](const auto &done) { page->toPlainText(done); },
                                        "page text");
}

inline QVariant runScript(QWebEnginePage *page, const QString &script)
{
    return detail::awaitAnswer<QVariant>(
        [page, &script](const auto &done) {
            page->runJavaScript(script, QWebEngineScript::ApplicationWorld, done);
        },
        "script result");
}

// True when the page's next load finishes and succeeds.
inline bool waitForLoad(QWebEnginePage *page, int timeoutMs = 30000)
{
    QSignalSpy spy(page, &QWebEnginePage::loadFinished);
    return spy.wait(timeoutMs) && spy.first().first().toBool();
}

} // namespace fc::test
