#include "ui/journal/cautionshtml.h"

#include <QCoreApplication>

namespace fc {

QString cautionsHtml(const QString &treatmentName, const TrialCautions &cautions)
{
    QString html;
    for (const QString &conflict : cautions.conflicts)
        html += QStringLiteral("<p><b>%1</b></p>").arg(conflict.toHtmlEscaped());
    if (!cautions.quotes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("fc::TrialDialog",
                                                     "What the articles say about %1:")
                             .arg(treatmentName.toHtmlEscaped()));
        for (const QuotedCaution &q : cautions.quotes)
            html += QStringLiteral("<blockquote>“%1”<br>— <i>%2</i></blockquote>")
                        .arg(q.quote.toHtmlEscaped(), q.articleTitle.toHtmlEscaped());
    }
    if (!html.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(QCoreApplication::translate("fc::TrialDialog",
                                                     "Discuss this with your doctor."));
    return html;
}

} // namespace fc
