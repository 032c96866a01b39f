#include "ui/insights/insightspage.h"

#include "core/appurl.h"

namespace fc {

bool InsightsPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(isMainFrame)
    AppUrl parsed;
    if (!AppUrl::parse(url, &parsed))
        return false;
    if (parsed.section == u"article") {
        if (type == NavigationTypeLinkClicked)
            emit articleRequested(parsed.name);
        return false;
    }
    return parsed.section == u"insights" || parsed.section == u"web";
}

QWebEnginePage *InsightsPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr;
}

} // namespace fc
