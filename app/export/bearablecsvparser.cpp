#include "export/csvfields.h"
#include "export/csvimportplan.h"
#include "export/dailyrollup.h"

#include <QRegularExpression>
#include <cmath>

// Bearable's "Export data" CSV: one row per rating or entry,
//   date,date formatted,weekday,time of day,category,rating/amount,detail,notes
// (files from before 2021 have no "date formatted"; their date reads "22nd Sep 2020"). Mood,
// Energy and Sleep quality carry a number, Sleep the hours asleep as H:MM, Symptom rows name the
// symptom with its severity in brackets ("Fatigue (Moderate)") and a 0-4 rating; factor
// categories join their entries with " | ".
namespace fc {

using namespace csvfields;

namespace {

// Bearable's severity words, 0 (none) to 4 (unbearable).
std::optional<int> severityWord(const QString &word)
{
    static const QStringList words{QStringLiteral("none"), QStringLiteral("mild"),
                                   QStringLiteral("moderate"), QStringLiteral("severe"),
                                   QStringLiteral("unbearable")};
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("extreme"))
        return 4;
    const int i = int(words.indexOf(w));
    return i >= 0 ? std::optional<int>(i) : std::nullopt;
}

// The numbered ratings (mood, energy, sleep quality) on their own scale: 1-5 in most files,
// 1-10 in some. The scale is the file's: a 1-5 scale is doubled, exactly.
struct RatedCategory
{
    const char *category;
    const char *symptomName;
    double factor = 1;
    bool seen = false;
};

} // namespace

bool isBearableHeader(const QStringList &header)
{
    return columnOf(header, "category") >= 0 && columnOf(header, "rating/amount") >= 0 &&
           columnOf(header, "detail") >= 0 && columnOf(header, "date") >= 0 &&
           columnOf(header, "time of day") >= 0;
}

void parseBearableCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan)
{
    const QStringList &h = rows.header();
    const int date = columnOf(h, "date"), formatted = columnOf(h, "date formatted"),
              category = columnOf(h, "category"), amount = columnOf(h, "rating/amount"),
              detail = columnOf(h, "detail"), notes = columnOf(h, "notes");
    plan.format = CsvText::tr("Bearable export (one row per entry: date, category, "
                              "rating/amount, detail, notes)");
    // The weekday and the formatted date repeat the date; the time of day only orders a day's
    // entries, which the journal keeps as one check-in.
    nameUnreadColumns(h,
                      {"date", "date formatted", "weekday", "time of day", "category",
                       "rating/amount", "detail", "notes"},
                      plan);
    RatedCategory rated[] = {
        {"Mood", "Mood"}, {"Energy", "Energy"}, {"Sleep quality", "Sleep quality"}};
    // First pass: the largest number each rated category holds sets its scale.
    double largest[std::size(rated)] = {};
    CsvRecord row;
    while (rows.next(row)) {
        if (row.fields.size() != h.size())
            continue;
        const QString kind = row.fields[category].trimmed();
        for (size_t i = 0; i < std::size(rated); ++i) {
            if (kind.compare(QLatin1String(rated[i].category), Qt::CaseInsensitive) == 0)
                largest[i] = std::max(largest[i], row.fields[amount].trimmed().toDouble());
        }
    }
    for (size_t i = 0; i < std::size(rated); ++i)
        rated[i].factor = largest[i] <= 5 ? 2 : 1;

    DailyRollup days;
    QMap<QString, int> otherCategories; // category -> rows kept in the note
    int symptomRows = 0, sleepRows = 0;
    rows.rewind();
    while (rows.next(row)) {
        if (row.fields.size() != h.size())
            continue;
        // "date formatted" where the file has it and it reads as a date, else "date".
        QDate parsed = formatted >= 0 ? looseDate(row.fields[formatted]) : QDate();
        if (!parsed.isValid())
            parsed = looseDate(row.fields[date]);
        const auto day =
            checkedDay(parsed, row.fields[date], QStringLiteral("date"), row.line, context, plan);
        if (!day)
            continue;
        const QString kind = row.fields[category].trimmed();
        const QString value = row.fields[amount].trimmed();
        const QString what = row.fields[detail].trimmed();
        if (notes >= 0)
            days.addNoteLine(*day, row.fields[notes], row.line);

        RatedCategory *ratedKind = nullptr;
        for (RatedCategory &r : rated)
            if (kind.compare(QLatin1String(r.category), Qt::CaseInsensitive) == 0)
                ratedKind = &r;
        if (ratedKind) {
            if (value.isEmpty())
                continue;
            const auto rating =
                number(value, CsvText::tr("%1 rating").arg(kind), 0, 10, row.line, plan);
            if (!rating)
                continue;
            const QString key =
                symptomKeyFor(QLatin1String(ratedKind->symptomName), row.line, context, plan, true);
            days.addRating(*day, key, *rating * ratedKind->factor, false, row.line);
            ratedKind->seen = true;
        } else if (kind.compare(QLatin1String("Sleep"), Qt::CaseInsensitive) == 0) {
            if (value.isEmpty())
                continue;
            const auto hours = clockHours(value);
            if (!hours || *hours < 0 || *hours > 24) {
                error(plan, row.line,
                      CsvText::tr("Sleep \"%1\" is not a length of sleep (expected H:MM)")
                          .arg(value.left(40)));
                continue;
            }
            days.addSleep(*day, *hours, row.line);
            ++sleepRows;
        } else if (kind.compare(QLatin1String("Symptom"), Qt::CaseInsensitive) == 0 ||
                   kind.compare(QLatin1String("Symptoms"), Qt::CaseInsensitive) == 0) {
            static const QRegularExpression named(QStringLiteral("^(.*?)\\s*\\(([^()]*)\\)\\s*$"));
            const QStringList parts = what.split(QStringLiteral(" | "), Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                const QRegularExpressionMatch m = named.match(part.trimmed());
                const QString name = m.hasMatch() ? m.captured(1) : part.trimmed();
                std::optional<int> severity =
                    parts.size() == 1 && !value.isEmpty()
                        ? wholeNumber(value, CsvText::tr("%1 severity").arg(name), 0, 4, row.line,
                                      plan)
                        : (m.hasMatch() ? severityWord(m.captured(2)) : std::nullopt);
                if (!severity) {
                    if (parts.size() > 1 || value.isEmpty())
                        error(plan, row.line,
                              CsvText::tr("the symptom \"%1\" has no severity (expected "
                                          "\"Name (Mild)\" or a 0-4 rating)")
                                  .arg(part.trimmed().left(60)));
                    continue;
                }
                if (name.isEmpty())
                    continue;
                days.addRating(*day, symptomKeyFor(name, row.line, context, plan), *severity * 2.5,
                               true, row.line);
                ++symptomRows;
            }
        } else if (kind.compare(QLatin1String("Notes"), Qt::CaseInsensitive) == 0 ||
                   kind.compare(QLatin1String("Extra notes"), Qt::CaseInsensitive) == 0) {
            days.addNoteLine(*day, what, row.line);
        } else if (!kind.isEmpty() && !what.isEmpty()) {
            QStringList tags = what.split(QStringLiteral(" | "), Qt::SkipEmptyParts);
            if (tags.size() == 1 && !value.isEmpty())
                tags.first() = QStringLiteral("%1 (%2)").arg(tags.first().trimmed(), value);
            days.addTags(*day, kind, tags, row.line);
            ++otherCategories[kind];
        }
    }
    days.addTo(plan);

    for (const RatedCategory &r : rated)
        if (r.seen)
            plan.remarks << (r.factor == 2
                                 ? CsvText::tr("%1 (rated 1-5) became %2, doubled to the "
                                               "journal's 0-10 scale; several a day are "
                                               "averaged.")
                                 : CsvText::tr("%1 (rated 0-10) became %2 as it is; several a "
                                               "day are averaged."))
                                .arg(QLatin1String(r.category), QLatin1String(r.symptomName));
    if (symptomRows > 0)
        plan.remarks << QStringLiteral(
            "Symptoms became symptoms of the same name, their severity 0-4 (none, mild, "
            "moderate, severe, unbearable) times 2.5, kept exactly; the worst of a day is kept.");
    if (sleepRows > 0)
        plan.remarks << CsvText::tr("Sleep became the hours slept of the day (a night and a "
                                    "nap add up).");
    if (!otherCategories.isEmpty())
        plan.remarks << CsvText::tr("Kept as lines of the day's note, one per category: %1.")
                            .arg(otherCategories.keys().join(QStringLiteral(", ")));
    if (notes >= 0)
        plan.remarks << CsvText::tr("Notes are kept in the day's note.");
}

} // namespace fc
