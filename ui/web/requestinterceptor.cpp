#include "ui/web/requestinterceptor.h"

#include "core/appurl.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInterceptor, "fc.ui.interceptor")

namespace fc {

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (info.requestUrl().scheme() == QLatin1String(AppUrl::scheme)) {
        ++m_allowed;
        return;
    }
    ++m_blocked;
    qCInfo(lcInterceptor) << "blocked" << info.requestUrl().scheme() << info.requestUrl().host();
    info.block(true);
}

} // namespace fc
