#include "export/csvfields.h"
#include "export/csvimportplan.h"
#include "export/questionnairecsv.h"

#include <QHash>
#include <QRegularExpression>

namespace fc {

using namespace csvfields;

namespace {

struct Pending
{
    QString kind;
    QDate day;
    QString key;
    QString value;
    QString unit;
    QString note;
    int line = 0;
};

class LongParser
{
public:
    LongParser(const CsvImportContext &context, CsvImportPlan &plan)
        : m_context(context)
        , m_plan(plan)
    {
        for (const Symptom &s : context.symptoms)
            m_symptomKeys.insert(s.key);
        for (const Treatment &t : context.treatments)
            m_treatmentKeys.insert(t.key);
    }

    void row(const CsvRecord &record);
    void finish();

private:
    CheckIn *checkInFor(const QDate &day, int line);
    void symptom(const CsvRecord &r);
    void treatment(const CsvRecord &r);
    void trialStart(const CsvRecord &r, const QDate &day);
    void testPlan(const CsvRecord &r);
    void measure(const QDate &day, const CsvRecord &r);
    void attach(const Pending &p);
    CsvImportPlan::TrialItem *trialCovering(const QString &key, const QDate &day);

    const CsvImportContext &m_context;
    CsvImportPlan &m_plan;
    QSet<QString> m_symptomKeys;
    QSet<QString> m_treatmentKeys;
    QHash<QDate, int> m_checkInIndex;
    QHash<QString, int> m_scoreLines;   // "day/key" -> line
    QHash<QString, int> m_measureLines; // "day/name" -> line
    QVector<Pending> m_pending;
    int m_lastNote = -1;
    questionnairecsv::Reader m_questionnaires{m_plan};
};

// date,,measure,NAME,VALUE,UNIT,SOURCE: one day's exertion or wearable value.
void LongParser::measure(const QDate &day, const CsvRecord &r)
{
    const QString name = r.fields[3].trimmed();
    const DayMeasures::Kind *kind = DayMeasures::kind(name);
    if (!kind)
        return error(m_plan, r.line, DayMeasures::check(name, 0));
    const QString dayText = day.toString(Qt::ISODate);
    const QString slot = dayText + QLatin1Char('/') + name;
    if (const int earlier = m_measureLines.value(slot); earlier > 0)
        return error(
            m_plan, r.line,
            CsvText::tr("%1 on %2 is already given on line %3").arg(name, dayText).arg(earlier));
    const auto value = number(r.fields[4], name, 0, kind->maximum, r.line, m_plan);
    if (!value)
        return;
    if (const QString problem = DayMeasures::check(name, *value); !problem.isEmpty())
        return error(m_plan, r.line, problem);
    const QString unit = r.fields[5].trimmed();
    if (!unit.isEmpty() && unit != QLatin1String(kind->unit))
        return error(m_plan, r.line,
                     CsvText::tr("%1 is in %2, not \"%3\"")
                         .arg(name, QLatin1String(*kind->unit ? kind->unit : "points"), unit));
    m_measureLines.insert(slot, r.line);
    const QString source = r.fields[6].trimmed().left(40);
    m_plan.measures.append(
        {DayMeasure{day, name, *value, source.isEmpty() ? QStringLiteral("csv") : source}, r.line});
}

CheckIn *LongParser::checkInFor(const QDate &day, int line)
{
    auto it = m_checkInIndex.constFind(day);
    if (it == m_checkInIndex.constEnd()) {
        CheckIn c;
        c.day = day;
        m_plan.checkIns.append({c, line});
        it = m_checkInIndex.insert(day, int(m_plan.checkIns.size()) - 1);
    }
    return &m_plan.checkIns[*it].value;
}

void LongParser::symptom(const CsvRecord &r)
{
    static const QRegularExpression keyShape(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    const QString key = r.fields[3].trimmed();
    const QString name = r.fields[4].trimmed();
    if (!keyShape.match(key).hasMatch())
        return error(
            m_plan, r.line,
            CsvText::tr("symptom key \"%1\" must be 1-64 characters a-z, 0-9, _ or -").arg(key));
    if (name.isEmpty() || name.size() > 80)
        return error(m_plan, r.line,
                     CsvText::tr("symptom %1 needs a name of 1-80 characters in value").arg(key));
    Symptom s;
    s.key = key;
    s.name = name;
    const QStringList flags = r.fields[5].split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &flag : flags) {
        const QString f = flag.trimmed();
        if (f == QLatin1String("higher-is-better"))
            s.higherIsBetter = true;
        else if (f == QLatin1String("hidden"))
            s.hidden = true;
        else if (f != QLatin1String("lower-is-better"))
            return error(m_plan, r.line,
                         CsvText::tr("unknown symptom flag \"%1\" in unit (use higher-is-better, "
                                     "lower-is-better, hidden)")
                             .arg(f));
    }
    const QStringList labels = r.fields[6].split(QLatin1Char('|'));
    s.lowLabel = labels.value(0).trimmed();
    s.midLabel = labels.value(1).trimmed();
    s.highLabel = labels.value(2).trimmed();
    if (m_symptomKeys.contains(key)) {
        const bool inJournal = std::any_of(m_context.symptoms.cbegin(), m_context.symptoms.cend(),
                                           [&](const Symptom &known) { return known.key == key; });
        if (inJournal)
            m_plan.duplicates << CsvText::tr("line %1: symptom %2 is already in the journal")
                                     .arg(r.line)
                                     .arg(key);
        else
            error(m_plan, r.line, CsvText::tr("symptom %1 is defined twice").arg(key));
        return;
    }
    m_symptomKeys.insert(key);
    m_plan.symptoms.append({s, r.line});
}

void LongParser::treatment(const CsvRecord &r)
{
    static const QRegularExpression keyShape(QStringLiteral("^[a-z0-9_-]{1,80}$"));
    const QString key = r.fields[3].trimmed();
    const QString name = r.fields[4].trimmed();
    if (!keyShape.match(key).hasMatch())
        return error(
            m_plan, r.line,
            CsvText::tr("treatment key \"%1\" must be 1-80 characters a-z, 0-9, _ or -").arg(key));
    if (name.isEmpty() || name.size() > 120)
        return error(
            m_plan, r.line,
            CsvText::tr("treatment %1 needs a name of 1-120 characters in value").arg(key));
    if (m_treatmentKeys.contains(key)) {
        const bool inJournal =
            std::any_of(m_context.treatments.cbegin(), m_context.treatments.cend(),
                        [&](const Treatment &known) { return known.key == key; });
        if (inJournal)
            m_plan.duplicates << CsvText::tr("line %1: treatment %2 is already in the journal")
                                     .arg(r.line)
                                     .arg(key);
        else
            error(m_plan, r.line, CsvText::tr("treatment %1 is defined twice").arg(key));
        return;
    }
    Treatment t;
    t.key = key;
    t.name = name;
    t.defaultUnit = r.fields[5].trimmed();
    t.kind = r.fields[6].trimmed().isEmpty() ? QStringLiteral("other") : r.fields[6].trimmed();
    m_treatmentKeys.insert(key);
    m_plan.treatments.append({t, r.line});
}

// date = first day (may be in the future), name = treatment key, value = symptom key,
// unit = "pairs=6;period_days=14;washout_days=2;seed=…", note = the order ("ON-OFF, OFF-ON, …").
void LongParser::testPlan(const CsvRecord &r)
{
    const QString key = r.fields[3].trimmed();
    if (!m_treatmentKeys.contains(key))
        return error(
            m_plan, r.line,
            CsvText::tr("unknown treatment \"%1\" (add a treatment row for it first)").arg(key));
    CsvImportContext anyDay = m_context;
    anyDay.today = QDate(9999, 12, 31); // a plan may start tomorrow
    const auto start = csvfields::day(r.fields[0], QStringLiteral("date"), r.line, anyDay, m_plan);
    if (!start)
        return;
    PlannedTrial p;
    p.treatmentKey = key;
    p.start = *start;
    p.symptomKey = r.fields[4].trimmed();
    if (!m_symptomKeys.contains(p.symptomKey))
        return error(m_plan, r.line,
                     CsvText::tr("unknown symptom \"%1\" for the test of %2")
                         .arg(p.symptomKey.left(40), key));
    bool ok = true;
    QStringList seen;
    for (const QString &part : r.fields[5].split(u';', Qt::SkipEmptyParts)) {
        const QString name = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        bool numberOk = false;
        if (name == u"pairs")
            p.pairs = value.toInt(&numberOk);
        else if (name == u"period_days")
            p.periodDays = value.toInt(&numberOk);
        else if (name == u"washout_days")
            p.washoutDays = value.toInt(&numberOk);
        else if (name == u"seed")
            p.seed = value.toULongLong(&numberOk);
        if (!numberOk) {
            ok = false;
            break;
        }
        seen << name;
    }
    if (!ok || seen.size() != 4 || seen.removeDuplicates() != 0)
        return error(m_plan, r.line,
                     CsvText::tr("test_plan unit must be \"pairs=N;period_days=N;washout_days=N;"
                                 "seed=N\", got \"%1\"")
                         .arg(r.fields[5].left(80)));
    if (!PlannedTrial::parseOrder(r.fields[6], &p.onFirst))
        return error(m_plan, r.line,
                     CsvText::tr("test_plan note must be the order, such as \"ON-OFF, OFF-ON\", "
                                 "got \"%1\"")
                         .arg(r.fields[6].left(80)));
    const QString invalid = p.validate();
    if (!invalid.isEmpty())
        return error(m_plan, r.line, invalid);
    m_plan.plans.append({p, r.line});
}

void LongParser::trialStart(const CsvRecord &r, const QDate &day)
{
    const QString key = r.fields[3].trimmed();
    if (!m_treatmentKeys.contains(key))
        return error(
            m_plan, r.line,
            CsvText::tr("unknown treatment \"%1\" (add a treatment row for it first)").arg(key));
    Trial t;
    t.treatmentKey = key;
    t.start = day;
    if (!r.fields[4].trimmed().isEmpty()) {
        const auto dose = number(r.fields[4], QStringLiteral("dose"), 0, 1e9, r.line, m_plan);
        if (!dose)
            return;
        t.dose = *dose;
    }
    t.unit = r.fields[5].trimmed();
    t.note = r.fields[6];
    m_plan.trials.append({t, {}, r.line});
}

CsvImportPlan::TrialItem *LongParser::trialCovering(const QString &key, const QDate &day)
{
    CsvImportPlan::TrialItem *best = nullptr;
    for (CsvImportPlan::TrialItem &item : m_plan.trials) {
        const Trial &t = item.trial;
        if (t.treatmentKey == key && t.start <= day && (!t.stop.isValid() || day <= t.stop) &&
            (!best || best->trial.start <= t.start))
            best = &item;
    }
    return best;
}

void LongParser::attach(const Pending &p)
{
    const QString dayText = p.day.toString(Qt::ISODate);
    if (p.kind == QLatin1String("test_stop")) {
        for (auto &item : m_plan.plans) {
            PlannedTrial &plan = item.value;
            if (plan.treatmentKey == p.key && plan.start <= p.day && p.day <= plan.lastDay()) {
                plan.stopped = p.day;
                return;
            }
        }
        return error(m_plan, p.line,
                     CsvText::tr("no test_plan of %1 runs on %2").arg(p.key.left(80), dayText));
    }
    if (p.kind == QLatin1String("trial_schedule") || p.kind == QLatin1String("trial_ramp_up")) {
        CsvImportPlan::TrialItem *item = nullptr;
        for (CsvImportPlan::TrialItem &candidate : m_plan.trials)
            if (candidate.trial.treatmentKey == p.key && candidate.trial.start == p.day)
                item = &candidate;
        if (!item)
            return error(m_plan, p.line,
                         CsvText::tr("no trial_start of %1 on %2").arg(p.key, dayText));
        if (p.kind == QLatin1String("trial_schedule")) {
            item->trial.schedule = p.note;
        } else if (const auto days =
                       wholeNumber(p.value, CsvText::tr("ramp-up days"), 0, 90, p.line, m_plan)) {
            item->trial.rampUpDays = *days;
        }
        return;
    }
    if (p.kind == QLatin1String("trial_stop")) {
        CsvImportPlan::TrialItem *open = nullptr;
        for (CsvImportPlan::TrialItem &candidate : m_plan.trials)
            if (candidate.trial.treatmentKey == p.key && candidate.trial.start <= p.day &&
                !candidate.trial.stop.isValid() &&
                (!open || open->trial.start <= candidate.trial.start))
                open = &candidate;
        if (!open)
            return error(m_plan, p.line,
                         CsvText::tr("no running trial of %1 to stop on %2").arg(p.key, dayText));
        open->trial.stop = p.day;
        open->trial.stopReason = p.note;
        return;
    }
    CsvImportPlan::TrialItem *item = trialCovering(p.key, p.day);
    if (!item)
        return error(
            m_plan, p.line,
            CsvText::tr("no trial of %1 covers %2 (add a trial_start row)").arg(p.key, dayText));
    Trial &t = item->trial;
    if (p.kind == QLatin1String("dose_change")) {
        const auto dose = number(p.value, QStringLiteral("dose"), 0, 1e9, p.line, m_plan);
        if (!dose)
            return;
        for (const DoseChange &d : t.doseChanges)
            if (d.day == p.day)
                return error(m_plan, p.line,
                             CsvText::tr("a second dose change of %1 on %2").arg(p.key, dayText));
        t.doseChanges.append({0, p.day, *dose, p.unit, p.note});
    } else if (p.kind == QLatin1String("side_effect")) {
        if (p.note.trimmed().isEmpty())
            return error(m_plan, p.line,
                         CsvText::tr("side effect of %1 has no description in note").arg(p.key));
        SideEffect e{0, p.day, p.note.trimmed(), std::nullopt};
        if (!p.value.trimmed().isEmpty()) {
            const auto severity =
                wholeNumber(p.value, QStringLiteral("severity"), 0, 10, p.line, m_plan);
            if (!severity)
                return;
            e.severity = *severity;
        }
        t.sideEffects.append(e);
    } else {
        const QString v = p.value.trimmed();
        if (v != QLatin1String("1") && v != QLatin1String("0"))
            return error(
                m_plan, p.line,
                CsvText::tr("dose_taken value must be 1 (taken) or 0 (missed), got \"%1\"").arg(v));
        if (item->doseLog.contains(p.day))
            return error(m_plan, p.line,
                         CsvText::tr("%1 on %2 is already logged").arg(p.key, dayText));
        item->doseLog.insert(p.day, v == QLatin1String("1"));
    }
}

void LongParser::row(const CsvRecord &r)
{
    const QString kind = r.fields[2].trimmed();
    if (kind == QLatin1String("symptom"))
        return symptom(r);
    if (kind == QLatin1String("treatment"))
        return treatment(r);
    if (kind == QLatin1String("test_plan"))
        return testPlan(r);
    if (kind == QLatin1String("note_quote")) {
        if (m_lastNote < 0)
            return error(m_plan, r.line, CsvText::tr("note_quote without a note row above it"));
        m_plan.notes[m_lastNote].value.quote = r.fields[6];
        return;
    }
    static const QStringList known{
        QStringLiteral("checkin"),        QStringLiteral("score"),
        QStringLiteral("hours_slept"),    QStringLiteral("crash"),
        QStringLiteral("day_note"),       QStringLiteral("trial_start"),
        QStringLiteral("trial_schedule"), QStringLiteral("trial_ramp_up"),
        QStringLiteral("trial_stop"),     QStringLiteral("dose_change"),
        QStringLiteral("side_effect"),    QStringLiteral("dose_taken"),
        QStringLiteral("test_stop"),      QStringLiteral("note"),
        QStringLiteral("measure")};
    const bool questionnaire = questionnairecsv::isQuestionnaireKind(kind);
    if (!known.contains(kind) && !questionnaire)
        return error(m_plan, r.line, CsvText::tr("unknown kind \"%1\"").arg(kind));
    const auto day = csvfields::day(r.fields[0], QStringLiteral("date"), r.line, m_context, m_plan);
    if (!day)
        return;
    if (questionnaire)
        return m_questionnaires.row(*day, kind, r.fields[3].trimmed(), r.fields[4], r.line);
    const auto time = csvfields::time(r.fields[1], r.line, m_plan);
    if (!time)
        return;
    const QString value = r.fields[4].trimmed();
    const QString dayText = day->toString(Qt::ISODate);

    if (kind == QLatin1String("measure"))
        return measure(*day, r);
    if (kind == QLatin1String("note")) {
        Note n;
        n.title = r.fields[3].trimmed();
        n.body = r.fields[6];
        if (n.title.isEmpty() && n.body.trimmed().isEmpty())
            return error(m_plan, r.line, CsvText::tr("note has neither a title nor a body"));
        if (!value.isEmpty()) {
            const auto linked =
                csvfields::day(value, CsvText::tr("linked day"), r.line, m_context, m_plan);
            if (!linked)
                return;
            n.day = *linked;
        }
        n.articleSlug = r.fields[5].trimmed();
        n.createdAt = QDateTime(*day, time->isValid() ? *time : QTime(0, 0));
        n.updatedAt = n.createdAt;
        m_plan.notes.append({n, r.line});
        m_lastNote = int(m_plan.notes.size()) - 1;
        return;
    }
    if (kind == QLatin1String("test_stop")) {
        m_pending.append({kind, *day, r.fields[3].trimmed(), r.fields[4], r.fields[5].trimmed(),
                          r.fields[6], r.line});
        return;
    }
    if (kind.startsWith(QLatin1String("trial_")) || kind == QLatin1String("dose_change") ||
        kind == QLatin1String("side_effect") || kind == QLatin1String("dose_taken")) {
        if (kind == QLatin1String("trial_start"))
            return trialStart(r, *day);
        const QString key = r.fields[3].trimmed();
        if (!m_treatmentKeys.contains(key))
            return error(m_plan, r.line, CsvText::tr("unknown treatment \"%1\"").arg(key));
        m_pending.append(
            {kind, *day, key, r.fields[4], r.fields[5].trimmed(), r.fields[6], r.line});
        return;
    }

    CheckIn *c = checkInFor(*day, r.line);
    if (time->isValid())
        c->time = *time;
    if (kind == QLatin1String("score")) {
        const QString key = r.fields[3].trimmed();
        if (!m_symptomKeys.contains(key))
            return error(
                m_plan, r.line,
                CsvText::tr("unknown symptom \"%1\" (add a symptom row for it first)").arg(key));
        const QString slot = dayText + QLatin1Char('/') + key;
        if (const int earlier = m_scoreLines.value(slot); earlier > 0)
            return error(
                m_plan, r.line,
                CsvText::tr("%1 on %2 is already given on line %3").arg(key, dayText).arg(earlier));
        const auto score =
            number(value, CsvText::tr("score of %1").arg(key), 0, 10, r.line, m_plan);
        if (!score)
            return;
        m_scoreLines.insert(slot, r.line);
        c->scores.insert(key, *score);
    } else if (kind == QLatin1String("hours_slept")) {
        if (const auto hours = number(value, CsvText::tr("hours slept"), 0, 24, r.line, m_plan))
            c->hoursSlept = *hours;
    } else if (kind == QLatin1String("crash")) {
        if (value != QLatin1String("1") && value != QLatin1String("0"))
            return error(m_plan, r.line,
                         CsvText::tr("crash value must be 1 or 0, got \"%1\"").arg(value));
        c->crash = value == QLatin1String("1");
    } else if (kind == QLatin1String("day_note")) {
        if (!c->note.isEmpty())
            return error(m_plan, r.line, CsvText::tr("a second day_note for %1").arg(dayText));
        c->note = r.fields[6];
    }
}

void LongParser::finish()
{
    m_questionnaires.finish();
    // Stops first, so rows dated after a stop attach to a later trial of the same treatment.
    for (const Pending &p : qAsConst(m_pending))
        if (p.kind == QLatin1String("trial_stop") || p.kind == QLatin1String("trial_schedule") ||
            p.kind == QLatin1String("trial_ramp_up") || p.kind == QLatin1String("test_stop"))
            attach(p);
    for (const Pending &p : qAsConst(m_pending))
        if (p.kind == QLatin1String("dose_change") || p.kind == QLatin1String("side_effect") ||
            p.kind == QLatin1String("dose_taken"))
            attach(p);
}

} // namespace

void parseOurLongCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan)
{
    plan.format = CsvText::tr("Fibro Companion CSV (long layout)");
    LongParser parser(context, plan);
    CsvRecord r;
    while (rows.next(r))
        if (r.fields.size() == 7)
            parser.row(r);
    parser.finish();
}

} // namespace fc
