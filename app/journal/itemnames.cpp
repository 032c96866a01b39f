#include "journal/itemnames.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

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

QString wordsOf(const QString &name)
{
    // A drug's salt is the same medicine; a mineral's partner (citrate, glycinate, chloride) is
    // not, so those stay.
    static const QStringList salts{QStringLiteral("hydrochloride"),
                                   QStringLiteral("hcl"),
                                   QStringLiteral("dihydrochloride"),
                                   QStringLiteral("hydrobromide"),
                                   QStringLiteral("hbr"),
                                   QStringLiteral("maleate"),
                                   QStringLiteral("mesylate"),
                                   QStringLiteral("besylate"),
                                   QStringLiteral("fumarate"),
                                   QStringLiteral("tartrate"),
                                   QStringLiteral("succinate"),
                                   QStringLiteral("monohydrate")};
    static const QStringList stereo{QStringLiteral("l"), QStringLiteral("d"), QStringLiteral("dl")};
    static const QHash<QString, QString> spelledOut{
        {QStringLiteral("vit"), QStringLiteral("vitamin")},
        {QStringLiteral("mag"), QStringLiteral("magnesium")},
        {QStringLiteral("coq10"), QStringLiteral("coenzyme q10")}};
    QStringList words;
    QString word;
    const QString text = name.normalized(QString::NormalizationForm_KD).toLower();
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u' ');
        if (c.isLetterOrNumber()) {
            word += c;
            continue;
        }
        if (c.isMark())
            continue; // an accent of the letter before
        if (!word.isEmpty())
            words << spelledOut.value(word, word);
        word.clear();
    }
    QStringList kept;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (salts.contains(words[i]))
            continue;
        // "L-threonate": a one-letter prefix before the word it qualifies.
        if (stereo.contains(words[i]) && i + 1 < words.size())
            continue;
        kept << words[i];
    }
    // Sorted as a whole ("coenzyme q10" spelled out from one word sorts as the two would).
    kept = kept.join(u' ').split(u' ', Qt::SkipEmptyParts);
    std::sort(kept.begin(), kept.end());
    return kept.join(u' ');
}

bool names(const QString &typed, const QString &key, const QString &name)
{
    const QString wanted = comparable(typed);
    if (wanted.isEmpty())
        return false;
    if (formsOf(key, name).contains(wanted))
        return true;
    // The same words in another order or spelling ("Magnesium, threonate"): every word must be
    // there, so "Magnesium" alone never names a magnesium salt.
    const QString words = wordsOf(typed);
    if (words.isEmpty())
        return false;
    static const QRegularExpression bracketed(QStringLiteral("^(.*?)\\s*\\(([^()]+)\\)\\s*$"));
    QStringList candidates{name, QString(key).replace(u'-', u' ').replace(u'_', u' ')};
    if (const QRegularExpressionMatch m = bracketed.match(name); m.hasMatch())
        candidates << m.captured(1);
    return std::any_of(candidates.cbegin(), candidates.cend(),
                       [&](const QString &candidate) { return wordsOf(candidate) == words; });
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
