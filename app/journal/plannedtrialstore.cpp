#include "journal/plannedtrialstore.h"

#include "journal/journaldatabase.h"
#include "journal/sqlvalues.h"
#include "storage/sqlerror.h"
#include "storage/writetransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace fc {

using namespace sqlvalues;

namespace {

const QString selectPlans = QStringLiteral(
    "SELECT p.id, p.treatment_id, t.key, t.name, p.symptom_key, p.start_day, p.period_days,"
    " p.pairs, p.washout_days, p.seed, p.pair_order, p.stopped_day, p.note"
    " FROM planned_trial p JOIN treatment t ON t.id = p.treatment_id");

PlannedTrial readPlan(const QSqlQuery &q)
{
    PlannedTrial p;
    p.id = q.value(0).toLongLong();
    p.treatmentId = q.value(1).toLongLong();
    p.treatmentKey = q.value(2).toString();
    p.treatmentName = q.value(3).toString();
    p.symptomKey = q.value(4).toString();
    p.start = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.periodDays = q.value(6).toInt();
    p.pairs = q.value(7).toInt();
    p.washoutDays = q.value(8).toInt();
    p.seed = q.value(9).toString().toULongLong();
    PlannedTrial::parseOrder(q.value(10).toString(), &p.onFirst);
    p.stopped = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    p.note = q.value(12).toString();
    return p;
}

} // namespace

PlannedTrialStore::PlannedTrialStore(JournalDatabase *database)
    : m_database(database)
{}

QVector<PlannedTrial> PlannedTrialStore::plans() const
{
    QVector<PlannedTrial> out;
    QSqlQuery q(m_database->db());
    if (!q.exec(selectPlans + QStringLiteral(" ORDER BY p.start_day, p.id")))
        return out;
    while (q.next())
        out << readPlan(q);
    return out;
}

std::optional<PlannedTrial> PlannedTrialStore::plan(qint64 id) const
{
    QSqlQuery q(m_database->db());
    q.prepare(selectPlans + QStringLiteral(" WHERE p.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readPlan(q);
}

Result PlannedTrialStore::savePlan(PlannedTrial &plan)
{
    const QString invalid = plan.validate();
    if (!invalid.isEmpty())
        return fail(invalid);
    WriteTransaction tx(m_database->db());
    if (Result step = tx.begin(); !step)
        return step;
    const QString now = isoNow();
    QSqlQuery q(m_database->db());
    if (plan.id == 0)
        q.prepare(QStringLiteral(
            "INSERT INTO planned_trial (treatment_id, symptom_key, start_day, period_days, pairs,"
            " washout_days, seed, pair_order, stopped_day, note, updated_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE planned_trial SET treatment_id = ?, symptom_key = ?, start_day = ?,"
            " period_days = ?, pairs = ?, washout_days = ?, seed = ?, pair_order = ?,"
            " stopped_day = ?, note = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(plan.treatmentId);
    q.addBindValue(plan.symptomKey);
    q.addBindValue(plan.start.toString(Qt::ISODate));
    q.addBindValue(plan.periodDays);
    q.addBindValue(plan.pairs);
    q.addBindValue(plan.washoutDays);
    // As text: SQLite's integers are signed, a 64-bit seed is not.
    q.addBindValue(QString::number(plan.seed));
    q.addBindValue(plan.orderText());
    q.addBindValue(nullableDate(plan.stopped));
    q.addBindValue(text(plan.note));
    q.addBindValue(now);
    if (plan.id == 0)
        q.addBindValue(now);
    else
        q.addBindValue(plan.id);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("save the plan")));
    if (plan.id != 0 && q.numRowsAffected() != 1)
        return fail(tr("The plan no longer exists; it may have been deleted."));
    const qint64 id = plan.id == 0 ? q.lastInsertId().toLongLong() : plan.id;
    if (Result step = tx.commit(); !step)
        return step;
    plan.id = id;
    return {};
}

Result PlannedTrialStore::deletePlan(qint64 id)
{
    WriteTransaction tx(m_database->db());
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral("DELETE FROM planned_trial WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("delete the plan")));
    return tx.commit();
}

} // namespace fc
