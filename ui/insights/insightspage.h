#pragma once

#include <QWebEnginePage>

namespace fc {

// The Insights view's page: its own fibro://app/insights pages load in place, a link to an
// article is handed to the library, and nothing else is followed.
class InsightsPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using QWebEnginePage::QWebEnginePage;

signals:
    void articleRequested(const QString &slug);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace fc
