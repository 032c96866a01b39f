#include "journal/questionnairestore.h"

#include "journal/journaldatabase.h"
#include "storage/sqlerror.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>
#include <functional>

namespace fc {

namespace {

const QString kFiqr = QStringLiteral("fiqr");
const QString kWpi = QStringLiteral("wpi");
const QString kSss = QStringLiteral("sss");
const QString kDuration = QStringLiteral("sss_duration");

Result removeKinds(const QSqlDatabase &db, const QDate &day, const QStringList &kinds)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM questionnaire_answer WHERE day = ? AND kind IN (%1)")
                  .arg(QStringList(kinds.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    q.addBindValue(day.toString(Qt::ISODate));
    for (const QString &k : kinds)
        q.addBindValue(k);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), QuestionnaireStore::tr("remove the answers")));
    return {};
}

Result insert(QSqlQuery &q, const QDate &day, const QString &kind, const QString &name,
              double value)
{
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(kind);
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec())
        return fail(describeSqlError(q.lastError(), QuestionnaireStore::tr("save the answers")));
    return {};
}

} // namespace

QString QuestionnaireStore::checkValue(const QString &kind, const QString &name, double value)
{
    if (!std::isfinite(value))
        return tr("not a number");
    if (kind == kFiqr) {
        bool ok = false;
        const int item = name.toInt(&ok);
        if (!ok || item < 1 || item > FiqrAnswers::kItems)
            return tr("the FIQR item must be a number from 1 to 21, not \"%1\"").arg(name);
        if (value < 0 || value > 10)
            return tr("a FIQR answer is 0 to 10, not %1").arg(value);
        return {};
    }
    if (kind == kWpi) {
        if (!acr2016::area(name))
            return tr("\"%1\" is not one of the 19 body areas (left_jaw, neck, ...)").arg(name);
        if (value != 0 && value != 1)
            return tr("a body area is 1 (painful) or 0, not %1").arg(value);
        return {};
    }
    if (kind == kSss) {
        const int index = acr2016::sssIndex(name);
        if (index < 0)
            return tr("\"%1\" is not a symptom severity item (fatigue, waking_unrefreshed, "
                      "cognitive, headaches, lower_abdomen, depression)")
                .arg(name);
        const int maximum = acr2016::sssItems().at(size_t(index)).maximum;
        if (value < 0 || value > maximum || value != std::floor(value))
            return tr("%1 is a whole number from 0 to %2, not %3")
                .arg(name)
                .arg(maximum)
                .arg(value);
        return {};
    }
    if (kind == kDuration) {
        if (value != 0 && value != 1)
            return tr("sss_duration is 1 (3 months or more) or 0, not %1").arg(value);
        return {};
    }
    return tr("unknown questionnaire \"%1\"").arg(kind);
}

Result QuestionnaireStore::writeFiqr(const QSqlDatabase &db, const FiqrAnswers &answers)
{
    if (Result step = removeKinds(db, answers.day, {kFiqr}); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO questionnaire_answer (day, kind, name, value) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < FiqrAnswers::kItems; ++i) {
        const auto &v = answers.items.at(size_t(i));
        if (!v)
            continue;
        if (Result step = insert(q, answers.day, kFiqr, QString::number(i + 1), *v); !step)
            return step;
    }
    return {};
}

Result QuestionnaireStore::writeAcr2016(const QSqlDatabase &db, const Acr2016Answers &answers)
{
    if (Result step = removeKinds(db, answers.day, {kWpi, kSss, kDuration}); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO questionnaire_answer (day, kind, name, value) VALUES (?, ?, ?, ?)"));
    for (const acr2016::Area &a : acr2016::areas()) {
        if (!answers.painfulAreas.contains(QLatin1String(a.key)))
            continue;
        if (Result step = insert(q, answers.day, kWpi, QLatin1String(a.key), 1); !step)
            return step;
    }
    for (int i = 0; i < Acr2016Answers::kSssItems; ++i) {
        const auto &v = answers.sss.at(size_t(i));
        if (!v)
            continue;
        const QLatin1String key(acr2016::sssItems().at(size_t(i)).key);
        if (Result step = insert(q, answers.day, kSss, key, *v); !step)
            return step;
    }
    if (!answers.lastedThreeMonths)
        return {};
    // The duration answer has no item name: an empty one, not NULL (the column is NOT NULL).
    return insert(q, answers.day, kDuration, QStringLiteral(""),
                  *answers.lastedThreeMonths ? 1 : 0);
}

Result QuestionnaireStore::saveFiqr(const FiqrAnswers &answers)
{
    const QSqlDatabase db = m_database->db();
    return WriteTransaction::run(db, [&] { return writeFiqr(db, answers); });
}

Result QuestionnaireStore::saveAcr2016(const Acr2016Answers &answers)
{
    const QSqlDatabase db = m_database->db();
    return WriteTransaction::run(db, [&] { return writeAcr2016(db, answers); });
}

Result QuestionnaireStore::removeFiqr(const QDate &day)
{
    const QSqlDatabase db = m_database->db();
    return WriteTransaction::run(db, [&] { return removeKinds(db, day, {kFiqr}); });
}

Result QuestionnaireStore::removeAcr2016(const QDate &day)
{
    const QSqlDatabase db = m_database->db();
    return WriteTransaction::run(db, [&] { return removeKinds(db, day, {kWpi, kSss, kDuration}); });
}

QVector<FiqrAnswers> QuestionnaireStore::fiqrAnswers() const
{
    QVector<FiqrAnswers> out;
    QSqlQuery q(m_database->db());
    if (!q.exec(QStringLiteral("SELECT day, name, value FROM questionnaire_answer"
                               " WHERE kind = 'fiqr' ORDER BY day")))
        return out;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (out.isEmpty() || out.constLast().day != day) {
            out.append(FiqrAnswers());
            out.last().day = day;
        }
        const int item = q.value(1).toInt();
        if (item >= 1 && item <= FiqrAnswers::kItems)
            out.last().items.at(size_t(item - 1)) = q.value(2).toDouble();
    }
    return out;
}

QVector<Acr2016Answers> QuestionnaireStore::acr2016Answers() const
{
    QVector<Acr2016Answers> out;
    QSqlQuery q(m_database->db());
    if (!q.exec(QStringLiteral("SELECT day, kind, name, value FROM questionnaire_answer"
                               " WHERE kind IN ('wpi', 'sss', 'sss_duration') ORDER BY day")))
        return out;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (out.isEmpty() || out.constLast().day != day) {
            out.append(Acr2016Answers());
            out.last().day = day;
        }
        Acr2016Answers &a = out.last();
        const QString kind = q.value(1).toString();
        const QString name = q.value(2).toString();
        const double value = q.value(3).toDouble();
        if (kind == kWpi && value == 1)
            a.painfulAreas.insert(name);
        else if (kind == kSss && acr2016::sssIndex(name) >= 0)
            a.sss.at(size_t(acr2016::sssIndex(name))) = int(value);
        else if (kind == kDuration)
            a.lastedThreeMonths = value == 1;
    }
    return out;
}

} // namespace fc
