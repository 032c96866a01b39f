#pragma once

#include <QObject>

class QWebEngineProfile;

namespace fc {

class AppSchemeHandler;
class ContentProvider;
class RequestInterceptor;

// One off-the-record profile for every page: nothing cached on disk, no cookies kept, only the
// app's scheme reachable.
class WebProfile : public QObject
{
    Q_OBJECT
public:
    explicit WebProfile(ContentProvider *content, QObject *parent = nullptr);
    ~WebProfile() override;

    QWebEngineProfile *profile() const { return m_profile; }
    RequestInterceptor *interceptor() const { return m_interceptor; }

private:
    QWebEngineProfile *m_profile;
    RequestInterceptor *m_interceptor;
    AppSchemeHandler *m_handler;
};

} // namespace fc
