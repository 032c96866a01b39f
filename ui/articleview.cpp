#include "ui/articleview.h"

#include "core/appurl.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcArticleView, "fc.ui.articleview")

namespace fc {

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(isMainFrame)
    if (url.scheme() == QLatin1String(AppUrl::scheme)) {
        AppUrl parsed;
        if (AppUrl::parse(url, &parsed) && parsed.section == u"track") {
            // Not a page: a request for the journal, which opens its own dialog.
            if (type == NavigationTypeLinkClicked)
                emit trackTreatmentRequested(parsed.name);
            return false;
        }
        return true;
    }
    const QString scheme = url.scheme();
    if (type == NavigationTypeLinkClicked &&
        (scheme == u"https" || scheme == u"http" || scheme == u"mailto")) {
        emit externalLinkRequested(url);
        return false;
    }
    qCInfo(lcArticleView) << "navigation refused:" << scheme;
    return false;
}

QWebEnginePage *ReaderPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr; // no pop-ups
}

ArticleView::ArticleView(QWebEngineProfile *profile, QWidget *parent)
    : QWebEngineView(parent)
    , m_page(new ReaderPage(profile, this))
{
    setPage(m_page);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setAccessibleName(tr("Article"));
    setAccessibleDescription(tr("The article you are reading. Tab moves through its links; "
                                "the arrow keys and Page Down scroll."));
}

} // namespace fc
