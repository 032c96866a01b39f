#include "articles/articlepage.h"

#include "articles/articlelibrary.h"
#include "articles/highlighter.h"
#include "core/htmlpage.h"

#include <QLocale>

namespace fc {

QStringList PageStyle::htmlClasses() const
{
    QStringList classes{dark ? QStringLiteral("theme-dark") : QStringLiteral("theme-light")};
    if (largeType)
        classes << QStringLiteral("large-type");
    return classes;
}

QString ArticlePage::urlFor(const QString &slug)
{
    return QStringLiteral("fibro://app/article/") + slug;
}

namespace {

QString percent(double v)
{
    return QLocale::c().toString(v, 'g', 4) + u'%';
}

QString pValue(double p)
{
    return QStringLiteral("P = ") + QLocale::c().toString(p, 'g', 3);
}

QString studyBox(const StudyInfo &s)
{
    if (s.isEmpty())
        return QString();
    QString html = QStringLiteral("<section class=\"study\" aria-labelledby=\"study-heading\">"
                                  "<h2 id=\"study-heading\">The study in numbers</h2><dl>");
    auto row = [&html](const QString &term, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(escaped(term), escaped(value));
    };
    row(QStringLiteral("Design"), s.design);
    QString people;
    if (s.treatmentParticipants && s.placeboParticipants)
        people = QStringLiteral("%1 on treatment, %2 on placebo")
                     .arg(*s.treatmentParticipants)
                     .arg(*s.placeboParticipants);
    else if (s.participants)
        people = QString::number(*s.participants);
    if (!s.population.isEmpty())
        people += (people.isEmpty() ? QString() : QStringLiteral(" ")) + s.population;
    row(QStringLiteral("Participants"), people);
    row(QStringLiteral("Dose"), s.dose);
    if (s.weeks)
        row(QStringLiteral("Length"), QStringLiteral("%1 weeks").arg(*s.weeks));
    html += QStringLiteral("</dl>");
    if (!s.results.isEmpty()) {
        html += QStringLiteral("<table><thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">"
                               "Treatment</th><th scope=\"col\">Placebo</th><th scope=\"col\">P"
                               "</th></tr></thead><tbody>");
        for (const StudyResult &r : s.results) {
            QString treat;
            QString placebo;
            if (r.treatmentChangePercent)
                treat = percent(*r.treatmentChangePercent);
            else if (r.treatmentPercent)
                treat = percent(*r.treatmentPercent);
            if (r.placeboChangePercent)
                placebo = percent(*r.placeboChangePercent);
            else if (r.placeboPercent)
                placebo = percent(*r.placeboPercent);
            QString measure = escaped(r.measure);
            if (r.week)
                measure += QStringLiteral(" (week %1)").arg(*r.week);
            if (!r.note.isEmpty())
                measure += QStringLiteral("<br><span class=\"result-note\">%1</span>")
                               .arg(escaped(r.note));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(measure, escaped(treat.isEmpty() ? QStringLiteral("—") : treat),
                             escaped(placebo.isEmpty() ? QStringLiteral("—") : placebo),
                             r.p ? escaped(pValue(*r.p)) : QStringLiteral("—"));
        }
        html += QStringLiteral("</tbody></table>");
    }
    html += QStringLiteral("<p class=\"study-caveat\">As reported in the article. A group result "
                           "does not say how one person will respond.</p></section>");
    return html;
}

QString trackBox(const Article &a, const ArticleLibrary &library)
{
    QString links;
    for (const QString &key : a.treatments) {
        const QString name = library.treatmentName(key);
        if (!name.isEmpty())
            links += QStringLiteral("<li><a class=\"track\" href=\"fibro://app/track/%1\">"
                                    "Track %2 in my journal</a></li>")
                         .arg(escaped(key), escaped(name));
    }
    if (links.isEmpty())
        return QString();
    return QStringLiteral("<aside class=\"track-box\" aria-label=\"Your journal\"><p>If you try "
                          "this, your journal can keep a record of how it goes:</p><ul>") +
           links + QStringLiteral("</ul></aside>");
}

QString seriesNav(const Article &a, const ArticleLibrary &library)
{
    if (a.series.isEmpty())
        return QString();
    const Article *prev = library.seriesNeighbour(a, -1);
    const Article *next = library.seriesNeighbour(a, +1);
    QString html = QStringLiteral("<nav class=\"series-nav\" aria-label=\"Series\">");
    if (prev)
        html += QStringLiteral("<a rel=\"prev\" href=\"%1\">← Previous: %2</a>")
                    .arg(ArticlePage::urlFor(prev->slug), escaped(prev->title));
    if (next)
        html += QStringLiteral("<a rel=\"next\" href=\"%1\">Next: %2 →</a>")
                    .arg(ArticlePage::urlFor(next->slug), escaped(next->title));
    return html + QStringLiteral("</nav>");
}

} // namespace

Expected<QString> ArticlePage::build(const Article &a, const ArticleLibrary &library,
                                     const PageStyle &style, const QStringList &highlight)
{
    RenderedMarkdown rendered = MarkdownRenderer().render(a.body);
    if (!rendered.ok)
        return fail(rendered.error);
    Highlighter highlighter(highlight);
    rendered.html = highlighter.apply(rendered.html);

    QString body = QStringLiteral("<main class=\"article\" id=\"top\"><header>");
    if (!a.series.isEmpty()) {
        const int count = int(library.series(a.series).size());
        body += QStringLiteral("<p class=\"series\">%1 · Part %2 of %3</p>")
                    .arg(escaped(a.seriesTitle.isEmpty() ? a.series : a.seriesTitle))
                    .arg(a.part)
                    .arg(count);
    }
    body += QStringLiteral("<h1>%1</h1>").arg(escaped(a.title));
    if (!a.summary.isEmpty())
        body += QStringLiteral("<p class=\"summary\"><span class=\"label\">Summary</span> %1</p>")
                    .arg(highlighter.apply(escaped(a.summary)));
    body += QStringLiteral("<p class=\"disclaimer\" role=\"note\">This is information, not medical "
                           "advice; talk to your doctor before changing a treatment.</p>");
    body += QStringLiteral("</header>");

    QVector<HeadingInfo> tocEntries;
    for (const HeadingInfo &h : rendered.headings)
        if (h.level <= 3)
            tocEntries << h;
    if (tocEntries.size() >= 2) {
        body += QStringLiteral("<nav class=\"toc\" aria-label=\"Contents\"><h2 class=\"toc-title\">"
                               "Contents</h2><ol>");
        for (const HeadingInfo &h : tocEntries)
            body += QStringLiteral("<li class=\"toc-l%1\"><a href=\"#%2\">%3</a></li>")
                        .arg(h.level)
                        .arg(h.id, escaped(h.text));
        body += QStringLiteral("</ol></nav>");
    }

    body += QStringLiteral("<article class=\"content\">") + rendered.html +
            QStringLiteral("</article>");
    if (a.excerpt)
        body +=
            QStringLiteral("<aside class=\"excerpt-note\" role=\"note\">The rest of this post is "
                           "not included: the library has only its opening.</aside>");
    body += studyBox(a.study);
    body += trackBox(a, library);
    body += seriesNav(a, library);
    if (!a.source.isEmpty())
        body += QStringLiteral(
                    "<footer class=\"source\"><span class=\"label\">Source</span> %1</footer>")
                    .arg(escaped(a.source));
    body += QStringLiteral("</main>");

    HtmlPage page;
    page.title = a.title;
    page.bodyHtml = body;
    page.stylesheets << QStringLiteral("fibro://app/web/article.css");
    page.htmlClasses = style.htmlClasses();
    return page.toHtml();
}

} // namespace fc
