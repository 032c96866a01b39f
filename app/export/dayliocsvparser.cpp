#include "export/csvfields.h"
#include "export/csvimportplan.h"
#include "export/dailyrollup.h"

#include <QRegularExpression>

// Daylio's "Export entries" CSV, newest entry first:
//   full_date,date,weekday,time,mood,activities,note_title,note
// (older versions: year,date,weekday,time,mood,activities,note, the date as "18 May").
// The mood is a label, one of the five the app ships with (rad, good, meh, bad, awful) unless
// the person renamed or added some; activities are joined with " | ".
namespace fc {

using namespace csvfields;

namespace {

// Daylio's five default moods, best first, as 5..1.
std::optional<int> moodLevel(const QString &label)
{
    static const QStringList moods{QStringLiteral("awful"), QStringLiteral("bad"),
                                   QStringLiteral("meh"), QStringLiteral("good"),
                                   QStringLiteral("rad")};
    const int i = int(moods.indexOf(label.trimmed().toLower()));
    return i >= 0 ? std::optional<int>(i + 1) : std::nullopt;
}

QString plainNote(QString text)
{
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"),
                                              QRegularExpression::CaseInsensitiveOption);
    return text.replace(lineBreak, QStringLiteral("\n")).trimmed();
}

} // namespace

bool isDaylioHeader(const QStringList &header)
{
    return columnOf(header, "mood") >= 0 && columnOf(header, "activities") >= 0 &&
           columnOf(header, "weekday") >= 0 && columnOf(header, "time") >= 0 &&
           (columnOf(header, "full_date") >= 0 ||
            (columnOf(header, "year") >= 0 && columnOf(header, "date") >= 0));
}

void parseDaylioCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan)
{
    const QStringList &h = rows.header();
    const int fullDate = columnOf(h, "full_date"), year = columnOf(h, "year"),
              date = columnOf(h, "date"), time = columnOf(h, "time"), mood = columnOf(h, "mood"),
              activities = columnOf(h, "activities"), title = columnOf(h, "note_title"),
              note = columnOf(h, "note");
    plan.format = CsvText::tr("Daylio export (one row per entry: date, time, mood, "
                              "activities, note)");
    auto dateTextOf = [&](const CsvRecord &row) {
        return fullDate >= 0
                   ? row.fields[fullDate]
                   : row.fields[date].trimmed() + QLatin1Char(' ') + row.fields[year].trimmed();
    };
    // Daylio writes the newest entry first; a day's notes read better oldest first. Only where
    // each entry starts is kept, not the entries.
    QVector<CsvStream::Position> entries;
    QDate firstDate, lastDate;
    CsvRecord row;
    for (CsvStream::Position at = rows.position(); rows.next(row); at = rows.position()) {
        if (row.fields.size() != h.size())
            continue;
        lastDate = looseDate(dateTextOf(row));
        if (entries.isEmpty())
            firstDate = lastDate;
        entries << at;
    }
    if (entries.size() > 1 && firstDate > lastDate)
        std::reverse(entries.begin(), entries.end());
    DailyRollup days;
    QStringList otherMoods;
    int rated = 0;
    for (const CsvStream::Position &entry : std::as_const(entries)) {
        rows.seek(entry);
        rows.next(row);
        const QString dateText = dateTextOf(row);
        const auto day =
            checkedDay(looseDate(dateText), dateText,
                       fullDate >= 0 ? QStringLiteral("full_date") : QStringLiteral("date"),
                       row.line, context, plan);
        if (!day)
            continue;
        const QString label = row.fields[mood].trimmed();
        if (const auto level = moodLevel(label)) {
            days.addRating(*day,
                           symptomKeyFor(QStringLiteral("Mood"), row.line, context, plan, true),
                           *level * 2.0, false, row.line);
            ++rated;
        } else if (!label.isEmpty()) {
            days.addNoteLine(*day, QStringLiteral("Mood: %1").arg(label), row.line);
            if (!otherMoods.contains(label, Qt::CaseInsensitive))
                otherMoods << label;
        }
        if (activities >= 0)
            days.addTags(*day, QStringLiteral("Activities"),
                         row.fields[activities].split(QLatin1Char('|')), row.line);
        QStringList text;
        if (title >= 0 && !row.fields[title].trimmed().isEmpty())
            text << plainNote(row.fields[title]);
        if (note >= 0 && !row.fields[note].trimmed().isEmpty())
            text << plainNote(row.fields[note]);
        if (!text.isEmpty()) {
            const QTime at = time >= 0 ? looseTime(row.fields[time]) : QTime();
            const QString body = text.join(QLatin1Char('\n'));
            days.addNoteLine(*day,
                             at.isValid() ? QStringLiteral("%1 %2").arg(
                                                at.toString(QStringLiteral("HH:mm")), body)
                                          : body,
                             row.line);
        }
    }
    days.addTo(plan);
    if (rated > 0)
        plan.remarks << CsvText::tr("mood became Mood: awful, bad, meh, good and rad are 2, 4, "
                                    "6, 8 and 10 on the journal's 0-10 scale; several entries "
                                    "a day are averaged.");
    if (!otherMoods.isEmpty())
        plan.remarks << CsvText::tr("Moods other than Daylio's five (%1) cannot be placed on a "
                                    "scale: they are kept as a line of the day's note.")
                            .arg(otherMoods.mid(0, 10).join(QStringLiteral(", ")));
    plan.remarks << CsvText::tr("activities became an \"Activities:\" line of the day's note; "
                                "note_title and note are kept in the note with the entry's "
                                "time.");
}

} // namespace fc
