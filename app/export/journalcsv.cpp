#include "export/journalcsv.h"

#include "core/atomicfile.h"
#include "export/csvwriter.h"
#include "export/questionnairecsv.h"
#include "journal/journalstore.h"

#include <QLocale>

namespace fc::journalcsv {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString hhmm(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

class Rows
{
public:
    void add(const QString &date, const QString &time, const QString &kind, const QString &name,
             const QString &value, const QString &unit, const QString &note)
    {
        m_data += toCsvRecord({date, time, kind, name, value, unit, note});
        ++m_count;
    }
    void addRaw(const QStringList &fields)
    {
        m_data += toCsvRecord(fields);
        ++m_count;
    }
    QByteArray data() const { return m_data; }
    int count() const { return m_count; }

private:
    QByteArray m_data;
    int m_count = 0;
};

QString symptomFlags(const Symptom &s)
{
    QString flags =
        s.higherIsBetter ? QStringLiteral("higher-is-better") : QStringLiteral("lower-is-better");
    if (s.hidden)
        flags += QStringLiteral(";hidden");
    return flags;
}

QDate firstDay()
{
    return QDate(1900, 1, 1);
}

} // namespace

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

namespace {

Rows buildLong(const JournalStore &store)
{
    Rows rows;
    rows.addRaw(longHeader);
    const QVector<Symptom> symptoms = store.symptoms(true);
    for (const Symptom &s : symptoms) {
        if (s.builtin)
            continue;
        rows.add(QString(), QString(), QStringLiteral("symptom"), s.key, s.name, symptomFlags(s),
                 QStringList{s.lowLabel, s.midLabel, s.highLabel}.join(QLatin1Char('|')));
    }
    const QVector<Treatment> treatments = store.trials().treatments();
    for (const Treatment &t : treatments) {
        if (t.builtin)
            continue;
        rows.add(QString(), QString(), QStringLiteral("treatment"), t.key, t.name, t.defaultUnit,
                 t.kind);
    }

    const QVector<CheckIn> checkIns = store.checkIns(firstDay(), QDate::currentDate().addYears(1));
    for (const CheckIn &c : checkIns) {
        const QString day = iso(c.day);
        const QString time = hhmm(c.time);
        rows.add(day, time, QStringLiteral("checkin"), QString(), QString(), QString(), QString());
        for (const Symptom &s : symptoms) {
            const auto it = c.scores.constFind(s.key);
            if (it != c.scores.constEnd())
                rows.add(day, time, QStringLiteral("score"), s.key, number(*it), QString(),
                         QString());
        }
        if (c.hoursSlept)
            rows.add(day, time, QStringLiteral("hours_slept"), QString(), number(*c.hoursSlept),
                     QStringLiteral("h"), QString());
        if (c.crash)
            rows.add(day, time, QStringLiteral("crash"), QString(), QStringLiteral("1"), QString(),
                     QString());
        if (!c.note.isEmpty())
            rows.add(day, time, QStringLiteral("day_note"), QString(), QString(), QString(),
                     c.note);
    }

    const QVector<Trial> trials = store.trials().trials();
    for (const Trial &t : trials) {
        const QString key = t.treatmentKey;
        rows.add(iso(t.start), QString(), QStringLiteral("trial_start"), key,
                 t.dose ? number(*t.dose) : QString(), t.unit, t.note);
        if (!t.schedule.isEmpty())
            rows.add(iso(t.start), QString(), QStringLiteral("trial_schedule"), key, QString(),
                     QString(), t.schedule);
        rows.add(iso(t.start), QString(), QStringLiteral("trial_ramp_up"), key,
                 QString::number(t.rampUpDays), QStringLiteral("days"), QString());
        for (const DoseChange &d : t.doseChanges)
            rows.add(iso(d.day), QString(), QStringLiteral("dose_change"), key, number(d.dose),
                     d.unit, d.note);
        for (const SideEffect &e : t.sideEffects)
            rows.add(iso(e.day), QString(), QStringLiteral("side_effect"), key,
                     e.severity ? QString::number(*e.severity) : QString(), QString(),
                     e.description);
        const QMap<QDate, bool> log = store.trials().doseLog(t.id);
        for (auto it = log.cbegin(); it != log.cend(); ++it)
            rows.add(iso(it.key()), QString(), QStringLiteral("dose_taken"), key,
                     it.value() ? QStringLiteral("1") : QStringLiteral("0"), QString(), QString());
        if (t.stop.isValid())
            rows.add(iso(t.stop), QString(), QStringLiteral("trial_stop"), key, QString(),
                     QString(), t.stopReason);
    }

    // A planned test is one row (its phases follow from start, period, pairs and order) and, if it
    // was ended early, a test_stop row.
    for (const PlannedTrial &p : store.plans().plans()) {
        rows.add(iso(p.start), QString(), QStringLiteral("test_plan"), p.treatmentKey, p.symptomKey,
                 QStringLiteral("pairs=%1;period_days=%2;washout_days=%3;seed=%4")
                     .arg(p.pairs)
                     .arg(p.periodDays)
                     .arg(p.washoutDays)
                     .arg(p.seed),
                 p.orderText());
        if (p.stopped.isValid())
            rows.add(iso(p.stopped), QString(), QStringLiteral("test_stop"), p.treatmentKey,
                     QString(), QString(), QString());
    }

    for (const QStringList &row : questionnairecsv::rows(store.questionnaires()))
        rows.addRaw(row);

    // Exertion and the wearables' daily values; the note says where each came from.
    for (const DayMeasure &m : store.measures().all()) {
        const DayMeasures::Kind *kind = DayMeasures::kind(m.name);
        rows.add(iso(m.day), QString(), QStringLiteral("measure"), m.name, number(m.value),
                 kind ? QLatin1String(kind->unit) : QString(), m.source);
    }

    const QVector<Note> notes = store.notesStore().notes();
    for (const Note &n : notes) {
        const QDateTime created = n.createdAt.toLocalTime();
        rows.add(iso(created.date()), hhmm(created.time()), QStringLiteral("note"), n.title,
                 iso(n.day), n.articleSlug, n.body);
        if (!n.quote.isEmpty())
            rows.add(iso(created.date()), hhmm(created.time()), QStringLiteral("note_quote"),
                     QString(), QString(), QString(), n.quote);
    }
    return rows;
}

Rows buildWide(const JournalStore &store)
{
    const QVector<Symptom> symptoms = store.symptoms(true);
    QStringList header{QStringLiteral("date")};
    for (const Symptom &s : symptoms)
        header << s.key;
    header << QStringLiteral("hours_slept") << QStringLiteral("crash") << QStringLiteral("note");
    Rows rows;
    rows.addRaw(header);
    const QVector<CheckIn> checkIns = store.checkIns(firstDay(), QDate::currentDate().addYears(1));
    for (const CheckIn &c : checkIns) {
        QStringList fields{iso(c.day)};
        for (const Symptom &s : symptoms) {
            const auto it = c.scores.constFind(s.key);
            fields << (it != c.scores.constEnd() ? number(*it) : QString());
        }
        fields << (c.hoursSlept ? number(*c.hoursSlept) : QString())
               << (c.crash ? QStringLiteral("1") : QStringLiteral("0")) << c.note;
        rows.addRaw(fields);
    }
    return rows;
}

} // namespace

QByteArray exportLong(const JournalStore &store)
{
    return buildLong(store).data();
}

QByteArray exportWide(const JournalStore &store)
{
    return buildWide(store).data();
}

Expected<int> exportToFile(const JournalStore &store, Layout layout, const QString &path)
{
    const Rows rows = layout == Layout::Long ? buildLong(store) : buildWide(store);
    if (Result written = writeFileAtomically(path, rows.data()); !written)
        return written;
    return rows.count() - 1;
}

} // namespace fc::journalcsv
