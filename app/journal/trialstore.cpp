#include "journal/trialstore.h"

#include "articles/article.h"
#include "journal/journaldatabase.h"
#include "journal/sqlvalues.h"
#include "storage/sqlerror.h"
#include "storage/writetransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace fc {

using namespace sqlvalues;

namespace {

Treatment readTreatment(const QSqlQuery &q)
{
    Treatment t;
    t.id = q.value(0).toLongLong();
    t.key = q.value(1).toString();
    t.name = q.value(2).toString();
    t.kind = q.value(3).toString();
    t.drugClass = q.value(4).toString();
    t.avoidWithClass = q.value(5).toString();
    t.defaultUnit = q.value(6).toString();
    t.articleSlug = q.value(7).toString();
    t.builtin = q.value(8).toBool();
    return t;
}

const QString treatmentColumns = QStringLiteral(
    "id, key, name, kind, drug_class, avoid_with_class, default_unit, article_slug, builtin");

} // namespace

TrialStore::TrialStore(JournalDatabase *database)
    : m_database(database)
{}

Expected<QVector<Treatment>> TrialStore::bundledCatalogue()
{
    QVector<Treatment> out;
    QFile file(QStringLiteral(":/data/treatments.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The bundled treatment catalogue is missing."));
    const QJsonArray items = QJsonDocument::fromJson(file.readAll())
                                 .object()
                                 .value(QLatin1String("treatments"))
                                 .toArray();
    for (const auto &v : items) {
        const QJsonObject o = v.toObject();
        Treatment t;
        t.key = o.value(QLatin1String("id")).toString();
        t.name = o.value(QLatin1String("name")).toString();
        t.kind = o.value(QLatin1String("kind")).toString();
        t.drugClass = o.value(QLatin1String("class")).toString();
        t.avoidWithClass = o.value(QLatin1String("avoid_with_class")).toString();
        t.defaultUnit = o.value(QLatin1String("default_unit")).toString();
        t.articleSlug = o.value(QLatin1String("article")).toString();
        t.builtin = true;
        if (!t.key.isEmpty() && !t.name.isEmpty())
            out << t;
    }
    return out;
}

Result TrialStore::syncCatalogue(const QVector<Treatment> &catalogue)
{
    // Usually nothing changed since the last start: skip the write (and its fsync) then.
    const QVector<Treatment> stored = treatments();
    const bool upToDate =
        std::all_of(catalogue.cbegin(), catalogue.cend(), [&](const Treatment &c) {
            return std::any_of(stored.cbegin(), stored.cend(), [&](const Treatment &t) {
                return t.key == c.key &&
                       (!t.builtin ||
                        (t.name == c.name && t.kind == c.kind && t.drugClass == c.drugClass &&
                         t.avoidWithClass == c.avoidWithClass && t.defaultUnit == c.defaultUnit &&
                         t.articleSlug == c.articleSlug));
            });
        });
    if (upToDate)
        return {};
    WriteTransaction tx(m_database->db());
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral(
        "INSERT INTO treatment (key, name, kind, drug_class, avoid_with_class, default_unit,"
        " article_slug, builtin) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
        " ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
        " drug_class = excluded.drug_class, avoid_with_class = excluded.avoid_with_class,"
        " default_unit = excluded.default_unit, article_slug = excluded.article_slug"
        " WHERE treatment.builtin = 1"));
    for (const Treatment &t : catalogue) {
        q.addBindValue(t.key);
        q.addBindValue(t.name);
        q.addBindValue(text(t.kind));
        q.addBindValue(text(t.drugClass));
        q.addBindValue(text(t.avoidWithClass));
        q.addBindValue(text(t.defaultUnit));
        q.addBindValue(sqlvalues::nullableText(t.articleSlug));
        if (!q.exec())
            return fail(describeSqlError(q.lastError(), tr("update the treatment list")));
    }
    return tx.commit();
}

QVector<Treatment> TrialStore::treatments() const
{
    QVector<Treatment> out;
    QSqlQuery q(m_database->db());
    q.exec(QStringLiteral("SELECT %1 FROM treatment ORDER BY builtin DESC, name COLLATE NOCASE")
               .arg(treatmentColumns));
    while (q.next())
        out << readTreatment(q);
    return out;
}

std::optional<Treatment> TrialStore::treatment(const QString &key) const
{
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("SELECT %1 FROM treatment WHERE key = ?").arg(treatmentColumns));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return readTreatment(q);
    return std::nullopt;
}

Result TrialStore::addTreatment(Treatment &t)
{
    const QString name = t.name.simplified();
    if (name.isEmpty())
        return fail(tr("A treatment needs a name."));
    if (name.size() > 120)
        return fail(tr("A treatment name can be at most 120 characters."));
    QString base = slugify(name);
    if (base.isEmpty())
        base = QStringLiteral("treatment");
    WriteTransaction tx(m_database->db());
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery exists(m_database->db());
    exists.prepare(QStringLiteral("SELECT 1 FROM treatment WHERE key = ?"));
    QString key = QStringLiteral("my-") + base;
    for (int n = 2;; ++n) {
        exists.addBindValue(key);
        exists.exec();
        if (!exists.next())
            break;
        key = QStringLiteral("my-%1-%2").arg(base).arg(n);
    }
    Treatment added = t;
    added.key = key;
    added.name = name;
    if (Result step = insertTreatment(added); !step)
        return step;
    if (Result step = tx.commit(); !step)
        return step;
    t = added;
    return {};
}

