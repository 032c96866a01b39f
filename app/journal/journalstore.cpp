#include "journal/journalstore.h"

#include "journal/sqlvalues.h"
#include "storage/sqlerror.h"
#include "storage/writetransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace fc {

using namespace sqlvalues;

Result JournalStore::open(const QString &filePath)
{
    if (Result opened = m_database.open(filePath); !opened)
        return opened;
    const Expected<QVector<Treatment>> catalogue = TrialStore::bundledCatalogue();
    const Result synced = catalogue ? m_trials.syncCatalogue(*catalogue) : catalogue.result();
    // The journal itself is fine; without the catalogue only the suggestions are missing.
    if (!synced)
        qWarning("treatment catalogue not synced: %s", qPrintable(synced.message()));
    return {};
}

QVector<Symptom> JournalStore::symptoms(bool includeHidden) const
{
    QVector<Symptom> out;
    QSqlQuery q(m_database.db());
    q.exec(
        QStringLiteral("SELECT id, key, name, higher_is_better, low_label, mid_label, high_label,"
                       " position, hidden, builtin FROM symptom ORDER BY position, id"));
    while (q.next()) {
        Symptom s;
        s.id = q.value(0).toLongLong();
        s.key = q.value(1).toString();
        s.name = q.value(2).toString();
        s.higherIsBetter = q.value(3).toBool();
        s.lowLabel = q.value(4).toString();
        s.midLabel = q.value(5).toString();
        s.highLabel = q.value(6).toString();
        s.position = q.value(7).toInt();
        s.hidden = q.value(8).toBool();
        s.builtin = q.value(9).toBool();
        if (includeHidden || !s.hidden)
            out << s;
    }
    return out;
}

QString JournalStore::validateCheckIn(const CheckIn &c, const QVector<Symptom> &symptoms)
{
    if (!c.day.isValid())
        return tr("The check-in has no valid date.");
    if (c.day > QDate::currentDate())
        return tr("%1 is in the future; a check-in can be for today or an earlier day.")
            .arg(c.day.toString(Qt::ISODate));
    if (c.hoursSlept && (*c.hoursSlept < 0 || *c.hoursSlept > 24))
        return tr("Hours slept must be between 0 and 24 (got %1).").arg(*c.hoursSlept);
    for (auto it = c.scores.cbegin(); it != c.scores.cend(); ++it) {
        const auto known = std::find_if(symptoms.cbegin(), symptoms.cend(),
                                        [&](const Symptom &s) { return s.key == it.key(); });
        if (known == symptoms.cend())
            return tr("\"%1\" is not a symptom in this journal.").arg(it.key());
        if (it.value() < 0 || it.value() > 10)
            return tr("%1 must be between 0 and 10 (got %2).").arg(known->name).arg(it.value());
    }
    return QString();
}

Result JournalStore::saveCheckIn(CheckIn &c)
{
    if (!isOpen())
        return fail(tr("The journal is not open, so the check-in was not saved."));
    const QVector<Symptom> all = symptoms(true);
    const QString invalid = validateCheckIn(c, all);
    if (!invalid.isEmpty())
        return fail(invalid);
    QSqlDatabase db = m_database.db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    const QString now = isoNow();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO checkin (day, time, hours_slept, crash, note, created_at, updated_at)"
        " VALUES (:day, :time, :hours, :crash, :note, :now, :now)"
        " ON CONFLICT(day) DO UPDATE SET time = excluded.time, hours_slept = excluded.hours_slept,"
        " crash = excluded.crash, note = excluded.note, updated_at = excluded.updated_at"
        " RETURNING id, created_at"));
    q.bindValue(QStringLiteral(":day"), c.day.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":time"), sqlvalues::nullableTime(c.time));
    q.bindValue(QStringLiteral(":hours"), sqlvalues::nullableNumber(c.hoursSlept));
    q.bindValue(QStringLiteral(":crash"), c.crash ? 1 : 0);
    q.bindValue(QStringLiteral(":note"), text(c.note));
    q.bindValue(QStringLiteral(":now"), now);
    if (!q.exec() || !q.next())
        return fail(describeSqlError(q.lastError(), tr("save the check-in")));
    const qint64 id = q.value(0).toLongLong();
    const QDateTime created = fromIso(q.value(1));
    q.finish();

    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM score WHERE checkin_id = ?"));
    del.addBindValue(id);
    if (!del.exec())
        return fail(describeSqlError(del.lastError(), tr("save the check-in")));
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO score (checkin_id, symptom_id, value)"
                               " SELECT ?, id, ? FROM symptom WHERE key = ?"));
    for (auto it = c.scores.cbegin(); it != c.scores.cend(); ++it) {
        ins.addBindValue(id);
        ins.addBindValue(it.value());
        ins.addBindValue(it.key());
        if (!ins.exec())
            return fail(describeSqlError(ins.lastError(), tr("save the check-in")));
    }
    if (Result step = tx.commit(); !step)
        return step;
    c.id = id;
    c.createdAt = created;
    c.updatedAt = fromIso(now);
    return {};
}

