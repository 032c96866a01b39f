#include "export/csvfields.h"
#include "export/csvimportplan.h"

namespace fc {

using namespace csvfields;

void parseOurWideCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan)
{
    const QStringList &header = rows.header();
    plan.format = CsvText::tr("Fibro Companion CSV (wide layout, one row a day)");
    // Column -> symptom key; empty for the fixed columns.
    QStringList keys;
    int timeColumn = -1, hoursColumn = -1, crashColumn = -1, noteColumn = -1;
    for (int i = 1; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        keys << QString();
        if (name == QLatin1String("time"))
            timeColumn = i;
        else if (name == QLatin1String("hours_slept"))
            hoursColumn = i;
        else if (name == QLatin1String("crash"))
            crashColumn = i;
        else if (name == QLatin1String("note"))
            noteColumn = i;
        else if (name.isEmpty())
            error(plan, 1, CsvText::tr("column %1 has no name").arg(i + 1));
        else
            keys.last() = symptomKeyFor(name, 1, context, plan);
    }
    QHash<QDate, int> seen;
    CsvRecord r;
    while (rows.next(r)) {
        if (r.fields.size() != header.size())
            continue;
        const auto day = csvfields::day(r.fields[0], QStringLiteral("date"), r.line, context, plan);
        if (!day)
            continue;
        if (const int earlier = seen.value(*day); earlier > 0) {
            error(plan, r.line,
                  CsvText::tr("%1 is already given on line %2")
                      .arg(day->toString(Qt::ISODate))
                      .arg(earlier));
            continue;
        }
        seen.insert(*day, r.line);
        CheckIn c;
        c.day = *day;
        bool ok = true;
        for (int i = 1; i < r.fields.size(); ++i) {
            const QString v = r.fields[i].trimmed();
            if (v.isEmpty())
                continue;
            if (i == timeColumn) {
                const auto t = csvfields::time(v, r.line, plan);
                ok = ok && t;
                if (t)
                    c.time = *t;
            } else if (i == hoursColumn) {
                const auto h = number(v, QStringLiteral("hours_slept"), 0, 24, r.line, plan);
                ok = ok && h;
                if (h)
                    c.hoursSlept = *h;
            } else if (i == crashColumn) {
                if (v != QLatin1String("0") && v != QLatin1String("1")) {
                    error(plan, r.line, CsvText::tr("crash must be 1 or 0, got \"%1\"").arg(v));
                    ok = false;
                }
                c.crash = v == QLatin1String("1");
            } else if (i == noteColumn) {
                c.note = r.fields[i];
            } else if (!keys[i - 1].isEmpty()) {
                const auto score = number(v, header[i].trimmed(), 0, 10, r.line, plan);
                ok = ok && score;
                if (score)
                    c.scores.insert(keys[i - 1], *score);
            }
        }
        if (ok)
            plan.checkIns.append({c, r.line});
    }
}

} // namespace fc
