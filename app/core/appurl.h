#pragma once

#include <QString>
#include <QUrl>

namespace fc {

// The only URLs the web view may load: fibro://app/<section>/<name>. Parsing is strict so that
// encoded dots or slashes can never walk out of a section.
struct AppUrl
{
    QString section; // [a-z]+
    QString name;    // [A-Za-z0-9_-][A-Za-z0-9._-]*, no "..", no "/"

    static constexpr char scheme[] = "fibro";
    static constexpr char host[] = "app";

    static bool parse(const QUrl &url, AppUrl *out);
    static QUrl make(const QString &section, const QString &name);
};

} // namespace fc