QVector<CheckIn> JournalStore::checkIns(const QDate &from, const QDate &to) const
{
    QVector<CheckIn> out;
    QHash<qint64, QString> symptomKeys;
    for (const Symptom &s : symptoms(true))
        symptomKeys.insert(s.id, s.key);
    QSqlQuery q(m_database.db());
    // Forward-only: QSqlQuery otherwise caches every row, which doubles the cost of ten years.
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, day, time, hours_slept, crash, note, created_at, updated_at"
                       " FROM checkin WHERE day BETWEEN ? AND ? ORDER BY day"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.exec();
    QHash<qint64, int> index;
    while (q.next()) {
        CheckIn c;
        c.id = q.value(0).toLongLong();
        c.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (!q.value(2).isNull())
            c.time = QTime::fromString(q.value(2).toString(), QStringLiteral("HH:mm"));
        if (!q.value(3).isNull())
            c.hoursSlept = q.value(3).toDouble();
        c.crash = q.value(4).toBool();
        c.note = q.value(5).toString();
        c.createdAt = fromIso(q.value(6));
        c.updatedAt = fromIso(q.value(7));
        index.insert(c.id, int(out.size()));
        out << c;
    }
    if (out.isEmpty())
        return out;
    QSqlQuery s(m_database.db());
    s.setForwardOnly(true);
    s.prepare(QStringLiteral("SELECT score.checkin_id, score.symptom_id, score.value FROM checkin"
                             " JOIN score ON score.checkin_id = checkin.id"
                             " WHERE checkin.day BETWEEN ? AND ?"));
    s.addBindValue(from.toString(Qt::ISODate));
    s.addBindValue(to.toString(Qt::ISODate));
    s.exec();
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].scores.insert(symptomKeys.value(s.value(1).toLongLong()),
                                   s.value(2).toDouble());
    }
    return out;
}

Result JournalStore::startPlannedTrial(PlannedTrial &plan, Trial *endedTrial)
{
    return WriteTransaction::run(m_database.db(), [&]() -> Result {
        if (Result step = m_plans.savePlan(plan); !step)
            return step;
        return endedTrial ? m_trials.saveTrial(*endedTrial) : Result();
    });
}

Result JournalStore::deleteCheckIn(const QDate &day)
{
    if (!isOpen())
        return fail(tr("The journal is not open, so nothing was deleted."));
    QSqlDatabase db = m_database.db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM checkin WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("delete the check-in")));
    if (q.numRowsAffected() != 1)
        return fail(tr("There is no check-in for %1.").arg(day.toString(Qt::ISODate)));
    return tx.commit();
}

QVector<QDate> JournalStore::searchCheckInNotes(const QString &text) const
{
    QVector<QDate> out;
    QString pattern = text.trimmed();
    if (pattern.isEmpty())
        return out;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT day FROM checkin WHERE note LIKE ? ESCAPE '\\'"
                             " ORDER BY day DESC"));
    q.addBindValue(u'%' + pattern + u'%');
    q.exec();
    while (q.next())
        out << QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return out;
}

QDate JournalStore::firstCheckInDay() const
{
    QSqlQuery q(m_database.db());
    if (q.exec(QStringLiteral("SELECT min(day) FROM checkin")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return QDate();
}

QDate JournalStore::lastCheckInDay() const
{
    QSqlQuery q(m_database.db());
    if (q.exec(QStringLiteral("SELECT max(day) FROM checkin")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return QDate();
}

QHash<QString, int> JournalStore::scoreCounts() const
{
    QHash<QString, int> counts;
    QSqlQuery q(m_database.db());
    if (q.exec(QStringLiteral("SELECT s.key, count(*) FROM score JOIN symptom s ON s.id = "
                              "score.symptom_id GROUP BY s.key"))) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

std::optional<CheckIn> JournalStore::checkIn(const QDate &day) const
{
    const QVector<CheckIn> found = checkIns(day, day);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

} // namespace fc