Result TrialStore::addTreatmentWithKey(Treatment &t)
{
    Treatment added = t;
    added.name = t.name.simplified();
    if (added.name.isEmpty() || added.name.size() > 120)
        return fail(tr("A treatment needs a name of 1-120 characters."));
    WriteTransaction tx(m_database->db());
    if (Result step = tx.begin(); !step)
        return step;
    if (Result step = insertTreatment(added); !step)
        return step;
    if (Result step = tx.commit(); !step)
        return step;
    t = added;
    return {};
}

Result TrialStore::insertTreatment(Treatment &t)
{
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("INSERT INTO treatment (key, name, kind, drug_class, avoid_with_class,"
                             " default_unit, builtin) VALUES (?, ?, ?, ?, ?, ?, 0)"));
    q.addBindValue(t.key);
    q.addBindValue(t.name);
    q.addBindValue(t.kind.isEmpty() ? QStringLiteral("other") : t.kind);
    q.addBindValue(text(t.drugClass));
    q.addBindValue(text(t.avoidWithClass));
    q.addBindValue(text(t.defaultUnit));
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("add the treatment")));
    t.id = q.lastInsertId().toLongLong();
    t.builtin = false;
    return {};
}

QString TrialStore::validateTrial(const Trial &t)
{
    if (t.treatmentId <= 0)
        return tr("Choose which treatment this trial is for.");
    if (!t.start.isValid())
        return tr("The trial needs a start date.");
    if (t.stop.isValid() && t.stop < t.start)
        return tr("The stop date (%1) is before the start date (%2).")
            .arg(t.stop.toString(Qt::ISODate), t.start.toString(Qt::ISODate));
    if (t.dose && *t.dose < 0)
        return tr("The dose cannot be negative.");
    if (t.rampUpDays < 0 || t.rampUpDays > 90)
        return tr("The ramp-up must be between 0 and 90 days (got %1).").arg(t.rampUpDays);
    for (const DoseChange &d : t.doseChanges) {
        if (!d.day.isValid() || d.day < t.start || (t.stop.isValid() && d.day > t.stop))
            return tr("A dose change on %1 falls outside the trial.")
                .arg(d.day.toString(Qt::ISODate));
        if (d.dose < 0)
            return tr("The dose change on %1 has a negative dose.")
                .arg(d.day.toString(Qt::ISODate));
    }
    for (const SideEffect &s : t.sideEffects) {
        if (!s.day.isValid())
            return tr("A side effect has no date.");
        if (s.description.trimmed().isEmpty())
            return tr("The side effect on %1 has no description.").arg(s.day.toString(Qt::ISODate));
        if (s.severity && (*s.severity < 0 || *s.severity > 10))
            return tr("Side effect severity must be between 0 and 10 (got %1).").arg(*s.severity);
    }
    return QString();
}

