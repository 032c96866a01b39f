#pragma once

#include "journal/questionnaire.h"

#include <QDate>
#include <QJsonArray>
#include <QVector>
#include <optional>

namespace fc {

// FIQR scores (Bennett et al. 2009): function = sum of items 1-9 / 3 (0-30), overall = sum of
// items 10-11 (0-20), symptoms = sum of items 12-21 / 2 (0-50), total = their sum (0-100).
// A domain with unanswered items is scored by the published rule, its answered sum weighted by
// items / answered; a domain with fewer than half its items answered (5 of 9, 1 of 2, 5 of 10)
// is not scored, and without all three domains there is no total.
struct FiqrScore
{
    QDate day;
    std::optional<double> function;
    std::optional<double> overall;
    std::optional<double> symptoms;
    std::optional<double> total;
    int answered = 0;
    int missing = 0;
};

FiqrScore scoreFiqr(const FiqrAnswers &answers);
// The fewest answered items a domain is scored with.
int fiqrMinimumAnswered(fiqr::Domain domain);

// ACR 2016 (Wolfe et al. 2016): WPI 0-19 (painful areas), SSS 0-12 (three severities 0-3 plus
// three symptoms 0/1), FS = WPI + SSS (0-31). The criteria are met when WPI >= 7 and SSS >= 5,
// or WPI 4-6 and SSS >= 9; and pain is generalised (at least 4 of the 5 regions, jaw, chest and
// abdomen not counting); and the symptoms have lasted at least 3 months. Information for the
// doctor, never a diagnosis.
struct Acr2016Score
{
    QDate day;
    int wpi = 0;             // the map is always answered: an area not marked is not painful
    std::optional<int> sss;  // needs all six items
    std::optional<int> fs;   // WPI + SSS
    int regionsWithPain = 0; // 0-5, for generalised pain
    bool generalisedPain = false;
    bool severityMet = false; // the WPI/SSS part, when SSS is known
    std::optional<bool> met;  // unknown without the SSS or the duration answer
};

Acr2016Score scoreAcr2016(const Acr2016Answers &answers);

// Every dated answer set, the two questionnaires of one day as one object (--insights-json
// "questionnaires"): date, fiqr_function, fiqr_overall, fiqr_symptoms, fiqr_total, wpi, sss,
// fs, regions_with_pain, acr2016_met; null where not answered or not scorable. Oldest first.
QJsonArray questionnairesJson(const QVector<FiqrAnswers> &fiqr, const QVector<Acr2016Answers> &acr);

} // namespace fc
