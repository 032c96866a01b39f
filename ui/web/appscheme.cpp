#include "ui/web/appscheme.h"

#include "articles/contentprovider.h"
#include "core/appurl.h"

#include <QBuffer>
#include <QLoggingCategory>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

Q_LOGGING_CATEGORY(lcScheme, "fc.ui.scheme")

namespace fc {

void registerAppScheme()
{
    QWebEngineUrlScheme scheme(AppUrl::scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Local: remote pages can never load it, and its pages cannot load remote URLs.
    // LocalAccessAllowed lets a page load its own stylesheets (they are local too); file:// stays
    // out of reach through the interceptor and the profile's LocalContentCanAccessFileUrls=false.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

AppSchemeHandler::AppSchemeHandler(ContentProvider *content, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_content(content)
{}

void AppSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    qCDebug(lcScheme) << "request" << job->requestUrl().toString();
    const WebReply reply = m_content->fetch(job->requestUrl());
    if (!reply.found) {
        qCDebug(lcScheme) << "not found" << job->requestUrl().toString();
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(reply.body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(reply.mimeType, buffer);
}

} // namespace fc
