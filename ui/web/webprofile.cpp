#include "ui/web/webprofile.h"

#include "core/appurl.h"
#include "ui/web/appscheme.h"
#include "ui/web/requestinterceptor.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace fc {

WebProfile::WebProfile(ContentProvider *content, QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this))
    , m_interceptor(new RequestInterceptor(this))
    , m_handler(new AppSchemeHandler(content, this))
{
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(AppUrl::scheme, m_handler);

    QWebEngineSettings *s = m_profile->settings();
    // Pages are static documents: no page script runs; the app's own calls use runJavaScript in
    // an isolated world.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
}

WebProfile::~WebProfile()
{
    // Pages must go before their profile; owners delete views first (see MainWindow).
    m_profile->removeAllUrlSchemeHandlers();
}

} // namespace fc
