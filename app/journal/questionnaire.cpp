#include "journal/questionnaire.h"

#include <QCoreApplication>

namespace fc {

int FiqrAnswers::answered() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const std::optional<double> &v) { return v.has_value(); }));
}

bool Acr2016Answers::isEmpty() const
{
    return painfulAreas.isEmpty() && !lastedThreeMonths &&
           std::none_of(sss.cbegin(), sss.cend(),
                        [](const std::optional<int> &v) { return v.has_value(); });
}

namespace fiqr {

// The items' wording and anchors as published (Bennett et al. 2009, Additional file 1). A
// translation of a validated questionnaire must be a validated translation, so translators are
// told so in the context comment.
const QVector<Item> &items()
{
    static const QVector<Item> list{
        {1, Domain::Function, QT_TRANSLATE_NOOP("Fiqr", "Brush or comb your hair"),
         QT_TRANSLATE_NOOP("Fiqr", "No difficulty"), QT_TRANSLATE_NOOP("Fiqr", "Very difficult")},
        {2, Domain::Function, QT_TRANSLATE_NOOP("Fiqr", "Walk continuously for 20 minutes"),
         QT_TRANSLATE_NOOP("Fiqr", "No difficulty"), QT_TRANSLATE_NOOP("Fiqr", "Very difficult")},
        {3, Domain::Function, QT_TRANSLATE_NOOP("Fiqr", "Prepare a homemade meal"),
         QT_TRANSLATE_NOOP("Fiqr", "No difficulty"), QT_TRANSLATE_NOOP("Fiqr", "Very difficult")},
        {4, Domain::Function, QT_TRANSLATE_NOOP("Fiqr", "Vacuum, scrub or sweep floors"),
         QT_TRANSLATE_NOOP("Fiqr", "No difficulty"), QT_TRANSLATE_NOOP("Fiqr", "Very difficult")},
        {5, Domain::Function, QT_TRANSLATE_NOOP("Fiqr", "Lift and carry a bag full of groceries"),
         QT_TRANSLATE_NOOP("Fiqr", "No difficulty"), QT_TRANSLATE_NOOP("Fiqr", "Very difficult")},
        {6, Domain::Function, QT_TRANSLATE_NOOP("Fiqr", "Climb one flight of stairs"),
         QT_TRANSLATE_NOOP("Fiqr", "No difficulty"), QT_TRANSLATE_NOOP("Fiqr", "Very difficult")},
        {7, Domain::Function, QT_TRANSLATE_NOOP("Fiqr", "Change bed sheets"),
         QT_TRANSLATE_NOOP("Fiqr", "No difficulty"), QT_TRANSLATE_NOOP("Fiqr", "Very difficult")},
        {8, Domain::Function, QT_TRANSLATE_NOOP("Fiqr", "Sit in a chair for 45 minutes"),
         QT_TRANSLATE_NOOP("Fiqr", "No difficulty"), QT_TRANSLATE_NOOP("Fiqr", "Very difficult")},
        {9, Domain::Function, QT_TRANSLATE_NOOP("Fiqr", "Go shopping for groceries"),
         QT_TRANSLATE_NOOP("Fiqr", "No difficulty"), QT_TRANSLATE_NOOP("Fiqr", "Very difficult")},
        {10, Domain::Overall,
         QT_TRANSLATE_NOOP("Fiqr", "Fibromyalgia prevented me from accomplishing goals for the "
                                   "week"),
         QT_TRANSLATE_NOOP("Fiqr", "Never"), QT_TRANSLATE_NOOP("Fiqr", "Always")},
        {11, Domain::Overall,
         QT_TRANSLATE_NOOP("Fiqr", "I was completely overwhelmed by my fibromyalgia symptoms"),
         QT_TRANSLATE_NOOP("Fiqr", "Never"), QT_TRANSLATE_NOOP("Fiqr", "Always")},
        {12, Domain::Symptoms, QT_TRANSLATE_NOOP("Fiqr", "Please rate your level of pain"),
         QT_TRANSLATE_NOOP("Fiqr", "No pain"), QT_TRANSLATE_NOOP("Fiqr", "Unbearable pain")},
        {13, Domain::Symptoms, QT_TRANSLATE_NOOP("Fiqr", "Please rate your level of energy"),
         QT_TRANSLATE_NOOP("Fiqr", "Lots of energy"), QT_TRANSLATE_NOOP("Fiqr", "No energy")},
        {14, Domain::Symptoms, QT_TRANSLATE_NOOP("Fiqr", "Please rate your level of stiffness"),
         QT_TRANSLATE_NOOP("Fiqr", "No stiffness"), QT_TRANSLATE_NOOP("Fiqr", "Severe stiffness")},
        {15, Domain::Symptoms, QT_TRANSLATE_NOOP("Fiqr", "Please rate the quality of your sleep"),
         QT_TRANSLATE_NOOP("Fiqr", "Awoke rested"), QT_TRANSLATE_NOOP("Fiqr", "Awoke very tired")},
        {16, Domain::Symptoms, QT_TRANSLATE_NOOP("Fiqr", "Please rate your level of depression"),
         QT_TRANSLATE_NOOP("Fiqr", "No depression"), QT_TRANSLATE_NOOP("Fiqr", "Very depressed")},
        {17, Domain::Symptoms,
         QT_TRANSLATE_NOOP("Fiqr", "Please rate your level of memory problems"),
         QT_TRANSLATE_NOOP("Fiqr", "Good memory"), QT_TRANSLATE_NOOP("Fiqr", "Very poor memory")},
        {18, Domain::Symptoms, QT_TRANSLATE_NOOP("Fiqr", "Please rate your level of anxiety"),
         QT_TRANSLATE_NOOP("Fiqr", "Not anxious"), QT_TRANSLATE_NOOP("Fiqr", "Very anxious")},
        {19, Domain::Symptoms,
         QT_TRANSLATE_NOOP("Fiqr", "Please rate your level of tenderness to touch"),
         QT_TRANSLATE_NOOP("Fiqr", "No tenderness"), QT_TRANSLATE_NOOP("Fiqr", "Very tender")},
        {20, Domain::Symptoms,
         QT_TRANSLATE_NOOP("Fiqr", "Please rate your level of balance problems"),
         QT_TRANSLATE_NOOP("Fiqr", "No imbalance"), QT_TRANSLATE_NOOP("Fiqr", "Severe imbalance")},
        {21, Domain::Symptoms,
         QT_TRANSLATE_NOOP("Fiqr", "Please rate your level of sensitivity to loud noises, bright "
                                   "lights, odors and cold"),
         QT_TRANSLATE_NOOP("Fiqr", "No sensitivity"),
         QT_TRANSLATE_NOOP("Fiqr", "Extreme sensitivity")},
    };
    return list;
}

QString domainInstructions(Domain domain)
{
    switch (domain) {
    case Domain::Function:
        return QCoreApplication::translate(
            "Fiqr", "How much did your fibromyalgia make it difficult to do each of these 9 "
                    "activities during the past 7 days? If you did not do one in the last 7 days, "
                    "rate the last time you did it; if you cannot do it, choose 10.");
    case Domain::Overall:
        return QCoreApplication::translate(
            "Fiqr", "The overall impact of your fibromyalgia over the past 7 days.");
    case Domain::Symptoms:
        return QCoreApplication::translate(
            "Fiqr", "The intensity of your fibromyalgia symptoms over the past 7 days.");
    }
    return {};
}

QString domainName(Domain domain)
{
    switch (domain) {
    case Domain::Function:
        return QCoreApplication::translate("Fiqr", "Function");
    case Domain::Overall:
        return QCoreApplication::translate("Fiqr", "Overall impact");
    case Domain::Symptoms:
        return QCoreApplication::translate("Fiqr", "Symptoms");
    }
    return {};
}

QString itemText(const Item &item)
{
    return QCoreApplication::translate("Fiqr", item.text);
}

QString lowAnchor(const Item &item)
{
    return QCoreApplication::translate("Fiqr", item.low);
}

QString highAnchor(const Item &item)
{
    return QCoreApplication::translate("Fiqr", item.high);
}

QString citation()
{
    return QStringLiteral("FIQR: Bennett RM, Friend R, Jones KD, Ward R, Han BK, Ross RL. The "
                          "Revised Fibromyalgia Impact Questionnaire (FIQR): validation and "
                          "psychometric properties. Arthritis Research & Therapy 2009;11:R120 "
                          "(CC BY 2.0).");
}

} // namespace fiqr

