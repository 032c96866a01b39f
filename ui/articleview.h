#pragma once

#include <QWebEnginePage>
#include <QWebEngineView>

namespace fc {

// Keeps every navigation inside the app: fibro:// pages load, links to the outside are handed to
// the window (which asks before opening the system browser), anything else is dropped.
class ReaderPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using QWebEnginePage::QWebEnginePage;

signals:
    void externalLinkRequested(const QUrl &url);
    // A "Track this treatment" link (fibro://app/track/<key>) was clicked.
    void trackTreatmentRequested(const QString &treatmentKey);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

class ArticleView : public QWebEngineView
{
    Q_OBJECT
public:
    explicit ArticleView(QWebEngineProfile *profile, QWidget *parent = nullptr);

    ReaderPage *readerPage() const { return m_page; }

private:
    ReaderPage *m_page;
};

} // namespace fc
