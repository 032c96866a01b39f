#include "articles/contentprovider.h"

#include "articles/articlelibrary.h"
#include "core/appurl.h"

#include <QFile>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcContent, "fc.core.content")

namespace fc {

WebReply WebReply::html(const QString &text)
{
    return WebReply{true, QByteArrayLiteral("text/html"), text.toUtf8()};
}

ContentProvider::ContentProvider(const ArticleLibrary *library)
    : m_library(library)
{}

QUrl ContentProvider::addGenerated(const QString &html)
{
    const QString name = QStringLiteral("doc-%1.html").arg(m_nextGenerated++);
    m_generated.insert(name, html.toUtf8());
    return AppUrl::make(QStringLiteral("generated"), name);
}

void ContentProvider::removeGenerated(const QUrl &url)
{
    AppUrl parsed;
    if (AppUrl::parse(url, &parsed) && parsed.section == u"generated")
        m_generated.remove(parsed.name);
}

void ContentProvider::addRoute(const QString &section, Route route)
{
    m_routes.emplace(section, std::move(route));
}

namespace {

QByteArray mimeFor(const QString &name)
{
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css");
    if (name.endsWith(QLatin1String(".svg")))
        return QByteArrayLiteral("image/svg+xml");
    if (name.endsWith(QLatin1String(".png")))
        return QByteArrayLiteral("image/png");
    if (name.endsWith(QLatin1String(".woff2")))
        return QByteArrayLiteral("font/woff2");
    return QByteArray();
}

} // namespace

WebReply ContentProvider::fetch(const QUrl &url) const
{
    AppUrl parsed;
    if (!AppUrl::parse(url, &parsed)) {
        qCDebug(lcContent) << "refused" << url.toString();
        return WebReply::notFound();
    }
    if (parsed.section == u"web") {
        const QByteArray mime = mimeFor(parsed.name);
        QFile file(QStringLiteral(":/web/") + parsed.name);
        if (mime.isEmpty() || !file.open(QIODevice::ReadOnly))
            return WebReply::notFound();
        return WebReply{true, mime, file.readAll()};
    }
    if (parsed.section == u"article") {
        const Article *article = m_library ? m_library->find(parsed.name) : nullptr;
        if (!article)
            return WebReply::notFound();
        // fibro://app/article/<slug>?highlight=words marks a search's words in this page only.
        const QString terms =
            QUrlQuery(url).queryItemValue(QStringLiteral("highlight"), QUrl::FullyDecoded);
        QStringList highlight = terms.split(u' ', Qt::SkipEmptyParts);
        if (highlight.size() > 12)
            highlight.resize(12);
        ArticleError loadError;
        const std::optional<Article> full = m_library->withBody(*article, &loadError);
        const Expected<QString> html =
            full ? ArticlePage::build(*full, *m_library, m_style, highlight)
                 : Expected<QString>(fail(tr("The article “%1” could not be opened: %2")
                                              .arg(article->title, loadError.toString())));
        if (!html)
            return WebReply::html(QStringLiteral("<!DOCTYPE html><title>%1</title><p>%2</p>")
                                      .arg(tr("Cannot show article").toHtmlEscaped(),
                                           html.message().toHtmlEscaped()));
        return WebReply::html(m_articleDecorator ? m_articleDecorator(parsed.name, *html) : *html);
    }
    if (parsed.section == u"generated") {
        const auto it = m_generated.constFind(parsed.name);
        if (it == m_generated.constEnd())
            return WebReply::notFound();
        return WebReply{true, QByteArrayLiteral("text/html"), *it};
    }
    const auto route = m_routes.constFind(parsed.section);
    if (route != m_routes.constEnd())
        return (*route)(parsed.name);
    return WebReply::notFound();
}

} // namespace fc
