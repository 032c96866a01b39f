#pragma once

#include <QString>
#include <QStringList>

namespace fc {

// Every page the app shows or prints is one self-contained document with a strict
// Content-Security-Policy in a meta tag: Qt 6.4's scheme handler cannot send headers.
struct HtmlPage
{
    QString title;
    QString bodyHtml;
    QStringList stylesheets; // fibro://app/web/... URLs
    QStringList htmlClasses; // e.g. theme-dark, large-type
    QString language = QStringLiteral("en");

    QString toHtml() const;
};

inline QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace fc
