#pragma once

#include <QWebEngineUrlSchemeHandler>

namespace fc {

class ContentProvider;

// Must run before QApplication exists: Chromium reads the scheme table once at start-up.
void registerAppScheme();

class AppSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    explicit AppSchemeHandler(ContentProvider *content, QObject *parent = nullptr);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    ContentProvider *m_content;
};

} // namespace fc