namespace acr2016 {

const QVector<Area> &areas()
{
    static const QVector<Area> list{
        {"left_jaw", QT_TRANSLATE_NOOP("BodyMap", "Left jaw"), Region::LeftUpper, false},
        {"right_jaw", QT_TRANSLATE_NOOP("BodyMap", "Right jaw"), Region::RightUpper, false},
        {"left_shoulder_girdle", QT_TRANSLATE_NOOP("BodyMap", "Left shoulder girdle"),
         Region::LeftUpper, true},
        {"right_shoulder_girdle", QT_TRANSLATE_NOOP("BodyMap", "Right shoulder girdle"),
         Region::RightUpper, true},
        {"left_upper_arm", QT_TRANSLATE_NOOP("BodyMap", "Left upper arm"), Region::LeftUpper, true},
        {"right_upper_arm", QT_TRANSLATE_NOOP("BodyMap", "Right upper arm"), Region::RightUpper,
         true},
        {"left_lower_arm", QT_TRANSLATE_NOOP("BodyMap", "Left lower arm"), Region::LeftUpper, true},
        {"right_lower_arm", QT_TRANSLATE_NOOP("BodyMap", "Right lower arm"), Region::RightUpper,
         true},
        {"left_hip", QT_TRANSLATE_NOOP("BodyMap", "Left hip (buttock, trochanter)"),
         Region::LeftLower, true},
        {"right_hip", QT_TRANSLATE_NOOP("BodyMap", "Right hip (buttock, trochanter)"),
         Region::RightLower, true},
        {"left_upper_leg", QT_TRANSLATE_NOOP("BodyMap", "Left upper leg"), Region::LeftLower, true},
        {"right_upper_leg", QT_TRANSLATE_NOOP("BodyMap", "Right upper leg"), Region::RightLower,
         true},
        {"left_lower_leg", QT_TRANSLATE_NOOP("BodyMap", "Left lower leg"), Region::LeftLower, true},
        {"right_lower_leg", QT_TRANSLATE_NOOP("BodyMap", "Right lower leg"), Region::RightLower,
         true},
        {"neck", QT_TRANSLATE_NOOP("BodyMap", "Neck"), Region::Axial, true},
        {"upper_back", QT_TRANSLATE_NOOP("BodyMap", "Upper back"), Region::Axial, true},
        {"lower_back", QT_TRANSLATE_NOOP("BodyMap", "Lower back"), Region::Axial, true},
        {"chest", QT_TRANSLATE_NOOP("BodyMap", "Chest"), Region::Axial, false},
        {"abdomen", QT_TRANSLATE_NOOP("BodyMap", "Abdomen"), Region::Axial, false},
    };
    return list;
}

const Area *area(const QString &key)
{
    for (const Area &a : areas())
        if (key == QLatin1String(a.key))
            return &a;
    return nullptr;
}

QString areaName(const Area &area)
{
    return QCoreApplication::translate("BodyMap", area.name);
}

QString regionName(Region region)
{
    switch (region) {
    case Region::LeftUpper:
        return QCoreApplication::translate("BodyMap", "Left upper region");
    case Region::RightUpper:
        return QCoreApplication::translate("BodyMap", "Right upper region");
    case Region::LeftLower:
        return QCoreApplication::translate("BodyMap", "Left lower region");
    case Region::RightLower:
        return QCoreApplication::translate("BodyMap", "Right lower region");
    case Region::Axial:
        return QCoreApplication::translate("BodyMap", "Axial region");
    }
    return {};
}

const std::array<SssItemInfo, Acr2016Answers::kSssItems> &sssItems()
{
    static const std::array<SssItemInfo, Acr2016Answers::kSssItems> list{{
        {"fatigue", QT_TRANSLATE_NOOP("BodyMap", "Fatigue"), 3},
        {"waking_unrefreshed", QT_TRANSLATE_NOOP("BodyMap", "Waking unrefreshed"), 3},
        {"cognitive", QT_TRANSLATE_NOOP("BodyMap", "Cognitive symptoms"), 3},
        {"headaches", QT_TRANSLATE_NOOP("BodyMap", "Headaches"), 1},
        {"lower_abdomen", QT_TRANSLATE_NOOP("BodyMap", "Pain or cramps in the lower abdomen"), 1},
        {"depression", QT_TRANSLATE_NOOP("BodyMap", "Depression"), 1},
    }};
    return list;
}

QString sssItemText(int index)
{
    return QCoreApplication::translate("BodyMap", sssItems().at(size_t(index)).text);
}

QString severityAnchor(int value)
{
    switch (value) {
    case 0:
        return QCoreApplication::translate("BodyMap", "No problem");
    case 1:
        return QCoreApplication::translate(
            "BodyMap", "Slight or mild problems: generally mild or intermittent");
    case 2:
        return QCoreApplication::translate(
            "BodyMap", "Moderate: considerable problems, often present and/or at a moderate level");
    case 3:
        return QCoreApplication::translate(
            "BodyMap", "Severe: pervasive, continuous, life-disturbing problems");
    default:
        return {};
    }
}

QString severityWord(int value)
{
    switch (value) {
    case 0:
        return QCoreApplication::translate("BodyMap", "No problem");
    case 1:
        return QCoreApplication::translate("BodyMap", "Slight or mild");
    case 2:
        return QCoreApplication::translate("BodyMap", "Moderate");
    case 3:
        return QCoreApplication::translate("BodyMap", "Severe");
    default:
        return {};
    }
}

int sssIndex(const QString &key)
{
    const auto &list = sssItems();
    for (size_t i = 0; i < list.size(); ++i)
        if (key == QLatin1String(list[i].key))
            return int(i);
    return -1;
}

QString citation()
{
    return QStringLiteral("ACR 2016: Wolfe F, Clauw DJ, Fitzcharles MA, et al. 2016 Revisions to "
                          "the 2010/2011 fibromyalgia diagnostic criteria. Semin Arthritis Rheum "
                          "2016;46:319-329.");
}

} // namespace acr2016

} // namespace fc
