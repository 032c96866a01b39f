#include "journal/symptomstore.h"

#include "articles/article.h"
#include "journal/journaldatabase.h"
#include "journal/sqlvalues.h"
#include "storage/sqlerror.h"
#include "storage/writetransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace fc {

using sqlvalues::text;

SymptomStore::SymptomStore(JournalDatabase *database)
    : m_database(database)
{}

QString SymptomStore::validateName(const QString &name)
{
    const QString simple = name.simplified();
    if (simple.isEmpty())
        return tr("A symptom needs a name.");
    if (simple.size() > 80)
        return tr("A symptom name can be at most 80 characters (got %1).").arg(simple.size());
    return QString();
}

Result SymptomStore::add(Symptom &s)
{
    const QString invalid = validateName(s.name);
    if (!invalid.isEmpty())
        return fail(invalid);
    if (!m_database->isOpen())
        return fail(tr("The journal is not open, so the symptom was not added."));
    const QString name = s.name.simplified();
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM symptom WHERE lower(name) = lower(?)"));
    q.addBindValue(name);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return fail(tr("There is already a symptom called \"%1\" (it may be "
                       "hidden; show it again in Symptoms).")
                        .arg(name));
    // Keys use underscores like the built-in ones ("brain_fog") and never change on rename.
    QString base = slugify(name).replace(u'-', u'_').left(56);
    if (base.isEmpty())
        base = QStringLiteral("symptom");
    QString key = base;
    for (int n = 2;; ++n) {
        q.prepare(QStringLiteral("SELECT 1 FROM symptom WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            break;
        key = QStringLiteral("%1_%2").arg(base).arg(n);
    }
    Symptom added = s;
    added.key = key;
    added.name = name;
    added.hidden = false;
    const bool better = s.higherIsBetter;
    added.lowLabel = better ? QStringLiteral("worst possible") : QStringLiteral("none");
    added.midLabel = better ? QStringLiteral("fair") : QStringLiteral("moderate");
    added.highLabel = better ? QStringLiteral("best possible") : QStringLiteral("worst imaginable");
    if (Result step = insert(added); !step)
        return step;
    if (Result step = tx.commit(); !step)
        return step;
    s = added;
    return {};
}

Result SymptomStore::addWithKey(Symptom &s)
{
    const QString invalid = validateName(s.name);
    if (!invalid.isEmpty())
        return fail(invalid);
    WriteTransaction tx(m_database->db());
    if (Result step = tx.begin(); !step)
        return step;
    Symptom added = s;
    added.name = s.name.simplified();
    if (Result step = insert(added); !step)
        return step;
    if (Result step = tx.commit(); !step)
        return step;
    s = added;
    return {};
}

Result SymptomStore::insert(Symptom &s)
{
    QSqlQuery q(m_database->db());
    q.prepare(QStringLiteral(
        "INSERT INTO symptom (key, name, higher_is_better, low_label, mid_label, high_label,"
        " position, hidden, builtin)"
        " VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM symptom), ?, 0)"
        " RETURNING id, position"));
    q.addBindValue(s.key);
    q.addBindValue(s.name);
    q.addBindValue(s.higherIsBetter ? 1 : 0);
    q.addBindValue(text(s.lowLabel));
    q.addBindValue(text(s.midLabel));
    q.addBindValue(text(s.highLabel));
    q.addBindValue(s.hidden ? 1 : 0);
    if (!q.exec() || !q.next())
        return fail(describeSqlError(q.lastError(), tr("add the symptom")));
    s.id = q.value(0).toLongLong();
    s.position = q.value(1).toInt();
    s.builtin = false;
    return {};
}

Result SymptomStore::rename(qint64 id, const QString &name)
{
    const QString invalid = validateName(name);
    if (!invalid.isEmpty())
        return fail(invalid);
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT count(*) FROM symptom WHERE lower(name) = lower(?) AND id != ?"));
    q.addBindValue(name.simplified());
    q.addBindValue(id);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return fail(tr("There is already a symptom called \"%1\".").arg(name.simplified()));
    q.prepare(QStringLiteral("UPDATE symptom SET name = ? WHERE id = ?"));
    q.addBindValue(name.simplified());
    q.addBindValue(id);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), tr("rename the symptom")));
    if (q.numRowsAffected() != 1)
        return fail(tr("That symptom is no longer in the journal."));
    return tx.commit();
}

Result SymptomStore::setHidden(qint64 id, bool hidden)
{
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE symptom SET hidden = ? WHERE id = ?"));
    q.addBindValue(hidden ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(),
                                     hidden ? tr("hide the symptom") : tr("show the symptom")));
    if (q.numRowsAffected() != 1)
        return fail(tr("That symptom is no longer in the journal."));
    return tx.commit();
}

Result SymptomStore::reorder(const QVector<qint64> &ids)
{
    QSqlDatabase db = m_database->db();
    WriteTransaction tx(db);
    if (Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id FROM symptom"));
    QSet<qint64> existing;
    while (q.next())
        existing.insert(q.value(0).toLongLong());
    const QSet<qint64> given(ids.cbegin(), ids.cend());
    if (given != existing || given.size() != ids.size())
        return fail(tr("The new order must list every symptom exactly once; "
                       "the list may have changed, so nothing was moved."));
    q.prepare(QStringLiteral("UPDATE symptom SET position = ? WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        q.addBindValue(i + 1);
        q.addBindValue(ids[i]);
        if (!q.exec())
            return fail(describeSqlError(q.lastError(), tr("reorder the symptoms")));
    }
    return tx.commit();
}

} // namespace fc
