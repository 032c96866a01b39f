#include "export/csvfields.h"
#include "export/csvimportplan.h"

#include <QRegularExpression>
#include <cmath>

namespace fc {

using namespace csvfields;

namespace {

// Flaredown rates conditions and symptoms 0-4; the journal uses 0-10, exactly (3 -> 7.5).
double toTenPointScale(int flaredown)
{
    return flaredown * 2.5;
}

struct DayData
{
    QMap<QString, double> scores; // symptom key -> 0-10
    QStringList noteLines;
    int line = 0;
};

// Flaredown's exporter (rubyforgood/Flaredown, backend/app/jobs/data_export_job.rb) writes a
// treatment's cell as its dose text ("20.0 mg"), "Taken" when taken without a dose, "Not Taken"
// when missed, and leaves it empty when the treatment was not on that day's check-in.
const QLatin1String kTaken("Taken"), kNotTaken("Not Taken");

// Appended after Tags and Foods since October 2021, one value per check-in.
const QStringList &weatherHeaders()
{
    static const QStringList headers{QStringLiteral("Weather summary"),
                                     QStringLiteral("Weather max temperature"),
                                     QStringLiteral("Weather min temperature"),
                                     QStringLiteral("Weather pressure"),
                                     QStringLiteral("Weather precipitation intensity"),
                                     QStringLiteral("Weather humidity")};
    return headers;
}

// A history whose last check-in is older than this has stopped: its trials end.
constexpr int kStoppedAfterDays = 14;

struct TreatmentDay
{
    QString dose; // Flaredown's free text, e.g. "20.0 mg"; empty for "Taken"
    bool taken = true;
    int line = 0;
};

TreatmentDay treatmentDay(const QString &cell, int line)
{
    if (cell.compare(kNotTaken, Qt::CaseInsensitive) == 0)
        return {QString(), false, line};
    if (cell.compare(kTaken, Qt::CaseInsensitive) == 0)
        return {QString(), true, line};
    return {cell, true, line};
}

// Flaredown's Date column holds a Ruby DateTime ("2024-02-01T00:00:00+00:00"): the check-in's
// calendar day at midnight. The day is its date part, never shifted by a time zone.
QString flaredownDate(const QString &cell)
{
    static const QRegularExpression dateTime(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?"
                       "\\s*(Z|UTC|[+-]\\d{2}:?\\d{2})?$"));
    const QString t = cell.trimmed();
    const QRegularExpressionMatch m = dateTime.match(t);
    return m.hasMatch() ? m.captured(1) : t;
}

// Collected from either Flaredown layout, then turned into check-ins and trials.
struct Collected
{
    QMap<QDate, DayData> days;
    QMap<QString, QMap<QDate, TreatmentDay>> treatments; // treatment key -> days taken
    bool scaled = false;
    QDate lastDay; // last check-in of the file, even one with only treatments
};

struct ParsedDose
{
    std::optional<double> amount;
    QString unit;
};

ParsedDose parseDose(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\s*(\\d+(?:[.,]\\d+)?)\\s*([^\\d].*)?$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(),
            m.captured(2).trimmed()};
}

void addScore(Collected &data, const QDate &day, const QString &key, const QString &value,
              const QString &name, int line, CsvImportPlan &plan)
{
    const auto score =
        wholeNumber(value, CsvText::tr("%1 (Flaredown's 0-4 scale)").arg(name), 0, 4, line, plan);
    if (!score)
        return;
    DayData &d = data.days[day];
    if (d.line == 0)
        d.line = line;
    if (d.scores.contains(key))
        return error(plan, line,
                     CsvText::tr("%1 on %2 is given twice").arg(name, day.toString(Qt::ISODate)));
    d.scores.insert(key, toTenPointScale(*score));
    data.scaled = true;
}

