#include "insights/questionnairescores.h"

#include <QJsonObject>
#include <QMap>

namespace fc {

namespace {

struct DomainShape
{
    fiqr::Domain domain;
    int first; // item numbers
    int last;
    double divisor;
};

constexpr DomainShape kDomains[] = {
    {fiqr::Domain::Function, 1, 9, 3.0},
    {fiqr::Domain::Overall, 10, 11, 1.0},
    {fiqr::Domain::Symptoms, 12, 21, 2.0},
};

std::optional<double> scoreDomain(const FiqrAnswers &answers, const DomainShape &shape)
{
    const int items = shape.last - shape.first + 1;
    double sum = 0;
    int answered = 0;
    for (int n = shape.first; n <= shape.last; ++n)
        if (const auto &v = answers.items.at(size_t(n - 1))) {
            sum += *v;
            ++answered;
        }
    if (answered < fiqrMinimumAnswered(shape.domain))
        return std::nullopt;
    return sum * items / answered / shape.divisor;
}

QJsonValue value(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue value(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue value(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

int fiqrMinimumAnswered(fiqr::Domain domain)
{
    switch (domain) {
    case fiqr::Domain::Function:
        return 5;
    case fiqr::Domain::Overall:
        return 1;
    case fiqr::Domain::Symptoms:
        return 5;
    }
    return 1;
}

FiqrScore scoreFiqr(const FiqrAnswers &answers)
{
    FiqrScore s;
    s.day = answers.day;
    s.answered = answers.answered();
    s.missing = FiqrAnswers::kItems - s.answered;
    s.function = scoreDomain(answers, kDomains[0]);
    s.overall = scoreDomain(answers, kDomains[1]);
    s.symptoms = scoreDomain(answers, kDomains[2]);
    if (s.function && s.overall && s.symptoms)
        s.total = *s.function + *s.overall + *s.symptoms;
    return s;
}

Acr2016Score scoreAcr2016(const Acr2016Answers &answers)
{
    Acr2016Score s;
    s.day = answers.day;
    bool regions[acr2016::kRegions] = {};
    for (const acr2016::Area &a : acr2016::areas()) {
        if (!answers.painfulAreas.contains(QLatin1String(a.key)))
            continue;
        ++s.wpi;
        if (a.countsForGeneralisedPain)
            regions[int(a.region)] = true;
    }
    s.regionsWithPain = int(std::count(std::begin(regions), std::end(regions), true));
    s.generalisedPain = s.regionsWithPain >= 4;
    int sss = 0;
    bool complete = true;
    for (const auto &v : answers.sss) {
        complete = complete && v.has_value();
        sss += v.value_or(0);
    }
    if (complete) {
        s.sss = sss;
        s.fs = s.wpi + sss;
        s.severityMet = (s.wpi >= 7 && sss >= 5) || (s.wpi >= 4 && s.wpi <= 6 && sss >= 9);
        if (answers.lastedThreeMonths)
            s.met = s.severityMet && s.generalisedPain && *answers.lastedThreeMonths;
    }
    return s;
}

QJsonArray questionnairesJson(const QVector<FiqrAnswers> &fiqr, const QVector<Acr2016Answers> &acr)
{
    QMap<QDate, QJsonObject> byDay;
    auto objectFor = [&](const QDate &day) -> QJsonObject & {
        auto it = byDay.find(day);
        if (it == byDay.end()) {
            QJsonObject o;
            o.insert(QStringLiteral("date"), day.toString(Qt::ISODate));
            for (const char *key : {"fiqr_function", "fiqr_overall", "fiqr_symptoms", "fiqr_total",
                                    "wpi", "sss", "fs", "regions_with_pain", "acr2016_met"})
                o.insert(QLatin1String(key), QJsonValue(QJsonValue::Null));
            it = byDay.insert(day, o);
        }
        return *it;
    };
    for (const FiqrAnswers &a : fiqr) {
        if (a.isEmpty())
            continue;
        const FiqrScore s = scoreFiqr(a);
        QJsonObject &o = objectFor(a.day);
        o.insert(QStringLiteral("fiqr_function"), value(s.function));
        o.insert(QStringLiteral("fiqr_overall"), value(s.overall));
        o.insert(QStringLiteral("fiqr_symptoms"), value(s.symptoms));
        o.insert(QStringLiteral("fiqr_total"), value(s.total));
    }
    for (const Acr2016Answers &a : acr) {
        if (a.isEmpty())
            continue;
        const Acr2016Score s = scoreAcr2016(a);
        QJsonObject &o = objectFor(a.day);
        o.insert(QStringLiteral("wpi"), s.wpi);
        o.insert(QStringLiteral("sss"), value(s.sss));
        o.insert(QStringLiteral("fs"), value(s.fs));
        o.insert(QStringLiteral("regions_with_pain"), s.regionsWithPain);
        o.insert(QStringLiteral("acr2016_met"), value(s.met));
    }
    QJsonArray out;
    for (const QJsonObject &o : qAsConst(byDay))
        out.append(o);
    return out;
}

} // namespace fc
