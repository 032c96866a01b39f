#include "journal/itemnames.h"

#include <QRegularExpression>

namespace fc::itemnames {

QString comparable(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

QStringList formsOf(const QString &key, const QString &name)
{
    static const QRegularExpression bracketed(QStringLiteral("^(.*?)\\s*\\(([^()]+)\\)\\s*$"));
    QStringList forms{comparable(name), comparable(key)};
    const QRegularExpressionMatch m = bracketed.match(name);
    if (m.hasMatch())
        forms << comparable(m.captured(1)) << comparable(m.captured(2));
    forms.removeAll(QString());
    return forms;
}

bool names(const QString &typed, const QString &key, const QString &name)
{
    const QString wanted = comparable(typed);
    return !wanted.isEmpty() && formsOf(key, name).contains(wanted);
}

bool matchesSearch(const QString &typed, const QString &key, const QString &name)
{
    const QString haystack = comparable(name) + QLatin1Char(' ') + comparable(key);
    const QStringList words =
        typed.split(QRegularExpression(QStringLiteral("[\\s\\-_/]+")), Qt::SkipEmptyParts);
    bool any = false;
    for (const QString &word : words) {
        const QString w = comparable(word);
        if (w.isEmpty())
            continue;
        any = true;
        if (!haystack.contains(w))
            return false;
    }
    return any;
}

} // namespace fc::itemnames