void build(const Collected &data, const CsvImportContext &context, CsvImportPlan &plan)
{
    for (auto it = data.days.cbegin(); it != data.days.cend(); ++it) {
        CheckIn c;
        c.day = it.key();
        c.scores = it->scores;
        c.note = it->noteLines.join(QLatin1Char('\n'));
        plan.checkIns.append({c, it->line});
    }
    const QDate lastDay = data.lastDay;
    for (auto it = data.treatments.cbegin(); it != data.treatments.cend(); ++it) {
        const QMap<QDate, TreatmentDay> &logged = it.value();
        QDate firstTaken;
        QString firstDose;
        for (auto day = logged.cbegin(); day != logged.cend(); ++day) {
            if (!day->taken)
                continue;
            if (!firstTaken.isValid()) {
                firstTaken = day.key();
                firstDose = day->dose.trimmed();
            }
            if (firstDose.isEmpty())
                firstDose = day->dose.trimmed();
        }
        if (!firstTaken.isValid()) {
            plan.remarks << CsvText::tr("%1 is only ever logged as not taken: no trial is made "
                                        "for it.")
                                .arg(it.key());
            continue;
        }
        Trial t;
        t.treatmentKey = it.key();
        // The trial runs as long as the treatment's history: a "Not Taken" before the first day
        // taken or after the last one (the person kept logging that they skipped it) is a missed
        // dose of the trial, so every cell the file has is kept.
        t.start = logged.firstKey();
        // On the file's last check-in, and that check-in recent: the trial is still going.
        // A history that stopped ends each trial on its last day logged.
        const bool historyStopped = lastDay.daysTo(context.today) > kStoppedAfterDays;
        if (logged.lastKey() != lastDay || historyStopped) {
            t.stop = logged.lastKey();
            t.stopReason = historyStopped
                               ? QStringLiteral("Last day logged in Flaredown (the export ends "
                                                "on %1)")
                                     .arg(lastDay.toString(Qt::ISODate))
                               : QStringLiteral("Last day logged in Flaredown");
        }
        t.rampUpDays = 7;
        const ParsedDose first = parseDose(firstDose);
        t.dose = first.amount;
        t.unit = first.unit;
        if (!first.amount && !firstDose.isEmpty())
            t.schedule = firstDose;
        QString previous = firstDose;
        QMap<QDate, bool> log;
        for (auto day = logged.cbegin(); day != logged.cend(); ++day) {
            log.insert(day.key(), day->taken);
            const QString dose = day->dose.trimmed();
            if (dose == previous || dose.isEmpty())
                continue;
            const ParsedDose parsed = parseDose(dose);
            if (parsed.amount)
                t.doseChanges.append({0, day.key(), *parsed.amount, parsed.unit,
                                      QStringLiteral("Flaredown dose: %1").arg(dose)});
            else
                t.doseChanges.append({0, day.key(), t.dose.value_or(0), t.unit,
                                      QStringLiteral("Flaredown dose: %1").arg(dose)});
            previous = dose;
        }
        plan.trials.append({t, log, logged.value(firstTaken).line});
    }
    if (data.scaled)
        plan.remarks << QStringLiteral(
            "Flaredown rates symptoms and conditions 0-4; scores are kept exactly on the journal's "
            "0-10 scale, multiplied by 2.5 (1 → 2.5, 2 → 5, 3 → 7.5, 4 → 10).");
    if (!data.treatments.isEmpty())
        plan.remarks << CsvText::tr("Each treatment becomes a trial from the first to the last "
                                    "day it was logged (taken or not), with a "
                                    "dose change wherever the dose text changes; \"Taken\" and "
                                    "dose cells are marked "
                                    "taken, \"Not Taken\" cells missed, empty cells not logged. "
                                    "A trial still taken on "
                                    "the file's last check-in keeps going unless that check-in "
                                    "is more than %1 days old.")
                            .arg(kStoppedAfterDays);
}

} // namespace

void parseFlaredownWideCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan)
{
    const QStringList &header = rows.header();
    const int columns = int(header.size());
    const int tagsColumn = flaredownTagsColumn(header);
    const bool withWeather = tagsColumn + 2 < columns;
    plan.format = withWeather ? CsvText::tr("Flaredown per-user export (Date, one column per "
                                            "trackable, Tags, Foods, weather)")
                              : CsvText::tr("Flaredown per-user export (Date, one column per "
                                            "trackable, Tags, Foods)");
    // Flaredown's header does not say which columns are symptoms. It writes conditions, then
    // symptoms, then treatments: 0-4 whole numbers are ratings; "Taken", "Not Taken" or a dose
    // such as "20 mg" make a treatment column, and every column after it is one too.
    static const QRegularExpression rating(QStringLiteral("^[0-4]$"));
    bool treatmentsBegun = false;
    QStringList symptomColumns, treatmentColumns, emptyColumns;
    QVector<QString> keys(columns);
    QVector<bool> isTreatment(columns, false);
    QVector<bool> any(columns, false), allRatings(columns, true);
    CsvRecord r;
    while (rows.next(r)) {
        if (r.fields.size() != columns)
            continue;
        for (int i = 1; i < tagsColumn; ++i) {
            const QString v = r.fields[i].trimmed();
            if (v.isEmpty())
                continue;
            any[i] = true;
            allRatings[i] = allRatings[i] && rating.match(v).hasMatch();
        }
    }
    for (int i = 1; i < tagsColumn; ++i) {
        const QString name = header[i].trimmed();
        if (!any[i]) {
            emptyColumns << name;
        } else if (allRatings[i] && !treatmentsBegun) {
            symptomColumns << name;
            keys[i] = symptomKeyFor(name, 1, context, plan);
        } else {
            treatmentColumns << name;
            isTreatment[i] = true;
            treatmentsBegun = true;
        }
    }
    int weatherDays = 0;
    Collected data;
    rows.rewind();
    while (rows.next(r)) {
        if (r.fields.size() != columns)
            continue;
        const auto day = csvfields::day(flaredownDate(r.fields[0]), QStringLiteral("Date"), r.line,
                                        context, plan);
        if (!day)
            continue;
        if (data.days.contains(*day)) {
            error(plan, r.line, CsvText::tr("%1 is given twice").arg(day->toString(Qt::ISODate)));
            continue;
        }
        DayData &d = data.days[*day];
        d.line = r.line;
        data.lastDay = qMax(data.lastDay, *day);
        for (int i = 1; i < tagsColumn; ++i) {
            const QString v = r.fields[i].trimmed();
            if (v.isEmpty())
                continue;
            if (isTreatment[i]) {
                const TreatmentDay logged = treatmentDay(v, r.line);
                const QString key =
                    treatmentKeyFor(header[i], parseDose(logged.dose).unit, r.line, context, plan);
                data.treatments[key].insert(*day, logged);
            } else if (!keys[i].isEmpty()) {
                addScore(data, *day, keys[i], v, header[i].trimmed(), r.line, plan);
            }
        }
        if (!r.fields[tagsColumn].trimmed().isEmpty())
            d.noteLines << QStringLiteral("Tags: %1").arg(r.fields[tagsColumn].trimmed());
        if (!r.fields[tagsColumn + 1].trimmed().isEmpty())
            d.noteLines << QStringLiteral("Foods: %1").arg(r.fields[tagsColumn + 1].trimmed());
        if (withWeather) {
            QStringList weather;
            for (int w = 0; w < int(weatherHeaders().size()); ++w) {
                const QString v = r.fields[tagsColumn + 2 + w].trimmed();
                if (!v.isEmpty())
                    weather << (w == 0 ? v
                                       : QStringLiteral("%1 %2").arg(
                                             weatherHeaders()[w].mid(8).toLower(), v));
            }
            if (!weather.isEmpty()) {
                d.noteLines
                    << QStringLiteral("Weather: %1").arg(weather.join(QStringLiteral("; ")));
                ++weatherDays;
            }
        }
    }
    build(data, context, plan);
    if (!symptomColumns.isEmpty())
        plan.remarks << CsvText::tr("Read as symptoms (0-4 ratings): %1.")
                            .arg(symptomColumns.join(QStringLiteral(", ")));
    if (!treatmentColumns.isEmpty())
        plan.remarks << CsvText::tr("Read as treatments (doses): %1.")
                            .arg(treatmentColumns.join(QStringLiteral(", ")));
    if (!emptyColumns.isEmpty())
        plan.remarks << CsvText::tr("Skipped, no values: %1. Flaredown leaves a treatment "
                                    "taken without a dose empty.")
                            .arg(emptyColumns.join(QStringLiteral(", ")));
    plan.remarks << CsvText::tr("Tags and foods are kept in each day's note.");
    if (weatherDays > 0)
        plan.remarks << CsvText::tr("The weather of %1 days is kept as a line of the day's "
                                    "note, with Flaredown's values as written.")
                            .arg(weatherDays);
}

