// Every URL the web view asks the fibro:// scheme for: parsing, then the content provider with
// the bundled library loaded. Whatever the path, only known content may come back.
#include "articles/articlelibrary.h"
#include "articles/contentprovider.h"
#include "core/appurl.h"
#include "fuzzsupport.h"

#include <QFile>
#include <QRegularExpression>

namespace {

const fc::ContentProvider &provider()
{
    static const fc::ContentProvider content = [] {
        fc::ContentProvider c(&fc::fuzz::bundledLibrary());
        c.addGenerated(QStringLiteral("<!DOCTYPE html><title>generated</title>"));
        c.addRoute(QStringLiteral("echo"),
                   [](const QString &name) { return fc::WebReply::html(name.toHtmlEscaped()); });
        return c;
    }();
    return content;
}

void check(const QUrl &url)
{
    static const QRegularExpression section(QStringLiteral("\\A[a-z]+\\z"));
    static const QRegularExpression name(QStringLiteral("\\A[A-Za-z0-9_-][A-Za-z0-9._-]*\\z"));
    fc::AppUrl parsed;
    const bool ok = fc::AppUrl::parse(url, &parsed);
    const fc::WebReply reply = provider().fetch(url);
    if (!ok) {
        if (reply.found || !reply.body.isEmpty())
            fc::fuzz::violated("content served for a URL that does not parse");
        return;
    }
    if (!section.match(parsed.section).hasMatch() || !name.match(parsed.name).hasMatch() ||
        parsed.name.contains(QLatin1String("..")) || parsed.name.size() > 128)
        fc::fuzz::violated("parsed URL names something outside a section");
    fc::AppUrl again;
    if (!fc::AppUrl::parse(fc::AppUrl::make(parsed.section, parsed.name), &again) ||
        again.section != parsed.section || again.name != parsed.name)
        fc::fuzz::violated("AppUrl::make does not round-trip");
    if (!reply.found)
        return;
    if (parsed.section == u"web") {
        QFile resource(QStringLiteral(":/web/") + parsed.name);
        if (!resource.open(QIODevice::ReadOnly) || resource.readAll() != reply.body)
            fc::fuzz::violated("web reply is not the compiled-in file");
    } else if (parsed.section == u"article") {
        if (!fc::fuzz::bundledLibrary().find(parsed.name))
            fc::fuzz::violated("article served that is not in the library");
    } else if (parsed.section != u"generated" && parsed.section != u"echo") {
        fc::fuzz::violated("reply from a section nobody serves");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::quietLogging();
    const QString text = QString::fromUtf8(fc::fuzz::bytes(data, size));
    check(QUrl(text));
    check(QUrl(text, QUrl::StrictMode));
    check(QUrl(QStringLiteral("fibro://app/") + text));
    check(QUrl(QStringLiteral("fibro://app/web/") + text));
    check(QUrl::fromEncoded(fc::fuzz::bytes(data, size)));
    return 0;
}
