#include "export/notesdocument.h"

#include "articles/articlelibrary.h"
#include "articles/markdownrenderer.h"
#include "core/htmlpage.h"

#include <QLocale>

namespace fc {

namespace {

QString dateLine(const QVector<Note> &notes)
{
    if (notes.isEmpty())
        return QStringLiteral("No notes yet");
    QDate first = notes.first().createdAt.toLocalTime().date();
    QDate last = first;
    for (const Note &n : notes) {
        const QDate d = n.createdAt.toLocalTime().date();
        first = qMin(first, d);
        last = qMax(last, d);
    }
    const QLocale locale;
    if (first == last)
        return locale.toString(first, QLocale::LongFormat);
    return QStringLiteral("%1 – %2").arg(locale.toString(first, QLocale::LongFormat),
                                         locale.toString(last, QLocale::LongFormat));
}

} // namespace

QString NotesDocument::build(const QVector<Note> &notes, const ArticleLibrary *library,
                             const NotesDocumentOptions &options)
{
    const MarkdownRenderer renderer;
    const QLocale locale;
    QString body = QStringLiteral("<header class=\"doc-header\"><h1>%1</h1><p class=\"doc-meta\">")
                       .arg(escaped(options.heading));
    if (!options.patientName.trimmed().isEmpty())
        body += escaped(options.patientName.trimmed()) + QStringLiteral(" · ");
    body += escaped(dateLine(notes)) +
            QStringLiteral(" · %1 %2</p></header>")
                .arg(notes.size())
                .arg(notes.size() == 1 ? QStringLiteral("note") : QStringLiteral("notes"));

    for (const Note &n : notes) {
        body += QStringLiteral("<section class=\"note\">");
        const QString title =
            n.title.trimmed().isEmpty() ? QStringLiteral("Note") : n.title.trimmed();
        body += QStringLiteral("<h2>%1</h2><p class=\"note-meta\">%2")
                    .arg(escaped(title),
                         escaped(locale.toString(n.createdAt.toLocalTime(), QLocale::ShortFormat)));
        if (n.day.isValid())
            body += QStringLiteral(" · about %1")
                        .arg(escaped(locale.toString(n.day, QLocale::LongFormat)));
        body += QStringLiteral("</p>");
        if (!n.quote.isEmpty()) {
            const Article *a = library ? library->find(n.articleSlug) : nullptr;
            const QString source = a ? a->title : n.articleSlug;
            body += QStringLiteral("<blockquote class=\"quote\"><p>%1</p>").arg(escaped(n.quote));
            if (!source.isEmpty())
                body += QStringLiteral("<footer>— from “%1”</footer>").arg(escaped(source));
            body += QStringLiteral("</blockquote>");
        }
        const RenderedMarkdown rendered = renderer.render(n.body);
        body += rendered.ok
                    ? rendered.html
                    : QStringLiteral("<p class=\"error\">%1</p>").arg(escaped(rendered.error));
        body += QStringLiteral("</section>");
    }

    HtmlPage page;
    page.title = options.heading;
    page.bodyHtml = body;
    page.stylesheets << QStringLiteral("fibro://app/web/print.css");
    page.htmlClasses << QStringLiteral("print");
    return page.toHtml();
}

} // namespace fc
