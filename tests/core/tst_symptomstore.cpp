#include "journal/journalstore.h"
#include "journal/symptomstore.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace fc;

namespace {

QStringList keys(const QVector<Symptom> &symptoms)
{
    QStringList out;
    for (const Symptom &s : symptoms)
        out << s.key;
    return out;
}

} // namespace

class TstSymptomStore : public QObject
{
    Q_OBJECT
private slots:
    void defaultsKnowWhichWayIsBetter()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QVector<Symptom> all = store.symptoms();
        QCOMPARE(keys(all), (QStringList{QStringLiteral("pain"), QStringLiteral("fatigue"),
                                         QStringLiteral("sleep"), QStringLiteral("brain_fog"),
                                         QStringLiteral("mood")}));
        QCOMPARE(all[0].higherIsBetter, false);
        QCOMPARE(all[0].lowLabel, QStringLiteral("none"));
        QCOMPARE(all[0].highLabel, QStringLiteral("worst imaginable"));
        QCOMPARE(all[2].higherIsBetter, true);
        QCOMPARE(all[4].higherIsBetter, true);
    }

    void addRenameReorderHideKeepsHistory()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        const QDate day = QDate::currentDate().addDays(-3);
        {
            JournalStore store;
            FC_VERIFY_OK(store.open(path));
            SymptomStore symptoms(&store.database());
            Symptom stiffness;
            stiffness.name = QStringLiteral("  Morning   stiffness ");
            FC_VERIFY_OK(symptoms.add(stiffness));
            QCOMPARE(stiffness.key, QStringLiteral("morning_stiffness"));
            QCOMPARE(stiffness.name, QStringLiteral("Morning stiffness"));
            QCOMPARE(stiffness.position, 6);
            Symptom energy;
            energy.name = QStringLiteral("Energy");
            energy.higherIsBetter = true;
            QVERIFY(symptoms.add(energy));
            QCOMPARE(energy.highLabel, QStringLiteral("best possible"));

            CheckIn c;
            c.day = day;
            c.scores = {{QStringLiteral("morning_stiffness"), 8}, {QStringLiteral("pain"), 0}};
            FC_VERIFY_OK(store.saveCheckIn(c));

            FC_VERIFY_OK(symptoms.rename(stiffness.id, QStringLiteral("Stiffness")));
            QVERIFY(symptoms.setHidden(stiffness.id, true));

            QVector<qint64> order;
            const QVector<Symptom> all = store.symptoms(true);
            order << energy.id;
            for (const Symptom &s : all)
                if (s.id != energy.id)
                    order << s.id;
            FC_VERIFY_OK(symptoms.reorder(order));
        }
        JournalStore store;
        FC_VERIFY_OK(store.open(path));
        const QVector<Symptom> visible = store.symptoms();
        QCOMPARE(keys(visible), (QStringList{QStringLiteral("energy"), QStringLiteral("pain"),
                                             QStringLiteral("fatigue"), QStringLiteral("sleep"),
                                             QStringLiteral("brain_fog"), QStringLiteral("mood")}));
        const QVector<Symptom> all = store.symptoms(true);
        QCOMPARE(all.size(), 7);
        QCOMPARE(all.last().name, QStringLiteral("Stiffness"));
        QVERIFY(all.last().hidden);
        // Hidden, yet its history is still there, as is the 0 (logged, not "not logged").
        const auto saved = store.checkIn(day);
        QVERIFY(saved);
        QCOMPARE(saved->scores.value(QStringLiteral("morning_stiffness"), -1), 8);
        QCOMPARE(saved->scores.value(QStringLiteral("pain"), -1), 0);
        QVERIFY(!saved->scores.contains(QStringLiteral("fatigue")));
    }

    void badSymptomEditsAreRefused()
    {
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        SymptomStore symptoms(&store.database());
        Symptom blank;
        blank.name = QStringLiteral("   ");
        QVERIFY(test::fails(symptoms.add(blank), &error));
        QCOMPARE(error, QStringLiteral("A symptom needs a name."));
        Symptom dup;
        dup.name = QStringLiteral("pain");
        QVERIFY(test::fails(symptoms.add(dup), &error));
        QVERIFY2(error.contains(QStringLiteral("already a symptom called \"pain\"")),
                 qPrintable(error));
        Symptom tooLong;
        tooLong.name = QString(81, u'x');
        QVERIFY(test::fails(symptoms.add(tooLong), &error));
        QVERIFY(error.contains(QStringLiteral("at most 80")));
        const qint64 painId = store.symptoms().first().id;
        QVERIFY(test::fails(symptoms.rename(painId, QStringLiteral("Fatigue")), &error));
        QVERIFY(test::fails(symptoms.rename(9999, QStringLiteral("Ghost")), &error));
        QVERIFY(error.contains(QStringLiteral("no longer")));
        QVERIFY(test::fails(symptoms.reorder({painId}), &error));
        QVERIFY(error.contains(QStringLiteral("every symptom exactly once")));
        QCOMPARE(store.symptoms().first().key, QStringLiteral("pain"));

        // The database refuses what the API would never send.
        QSqlQuery q(store.database().db());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO symptom (key, name) VALUES ('x', '  ')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE symptom SET hidden = 2 WHERE key = 'pain'")));
    }

    void deleteAndSearchCheckIns()
    {
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const QDate base(2025, 3, 1);
        const QStringList notes{QStringLiteral("Walked 10 minutes"), QStringLiteral("100% tired"),
                                QStringLiteral("walked to the SHOP"), QStringLiteral("rest")};
        for (int i = 0; i < notes.size(); ++i) {
            CheckIn c;
            c.day = base.addDays(i);
            c.note = notes[i];
            c.scores.insert(QStringLiteral("pain"), i);
            QVERIFY(store.saveCheckIn(c));
        }
        QCOMPARE(store.searchCheckInNotes(QStringLiteral("walk")),
                 (QVector<QDate>{base.addDays(2), base}));
        QCOMPARE(store.searchCheckInNotes(QStringLiteral("100%")), QVector<QDate>{base.addDays(1)});
        QCOMPARE(store.searchCheckInNotes(QStringLiteral("%")), QVector<QDate>{base.addDays(1)});
        QCOMPARE(store.searchCheckInNotes(QStringLiteral("  ")), QVector<QDate>{});
        QCOMPARE(store.firstCheckInDay(), base);

        FC_VERIFY_OK(store.deleteCheckIn(base));
        QVERIFY(!store.checkIn(base));
        QSqlQuery q(store.database().db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM score")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3); // the day's scores went with it
        QVERIFY(test::fails(store.deleteCheckIn(base), &error));
        QVERIFY(error.contains(QStringLiteral("no check-in for 2025-03-01")));
    }
};

FC_CORE_TEST_MAIN(TstSymptomStore)
#include "tst_symptomstore.moc"
