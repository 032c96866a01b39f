// The journal after ten years of daily use with 12 symptoms: opening it (integrity check and
// migrations included), saving today's check-in, listing a month, and the file's size.
#include "journal/journalstore.h"
#include "storage/writetransaction.h"
#include "support/benchmark.h"
#include "support/processstats.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Five built-in symptoms plus these seven make the twelve a long-time user might track.
const char *const kExtraSymptoms[] = {"headache", "stiffness",     "anxiety",      "dizziness",
                                      "ibs",      "tender_points", "restless_legs"};

fc::Result exec(QSqlQuery &q)
{
    if (q.exec())
        return {};
    return fc::fail(q.lastError().text());
}

// Fills the journal with SQL in one transaction: a day-by-day save would take minutes of fsyncs
// and measure nothing the benchmarks below do not.
fc::Result generateTenYears(fc::JournalStore &store)
{
    QSqlDatabase db = store.database().db();
    fc::WriteTransaction tx(db);
    if (fc::Result step = tx.begin(); !step)
        return step;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO symptom (key, name, position) VALUES (?, ?, ?)"));
    int position = 6;
    for (const char *key : kExtraSymptoms) {
        q.addBindValue(QLatin1String(key));
        q.addBindValue(QString::fromLatin1(key).replace(u'_', u' '));
        q.addBindValue(position++);
        if (fc::Result step = exec(q); !step)
            return step;
    }
    QVector<qint64> symptomIds;
    q.prepare(QStringLiteral("SELECT id FROM symptom ORDER BY position"));
    if (fc::Result step = exec(q); !step)
        return step;
    while (q.next())
        symptomIds << q.value(0).toLongLong();

    QSqlQuery checkIn(db);
    checkIn.prepare(QStringLiteral(
        "INSERT INTO checkin (day, time, hours_slept, crash, note, created_at, updated_at)"
        " VALUES (?, '08:30', ?, ?, coalesce(?, ''), ?, ?)"));
    QSqlQuery score(db);
    score.prepare(
        QStringLiteral("INSERT INTO score (checkin_id, symptom_id, value) VALUES (?, ?, ?)"));
    const QDate today = QDate::currentDate();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (QDate day = today.addYears(-10); day < today; day = day.addDays(1)) {
        const qint64 n = day.toJulianDay();
        checkIn.addBindValue(day.toString(Qt::ISODate));
        checkIn.addBindValue(5.0 + double(n % 7) / 2);
        checkIn.addBindValue(n % 29 == 0 ? 1 : 0);
        checkIn.addBindValue(n % 3 ? QString()
                                   : QStringLiteral("Walked 10 minutes, rested after."));
        checkIn.addBindValue(stamp);
        checkIn.addBindValue(stamp);
        if (fc::Result step = exec(checkIn); !step)
            return step;
        const qint64 id = checkIn.lastInsertId().toLongLong();
        for (qsizetype s = 0; s < symptomIds.size(); ++s) {
            score.addBindValue(id);
            score.addBindValue(symptomIds[s]);
            score.addBindValue(int((n * (s + 3)) % 11));
            if (fc::Result step = exec(score); !step)
                return step;
        }
    }
    return tx.commit();
}

} // namespace

FC_BENCHMARK(journalTenYears)
{
    const QString path = bench.env().workDir + QStringLiteral("/journal-10y.sqlite");
    {
        fc::JournalStore store;
        fc::Result built = store.open(path);
        if (built)
            built = generateTenYears(store);
        if (!built) {
            bench.fail(QStringLiteral("cannot build the 10-year journal: ") + built.message());
            return;
        }
    }
    bench.addFigure(QStringLiteral("journal: database size (10 years, 12 symptoms)"),
                    fc::bench::formatKb(QFileInfo(path).size() / 1024));

    bench.measure(QStringLiteral("journal: open 10-year journal"), 10, [&] {
        fc::JournalStore store;
        if (const fc::Result opened = store.open(path); !opened)
            bench.fail(opened.message());
    });

    fc::JournalStore store;
    if (const fc::Result outcome = store.open(path); !outcome) {
        bench.fail(outcome.message());
        return;
    }
    const QVector<fc::Symptom> symptoms = store.symptoms();
    int value = 0;
    bench.measure(QStringLiteral("journal: save check-in (%1 scores)").arg(symptoms.size()), 30,
                  [&] {
                      fc::CheckIn c;
                      c.day = QDate::currentDate();
                      c.hoursSlept = 6.5;
                      c.note = QStringLiteral("Slept badly, pain in the shoulders.");
                      for (const fc::Symptom &s : std::as_const(symptoms))
                          c.scores.insert(s.key, ++value % 11);
                      if (const fc::Result outcome = store.saveCheckIn(c); !outcome)
                          bench.fail(outcome.message());
                  });
    const QDate end = QDate::currentDate().addMonths(-6);
    qsizetype listed = 0;
    fc::bench::Row &month = bench.measure(QStringLiteral("journal: list a month"), 50, [&] {
        listed = store.checkIns(end.addDays(-30), end).size();
    });
    month.memory = QStringLiteral("%1 check-ins").arg(listed);
}