int flaredownTagsColumn(const QStringList &header)
{
    if (header.size() < 3 || header.first() != QLatin1String("Date"))
        return -1;
    const qsizetype weather = weatherHeaders().size();
    if (header.size() >= 3 + weather && header.mid(header.size() - weather) == weatherHeaders() &&
        header.at(header.size() - weather - 2) == QLatin1String("Tags") &&
        header.at(header.size() - weather - 1) == QLatin1String("Foods"))
        return int(header.size() - weather - 2);
    if (header.at(header.size() - 2) == QLatin1String("Tags") &&
        header.last() == QLatin1String("Foods"))
        return int(header.size() - 2);
    return -1;
}

void parseFlaredownLongCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan)
{
    const QStringList &header = rows.header();
    plan.format = CsvText::tr("Flaredown long layout (checkin_date, trackable_type, …)");
    auto column = [&](const char *name) {
        return int(header.indexOf(QLatin1String(name)));
    };
    const int user = column("user_id"), date = column("checkin_date"),
              type = column("trackable_type"), name = column("trackable_name"),
              value = column("trackable_value");
    Collected data;
    QString firstUser;
    int weatherRows = 0, hbiRows = 0;
    CsvRecord r;
    while (rows.next(r)) {
        if (r.fields.size() != header.size())
            continue;
        if (user >= 0) {
            const QString u = r.fields[user].trimmed();
            if (firstUser.isNull())
                firstUser = u;
            else if (u != firstUser) {
                error(plan, r.line,
                      CsvText::tr("user_id %1 differs from %2 on the first row: the file holds "
                                  "several people's check-ins; import one person's rows")
                          .arg(u, firstUser));
                continue;
            }
        }
        const auto day = csvfields::day(flaredownDate(r.fields[date]),
                                        QStringLiteral("checkin_date"), r.line, context, plan);
        if (!day)
            continue;
        const QString kind = r.fields[type].trimmed().toLower();
        const QString trackable = r.fields[name].trimmed();
        const QString v = r.fields[value].trimmed();
        if (trackable.isEmpty() && kind != QLatin1String("hbi")) {
            error(plan, r.line, CsvText::tr("trackable_name is empty"));
            continue;
        }
        DayData &d = data.days[*day];
        if (d.line == 0)
            d.line = r.line;
        data.lastDay = qMax(data.lastDay, *day);
        if (kind == QLatin1String("condition") || kind == QLatin1String("symptom")) {
            addScore(data, *day, symptomKeyFor(trackable, r.line, context, plan), v, trackable,
                     r.line, plan);
        } else if (kind == QLatin1String("treatment")) {
            const TreatmentDay logged = treatmentDay(v, r.line);
            const QString key =
                treatmentKeyFor(trackable, parseDose(logged.dose).unit, r.line, context, plan);
            data.treatments[key].insert(*day, logged);
        } else if (kind == QLatin1String("tag")) {
            d.noteLines << QStringLiteral("Tag: %1").arg(trackable);
        } else if (kind == QLatin1String("food")) {
            d.noteLines << QStringLiteral("Food: %1").arg(trackable);
        } else if (kind == QLatin1String("weather")) {
            d.noteLines << QStringLiteral("Weather %1: %2").arg(trackable, v);
            ++weatherRows;
        } else if (kind == QLatin1String("hbi")) {
            ++hbiRows;
        } else {
            error(plan, r.line,
                  CsvText::tr("unknown trackable_type \"%1\" (expected Condition, Symptom, "
                              "Treatment, Tag, Food, Weather or HBI)")
                      .arg(r.fields[type].trimmed()));
        }
    }
    // A day with only an HBI row carries nothing to import.
    for (auto it = data.days.begin(); it != data.days.end();)
        it = it->scores.isEmpty() && it->noteLines.isEmpty() ? data.days.erase(it) : std::next(it);
    build(data, context, plan);
    if (weatherRows > 0)
        plan.remarks
            << CsvText::tr("%1 weather rows are kept as lines of the day's note.").arg(weatherRows);
    if (hbiRows > 0)
        plan.remarks << CsvText::tr("%1 Harvey-Bradshaw index rows are skipped (the journal "
                                    "has no place for them).")
                            .arg(hbiRows);
}

} // namespace fc
