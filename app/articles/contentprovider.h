#pragma once

#include "articles/articlepage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUrl>
#include <functional>

namespace fc {

class ArticleLibrary;

struct WebReply
{
    bool found = false;
    QByteArray mimeType;
    QByteArray body;

    static WebReply html(const QString &text);
    static WebReply notFound() { return {}; }
};

// Answers fibro://app/... requests from known content only: bundled web assets, rendered
// articles, documents generated for printing, and routes other modules add. Anything else is
// "not found", and nothing here ever touches the file system outside the Qt resources.
class ContentProvider
{
    Q_DECLARE_TR_FUNCTIONS(fc::ContentProvider)

public:
    using Route = std::function<WebReply(const QString &name)>;

    explicit ContentProvider(const ArticleLibrary *library);

    void setStyle(const PageStyle &style) { m_style = style; }
    const PageStyle &style() const { return m_style; }

    // Keeps html in memory under a fresh name and returns the URL that serves it.
    QUrl addGenerated(const QString &html);
    void removeGenerated(const QUrl &url);
    void addRoute(const QString &section, Route route);
    // Lets the notes show themselves on article pages (quoted passages, a list of the notes).
    using ArticleDecorator = std::function<QString(const QString &slug, const QString &html)>;
    void setArticleDecorator(ArticleDecorator decorator)
    {
        m_articleDecorator = std::move(decorator);
    }

    WebReply fetch(const QUrl &url) const;

private:
    const ArticleLibrary *m_library;
    PageStyle m_style;
    QHash<QString, QByteArray> m_generated;
    QHash<QString, Route> m_routes;
    ArticleDecorator m_articleDecorator;
    quint64 m_nextGenerated = 1;
};

} // namespace fc
