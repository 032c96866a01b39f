#include "export/csvfields.h"
#include "export/csvimportplan.h"
#include "export/dailyrollup.h"

#include <QLocale>
#include <QRegularExpression>

// Daylio's "Export entries" CSV, newest entry first:
//   full_date,date,weekday,time,mood,activities,note_title,note[,scales]
// (older versions: year,date,weekday,time,mood,activities,note, the date as "18 May"). Newer
// versions add the entry's scales, joined with " | ": "Sleep Quality: 8/10 points | Sleep Time:
// 8:00".
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

// What one of the scales of an entry became, for the preview.
struct ScaleUse
{
    QString name;
    QString became;
};

QString symptomName(const QString &key, const CsvImportContext &context, const CsvImportPlan &plan)
{
    for (const Symptom &s : context.symptoms)
        if (s.key == key)
            return s.name;
    for (const auto &added : plan.symptoms)
        if (added.value.key == key)
            return added.value.name;
    return key;
}

// Scales whose higher end is the better one, when the journal does not have them yet.
bool higherIsBetterScale(const QString &name)
{
    static const QStringList better{
        QStringLiteral("sleep quality"), QStringLiteral("energy"),
        QStringLiteral("mood"),          QStringLiteral("focus"),
        QStringLiteral("motivation"),    QStringLiteral("productivity")};
    return better.contains(name.trimmed().toLower());
}

bool isSleepLength(const QString &name)
{
    static const QStringList sleep{QStringLiteral("sleep time"), QStringLiteral("sleep"),
                                   QStringLiteral("sleep duration"), QStringLiteral("hours slept")};
    return sleep.contains(name.trimmed().toLower());
}

// One "Name: value" of the scales column: a score "N/M points" rescaled exactly to 0-10, a
// length of sleep as hours slept, anything else a line of the day's note.
void addScale(const QString &item, const QDate &day, int line, const CsvImportContext &context,
              CsvImportPlan &plan, DailyRollup &days, QVector<ScaleUse> &uses)
{
    static const QRegularExpression points(
        QStringLiteral("^(\\d+(?:[.,]\\d+)?)\\s*/\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:points?|pts)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype colon = item.indexOf(QLatin1Char(':'));
    const QString name = colon > 0 ? item.left(colon).trimmed() : QString();
    const QString value = colon > 0 ? item.mid(colon + 1).trimmed() : item.trimmed();
    auto use = [&](const QString &became) {
        for (const ScaleUse &u : std::as_const(uses))
            if (u.name.compare(name, Qt::CaseInsensitive) == 0)
                return;
        uses.append({name, became});
    };
    auto toNumber = [](QString text) {
        return text.replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    };
    if (!name.isEmpty()) {
        if (const QRegularExpressionMatch m = points.match(value); m.hasMatch()) {
            const double got = toNumber(m.captured(1)), of = toNumber(m.captured(2));
            if (of > 0 && got <= of) {
                const QString key =
                    symptomKeyFor(name, line, context, plan, higherIsBetterScale(name));
                days.addRating(day, key, got / of * 10.0, false, line);
                use(CsvText::tr("%1 (out of %2, rescaled exactly to 0-10)")
                        .arg(symptomName(key, context, plan),
                             QLocale::c().toString(of, 'g', QLocale::FloatingPointShortest)));
                return;
            }
        }
        if (isSleepLength(name)) {
            if (const auto hours = clockHours(value); hours && *hours >= 0 && *hours <= 24) {
                days.addSleep(day, *hours, line);
                use(CsvText::tr("hours slept"));
                return;
            }
        }
    }
    if (!value.isEmpty() || !name.isEmpty()) {
        days.addNoteLine(day, name.isEmpty() ? value : QStringLiteral("%1: %2").arg(name, value),
                         line);
        use(QString()); // kept in the note
    }
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
              note = columnOf(h, "note"), scales = columnOf(h, "scales");
    plan.format = scales >= 0 ? CsvText::tr("Daylio export (one row per entry: date, time, "
                                            "mood, activities, note, scales)")
                              : CsvText::tr("Daylio export (one row per entry: date, time, "
                                            "mood, activities, note)");
    // The weekday and the short date repeat full_date.
    nameUnreadColumns(h,
                      {"full_date", "year", "date", "weekday", "time", "mood", "activities",
                       "note_title", "note", "scales"},
                      plan);
    QVector<ScaleUse> scaleUses;
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
        if (scales >= 0)
            for (const QString &item :
                 row.fields[scales].split(QLatin1Char('|'), Qt::SkipEmptyParts))
                if (!item.trimmed().isEmpty())
                    addScale(item.trimmed(), *day, row.line, context, plan, days, scaleUses);
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
    QStringList scored, kept;
    for (const ScaleUse &u : std::as_const(scaleUses)) {
        if (u.became.isEmpty())
            kept << u.name;
        else
            scored << CsvText::tr("%1 became %2").arg(u.name, u.became);
    }
    if (!scored.isEmpty())
        plan.remarks << CsvText::tr("scales: %1; several entries a day are averaged.")
                            .arg(scored.mid(0, 20).join(QStringLiteral("; ")));
    if (!kept.isEmpty())
        plan.remarks << CsvText::tr("scales the journal has no place for (%1) are kept as lines "
                                    "of the day's note.")
                            .arg(kept.mid(0, 20).join(QStringLiteral(", ")));
    plan.remarks << CsvText::tr("activities became an \"Activities:\" line of the day's note; "
                                "note_title and note are kept in the note with the entry's "
                                "time.");
}

} // namespace fc
