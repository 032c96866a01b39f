#pragma once

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVector>
#include <array>
#include <optional>

// The two validated measures a rheumatologist reads, as the person answered them. The journal
// keeps answers (never scores), one row per answer, so any scoring rule can be applied later and
// the CSV rows (kinds fiqr, wpi, sss, sss_duration) are the stored rows.
namespace fc {

// The Revised Fibromyalgia Impact Questionnaire (Bennett et al., Arthritis Research & Therapy
// 2009;11:R120): 21 items, each 0-10, about the past 7 days.
struct FiqrAnswers
{
    static constexpr int kItems = 21;
    QDate day;
    std::array<std::optional<double>, kItems> items; // item n at index n - 1

    int answered() const;
    bool isEmpty() const { return answered() == 0; }
    bool operator==(const FiqrAnswers &o) const { return day == o.day && items == o.items; }
};

namespace fiqr {

enum class Domain { Function, Overall, Symptoms };

struct Item
{
    int number;    // 1-21
    Domain domain; // items 1-9, 10-11, 12-21
    const char *text;
    const char *low;  // the anchor at 0
    const char *high; // the anchor at 10
};

const QVector<Item> &items();
// The instructions printed above each domain's items.
QString domainInstructions(Domain domain);
QString domainName(Domain domain);
QString itemText(const Item &item);
QString lowAnchor(const Item &item);
QString highAnchor(const Item &item);
QString citation();

} // namespace fiqr

// The 2016 revision of the ACR fibromyalgia criteria (Wolfe et al., Semin Arthritis Rheum
// 2016;46:319-329): the Widespread Pain Index body map, the Symptom Severity Scale and whether the
// symptoms have lasted at least 3 months.
struct Acr2016Answers
{
    // The SSS items, in the order of the CSV's names.
    enum SssItem { Fatigue, WakingUnrefreshed, Cognitive, Headaches, LowerAbdomen, Depression };
    static constexpr int kSssItems = 6;

    QDate day;
    QSet<QString> painfulAreas;                    // WPI area keys
    std::array<std::optional<int>, kSssItems> sss; // 0-3 for the first three, else 0/1
    std::optional<bool> lastedThreeMonths;         // not answered: nullopt

    bool isEmpty() const;
    bool operator==(const Acr2016Answers &o) const
    {
        return day == o.day && painfulAreas == o.painfulAreas && sss == o.sss &&
               lastedThreeMonths == o.lastedThreeMonths;
    }
};

namespace acr2016 {

// The five regions of the 2016 revision. The jaw, chest and abdomen belong to one but do not
// count toward generalised pain.
enum class Region { LeftUpper, RightUpper, LeftLower, RightLower, Axial };
constexpr int kRegions = 5;

struct Area
{
    const char *key; // the CSV name: "left_jaw", ...
    const char *name;
    Region region;
    bool countsForGeneralisedPain;
};

const QVector<Area> &areas(); // the 19 areas, left before right, top to bottom
const Area *area(const QString &key);
QString areaName(const Area &area);
QString regionName(Region region);

struct SssItemInfo
{
    const char *key; // the CSV name
    const char *text;
    int maximum; // 3 or 1
};
const std::array<SssItemInfo, Acr2016Answers::kSssItems> &sssItems();
QString sssItemText(int index);
// "No problem", "Slight or mild problems: generally mild or intermittent", ... for 0-3.
QString severityAnchor(int value);
QString severityWord(int value);  // "No problem", "Slight or mild", "Moderate", "Severe"
int sssIndex(const QString &key); // -1 when not an SSS name
QString citation();

} // namespace acr2016

} // namespace fc
