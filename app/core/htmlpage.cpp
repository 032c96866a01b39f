#include "core/htmlpage.h"

namespace fc {

QString HtmlPage::toHtml() const
{
    QString links;
    for (const QString &css : stylesheets)
        links += QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">\n").arg(escaped(css));
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\" class=\"%2\">\n<head>\n<meta "
               "charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
               "style-src 'self' fibro:; img-src 'self' fibro:; font-src 'self' fibro:; script-src "
               "'none'; "
               "object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "%3<title>%4</title>\n</head>\n<body>\n%5\n</body>\n</html>\n")
        .arg(escaped(language), escaped(htmlClasses.join(u' ')), links, escaped(title), bodyHtml);
}

} // namespace fc
