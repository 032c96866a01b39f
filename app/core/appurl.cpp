#include "core/appurl.h"

#include <QRegularExpression>

namespace fc {

bool AppUrl::parse(const QUrl &url, AppUrl *out)
{
    if (!url.isValid() || url.scheme() != QLatin1String(scheme) ||
        url.host() != QLatin1String(host) || !url.userInfo().isEmpty() || url.port() != -1)
        return false;
    // Decoded on purpose: %2e%2e and %2f must meet the same checks as their plain forms.
    const QString path = url.path(QUrl::FullyDecoded);
    static const QRegularExpression pattern(
        QStringLiteral("\\A/([a-z]+)/([A-Za-z0-9_-][A-Za-z0-9._-]{0,127})\\z"));
    const QRegularExpressionMatch m = pattern.match(path);
    if (!m.hasMatch() || m.captured(2).contains(QLatin1String("..")))
        return false;
    if (out) {
        out->section = m.captured(1);
        out->name = m.captured(2);
    }
    return true;
}

QUrl AppUrl::make(const QString &section, const QString &name)
{
    QUrl url;
    url.setScheme(QLatin1String(scheme));
    url.setHost(QLatin1String(host));
    url.setPath(u'/' + section + u'/' + name);
    return url;
}

} // namespace fc
