#include "export/notesdocument.h"

#include "articles/articlelibrary.h"
#include "articles/articlepage.h"
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

// Seconds are noise on a note; some locales' short format still has them.
QString NotesDocument::shortDateTime(const QDateTime &utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss"));
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                       locale.toString(local.time(), timeFormat));
}

QString NotesDocument::noteHtml(const Note &n, const ArticleLibrary *library)
{
    static const MarkdownRenderer renderer;
    const QLocale locale;
    QString body;
    const QString title = n.title.trimmed().isEmpty() ? QStringLiteral("Note") : n.title.trimmed();
    body += QStringLiteral("<h2>%1</h2><p class=\"note-meta\">%2")
                .arg(escaped(title), escaped(shortDateTime(n.createdAt)));
    if (n.day.isValid())
        body +=
            QStringLiteral(" · about %1").arg(escaped(locale.toString(n.day, QLocale::LongFormat)));
    if (!n.tags.isEmpty())
        body += QStringLiteral(" · <span class=\"note-tags\">%1</span>")
                    .arg(escaped(n.tags.join(QStringLiteral(", "))));
    body += QStringLiteral("</p>");
    const Article *a = library && !n.articleSlug.isEmpty() ? library->find(n.articleSlug) : nullptr;
    const QString source = a ? a->title : n.articleSlug;
    if (!n.quote.isEmpty()) {
        body += QStringLiteral("<blockquote class=\"quote\"><p>%1</p>").arg(escaped(n.quote));
        if (!source.isEmpty())
            body += QStringLiteral("<footer>— from “%1”</footer>").arg(escaped(source));
        body += QStringLiteral("</blockquote>");
    } else if (!source.isEmpty()) {
        body += QStringLiteral("<p class=\"note-meta\">About “%1”</p>").arg(escaped(source));
    }
    const RenderedMarkdown rendered = renderer.render(n.body);
    body += rendered.ok ? rendered.html
                        : QStringLiteral("<p class=\"error\">%1</p>").arg(escaped(rendered.error));
    return body;
}

QString NotesDocument::build(const QVector<Note> &notes, const ArticleLibrary *library,
                             const NotesDocumentOptions &options)
{
    const QLocale locale;
    QString body = QStringLiteral("<header class=\"doc-header\"><h1>%1</h1><p class=\"doc-meta\">")
                       .arg(escaped(options.heading));
    if (!options.patientName.trimmed().isEmpty())
        body += escaped(options.patientName.trimmed()) + QStringLiteral(" · ");
    QString range;
    if (options.from.isValid() && options.to.isValid())
        range = QStringLiteral("%1 – %2").arg(locale.toString(options.from, QLocale::LongFormat),
                                              locale.toString(options.to, QLocale::LongFormat));
    else if (options.from.isValid())
        range = QStringLiteral("Since %1").arg(locale.toString(options.from, QLocale::LongFormat));
    else if (options.to.isValid())
        range = QStringLiteral("Until %1").arg(locale.toString(options.to, QLocale::LongFormat));
    else
        range = dateLine(notes);
    body += escaped(range);
    if (!options.tag.isEmpty())
        body += QStringLiteral(" · tagged “%1”").arg(escaped(options.tag));
    body += QStringLiteral(" · %1 %2</p></header>")
                .arg(notes.size())
                .arg(notes.size() == 1 ? QStringLiteral("note") : QStringLiteral("notes"));
    if (notes.isEmpty())
        body += QStringLiteral("<p>No notes match this selection.</p>");
    for (const Note &n : notes)
        body += QStringLiteral("<section class=\"note\">") + noteHtml(n, library) +
                QStringLiteral("</section>");

    HtmlPage page;
    page.title = options.heading;
    page.bodyHtml = body;
    page.stylesheets << QStringLiteral("fibro://app/web/print.css");
    page.htmlClasses << QStringLiteral("print");
    return page.toHtml();
}

QString NotesDocument::preview(const Note &note, const ArticleLibrary *library,
                               const PageStyle &style)
{
    HtmlPage page;
    page.title = note.title;
    page.bodyHtml = QStringLiteral("<main class=\"note-preview\">") + noteHtml(note, library) +
                    QStringLiteral("</main>");
    page.stylesheets << QStringLiteral("fibro://app/web/article.css")
                     << QStringLiteral("fibro://app/web/notes.css");
    page.htmlClasses = style.htmlClasses();
    return page.toHtml();
}

} // namespace fc
