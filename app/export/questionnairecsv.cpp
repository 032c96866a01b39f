#include "export/questionnairecsv.h"

#include "export/csvfields.h"
#include "journal/questionnairestore.h"

#include <QCoreApplication>
#include <QLocale>

namespace fc::questionnairecsv {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

bool isQuestionnaireKind(const QString &kind)
{
    return kind == QLatin1String("fiqr") || kind == QLatin1String("wpi") ||
           kind == QLatin1String("sss") || kind == QLatin1String("sss_duration");
}

QVector<QStringList> rows(const QuestionnaireStore &store)
{
    QMap<QDate, QVector<QStringList>> byDay;
    for (const FiqrAnswers &a : store.fiqrAnswers()) {
        const QString day = a.day.toString(Qt::ISODate);
        for (int i = 0; i < FiqrAnswers::kItems; ++i)
            if (const auto &v = a.items.at(size_t(i)))
                byDay[a.day].append({day, QString(), QStringLiteral("fiqr"), QString::number(i + 1),
                                     number(*v), QString(), QString()});
    }
    for (const Acr2016Answers &a : store.acr2016Answers()) {
        const QString day = a.day.toString(Qt::ISODate);
        for (const acr2016::Area &area : acr2016::areas())
            if (a.painfulAreas.contains(QLatin1String(area.key)))
                byDay[a.day].append({day, QString(), QStringLiteral("wpi"), QLatin1String(area.key),
                                     QStringLiteral("1"), QString(), QString()});
        for (int i = 0; i < Acr2016Answers::kSssItems; ++i)
            if (const auto &v = a.sss.at(size_t(i)))
                byDay[a.day].append({day, QString(), QStringLiteral("sss"),
                                     QLatin1String(acr2016::sssItems().at(size_t(i)).key),
                                     QString::number(*v), QString(), QString()});
        if (a.lastedThreeMonths)
            byDay[a.day].append({day, QString(), QStringLiteral("sss_duration"), QString(),
                                 *a.lastedThreeMonths ? QStringLiteral("1") : QStringLiteral("0"),
                                 QString(), QString()});
    }
    QVector<QStringList> out;
    for (const QVector<QStringList> &dayRows : qAsConst(byDay))
        out += dayRows;
    return out;
}

void Reader::row(const QDate &day, const QString &kind, const QString &name,
                 const QString &valueText, int line)
{
    const QString dayText = day.toString(Qt::ISODate);
    const QString slot = dayText + QLatin1Char('/') + kind + QLatin1Char('/') + name;
    if (const int earlier = m_lines.value(slot); earlier > 0)
        return csvfields::error(m_plan, line,
                                CsvText::tr("%1 %2 on %3 is already given on "
                                            "line %4")
                                    .arg(kind, name, dayText)
                                    .arg(earlier));
    bool ok = false;
    const double value = valueText.trimmed().toDouble(&ok);
    const QString problem = ok ? QuestionnaireStore::checkValue(kind, name, value)
                               : CsvText::tr("\"%1\" is not a number").arg(valueText.left(40));
    if (!problem.isEmpty())
        return csvfields::error(m_plan, line, QStringLiteral("%1: %2").arg(kind, problem));
    m_lines.insert(slot, line);

    if (kind == QLatin1String("fiqr")) {
        auto &item = m_fiqr[day];
        if (item.line == 0) {
            item.line = line;
            item.value.day = day;
        }
        item.value.items.at(size_t(name.toInt() - 1)) = value;
        return;
    }
    auto &item = m_acr[day];
    if (item.line == 0) {
        item.line = line;
        item.value.day = day;
    }
    if (kind == QLatin1String("wpi")) {
        if (value == 1)
            item.value.painfulAreas.insert(name);
    } else if (kind == QLatin1String("sss")) {
        item.value.sss.at(size_t(acr2016::sssIndex(name))) = int(value);
    } else {
        item.value.lastedThreeMonths = value == 1;
    }
}

void Reader::finish()
{
    for (const auto &item : qAsConst(m_fiqr))
        m_plan.fiqr.append(item);
    for (const auto &item : qAsConst(m_acr))
        if (!item.value.isEmpty())
            m_plan.acr2016.append(item);
}

} // namespace fc::questionnairecsv
