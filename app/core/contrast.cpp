#include "core/contrast.h"

#include <QRegularExpression>
#include <QStringList>
#include <cmath>

namespace fc::contrast {

namespace {

double linearChannel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QString withoutComments(QString css)
{
    static const QRegularExpression comment(QStringLiteral("/\\*.*?\\*/"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return css.remove(comment);
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linearChannel(c.redF()) + 0.7152 * linearChannel(c.greenF()) +
           0.0722 * linearChannel(c.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QMap<QString, QColor> cssColourVariables(const QString &css, const QString &selector)
{
    QMap<QString, QColor> colours;
    const QString text = withoutComments(css);
    static const QRegularExpression rule(QStringLiteral("([^{}]+)\\{([^{}]*)\\}"));
    static const QRegularExpression declaration(QStringLiteral("--([\\w-]+)\\s*:\\s*([^;]+);?"));
    for (auto it = rule.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringList selectors = match.captured(1).split(u',');
        bool matches = false;
        for (const QString &s : selectors)
            matches = matches || s.trimmed() == selector;
        if (!matches)
            continue;
        for (auto d = declaration.globalMatch(match.captured(2)); d.hasNext();) {
            const QRegularExpressionMatch decl = d.next();
            const QColor colour = QColor::fromString(decl.captured(2).trimmed());
            if (colour.isValid())
                colours.insert(decl.captured(1), colour);
        }
        break;
    }
    return colours;
}

} // namespace fc::contrast