Result TrialStore::saveTrial(Trial &t)
{
    const QString invalid = validateTrial(t);
    if (!invalid.isEmpty())
        return fail(invalid);
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    const QString now = isoNow();
    QSqlQuery q(db);
    if (t.id == 0)
        q.prepare(
            QStringLiteral("INSERT INTO trial (treatment_id, dose, unit, schedule, start_day,"
                           " stop_day, stop_reason, ramp_up_days, note, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(
            QStringLiteral("UPDATE trial SET treatment_id = ?, dose = ?, unit = ?, schedule = ?,"
                           " start_day = ?, stop_day = ?, stop_reason = ?, ramp_up_days = ?,"
                           " note = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(t.treatmentId);
    q.addBindValue(t.dose ? QVariant(*t.dose) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(text(t.unit));
    q.addBindValue(text(t.schedule));
    q.addBindValue(t.start.toString(Qt::ISODate));
    q.addBindValue(nullableDate(t.stop));
    q.addBindValue(text(t.stopReason));
    q.addBindValue(t.rampUpDays);
    q.addBindValue(text(t.note));
    q.addBindValue(now);
    if (t.id == 0)
        q.addBindValue(now);
    else
        q.addBindValue(t.id);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("save the trial")));
    if (t.id != 0 && q.numRowsAffected() != 1)
        return fail(tr("The trial no longer exists; it may have been deleted."));
    const qint64 id = t.id == 0 ? q.lastInsertId().toLongLong() : t.id;

    QSqlQuery del(db);
    for (const QString &table : {QStringLiteral("dose_change"), QStringLiteral("side_effect")}) {
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE trial_id = ?").arg(table));
        del.addBindValue(id);
        if (!del.exec())
            return fail(describeSqlError(del.lastError(), tr("save the trial")));
    }
    QSqlQuery dose(db);
    dose.prepare(QStringLiteral(
        "INSERT INTO dose_change (trial_id, day, dose, unit, note) VALUES (?, ?, ?, ?, ?)"));
    for (const DoseChange &d : t.doseChanges) {
        dose.addBindValue(id);
        dose.addBindValue(d.day.toString(Qt::ISODate));
        dose.addBindValue(d.dose);
        dose.addBindValue(text(d.unit.isEmpty() ? t.unit : d.unit));
        dose.addBindValue(text(d.note));
        if (!dose.exec())
            return fail(describeSqlError(
                dose.lastError(),
                tr("save the dose change of %1").arg(d.day.toString(Qt::ISODate))));
    }
    QSqlQuery side(db);
    side.prepare(QStringLiteral(
        "INSERT INTO side_effect (trial_id, day, description, severity) VALUES (?, ?, ?, ?)"));
    for (const SideEffect &s : t.sideEffects) {
        side.addBindValue(id);
        side.addBindValue(s.day.toString(Qt::ISODate));
        side.addBindValue(s.description.trimmed());
        side.addBindValue(s.severity ? QVariant(*s.severity) : QVariant(QMetaType(QMetaType::Int)));
        if (!side.exec())
            return fail(describeSqlError(side.lastError(), tr("save a side effect")));
    }
    if (Result step = tx.commit(); !step)
        return step;
    t.id = id;
    return {};
}

Result TrialStore::deleteTrial(qint64 id)
{
    WriteTransaction tx(m_database->db());
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("DELETE FROM trial WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("delete the trial")));
    return tx.commit();
}

QVector<Trial> TrialStore::trials() const
{
    QVector<Trial> out;
    QHash<qint64, int> index;
    QSqlQuery q(m_database->db());
    q.exec(QStringLiteral(
        "SELECT trial.id, trial.treatment_id, treatment.key, treatment.name, trial.dose, "
        "trial.unit,"
        " trial.schedule, trial.start_day, trial.stop_day, trial.stop_reason, trial.ramp_up_days,"
        " trial.note FROM trial JOIN treatment ON treatment.id = trial.treatment_id"
        " ORDER BY trial.start_day, trial.id"));
    while (q.next()) {
        Trial t;
        t.id = q.value(0).toLongLong();
        t.treatmentId = q.value(1).toLongLong();
        t.treatmentKey = q.value(2).toString();
        t.treatmentName = q.value(3).toString();
        if (!q.value(4).isNull())
            t.dose = q.value(4).toDouble();
        t.unit = q.value(5).toString();
        t.schedule = q.value(6).toString();
        t.start = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        t.stop = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        t.stopReason = q.value(9).toString();
        t.rampUpDays = q.value(10).toInt();
        t.note = q.value(11).toString();
        index.insert(t.id, int(out.size()));
        out << t;
    }
    QSqlQuery d(m_database->db());
    d.exec(
        QStringLiteral("SELECT trial_id, id, day, dose, unit, note FROM dose_change ORDER BY day"));
    while (d.next()) {
        const auto it = index.constFind(d.value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].doseChanges << DoseChange{
                d.value(1).toLongLong(), QDate::fromString(d.value(2).toString(), Qt::ISODate),
                d.value(3).toDouble(), d.value(4).toString(), d.value(5).toString()};
    }
    QSqlQuery s(m_database->db());
    s.exec(QStringLiteral(
        "SELECT trial_id, id, day, description, severity FROM side_effect ORDER BY day, id"));
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        SideEffect e{s.value(1).toLongLong(), QDate::fromString(s.value(2).toString(), Qt::ISODate),
                     s.value(3).toString(), std::nullopt};
        if (!s.value(4).isNull())
            e.severity = s.value(4).toInt();
        out[*it].sideEffects << e;
    }
    return out;
}

std::optional<Trial> TrialStore::trial(qint64 id) const
{
    const QVector<Trial> all = trials();
    for (const Trial &t : all)
        if (t.id == id)
            return t;
    return std::nullopt;
}

Result TrialStore::setDoseTaken(qint64 trialId, const QDate &day, std::optional<bool> taken)
{
    if (!day.isValid() || day > QDate::currentDate())
        return fail(tr("A dose can be logged for today or an earlier day."));
    WriteTransaction tx(m_database->db());
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(m_database->db());
    if (taken) {
        q.prepare(
            QStringLiteral("INSERT INTO dose_log (trial_id, day, taken) VALUES (?, ?, ?)"
                           " ON CONFLICT(trial_id, day) DO UPDATE SET taken = excluded.taken"));
        q.addBindValue(trialId);
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(*taken ? 1 : 0);
    } else {
        q.prepare(QStringLiteral("DELETE FROM dose_log WHERE trial_id = ? AND day = ?"));
        q.addBindValue(trialId);
        q.addBindValue(day.toString(Qt::ISODate));
    }
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("log the dose")));
    return tx.commit();
}

QMap<QDate, bool> TrialStore::doseLog(qint64 trialId) const
{
    QMap<QDate, bool> out;
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("SELECT day, taken FROM dose_log WHERE trial_id = ? ORDER BY day"));
    q.addBindValue(trialId);
    q.exec();
    while (q.next())
        out.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toBool());
    return out;
}

} // namespace fc
