#include "journal/journalstore.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QtTest>

using namespace fc;

class TstTrialStore : public QObject
{
    Q_OBJECT
private slots:
    void catalogueIsSeededFromTheArticles()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        const auto ldn = store.trials().treatment(QStringLiteral("low-dose-naltrexone"));
        QVERIFY(ldn);
        QCOMPARE(ldn->articleSlug, QStringLiteral("low-dose-naltrexone"));
        QCOMPARE(ldn->avoidWithClass, QStringLiteral("opioid"));
        QVERIFY(ldn->builtin);
        for (const QString &key :
             {QStringLiteral("low-dose-cyclobenzaprine"), QStringLiteral("magnesium-l-threonate"),
              QStringLiteral("transdermal-magnesium-chloride"),
              QStringLiteral("exercise-programme"), QStringLiteral("medical-cannabis")})
            QVERIFY2(store.trials().treatment(key), qPrintable(key));
    }

    void trialRoundTripWithTitrationAndSideEffects()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        qint64 id = 0;
        {
            JournalStore store;
            FC_VERIFY_OK(store.open(path));
            Trial t;
            t.treatmentId = store.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
            t.dose = 1.5;
            t.unit = QStringLiteral("mg");
            t.schedule = QStringLiteral("1.5 mg at bedtime");
            t.start = QDate(2026, 1, 5);
            t.doseChanges = {{0, QDate(2026, 1, 19), 3.0, QString(), QStringLiteral("titrating")},
                             {0, QDate(2026, 2, 2), 4.5, QString(), QString()}};
            t.sideEffects = {{0, QDate(2026, 1, 7), QStringLiteral("vivid dreams"), 4}};
            FC_VERIFY_OK(store.trials().saveTrial(t));
            id = t.id;
            QVERIFY(store.trials().setDoseTaken(id, QDate(2026, 1, 6), false));
        }
        JournalStore store;
        FC_VERIFY_OK(store.open(path));
        const auto t = store.trials().trial(id);
        QVERIFY(t);
        QVERIFY(t->treatmentName.contains(QLatin1String("naltrexone"), Qt::CaseInsensitive));
        QCOMPARE(t->treatmentKey, QStringLiteral("low-dose-naltrexone"));
        QCOMPARE(t->dose.value_or(0), 1.5);
        QVERIFY(t->isOngoing());
        QCOMPARE(t->doseChanges.size(), 2);
        QCOMPARE(t->doseChanges[1].dose, 4.5);
        QCOMPARE(t->doseChanges[1].unit, QStringLiteral("mg"));
        QCOMPARE(t->sideEffects.size(), 1);
        QCOMPARE(t->sideEffects[0].severity.value_or(-1), 4);
        QCOMPARE(store.trials().doseLog(id).value(QDate(2026, 1, 6), true), false);
    }

    void invalidTrialsAreRefused_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("stop");
        QTest::addColumn<QDate>("doseChangeDay");
        QTest::addColumn<QString>("message");
        QTest::newRow("stop before start") << QDate(2026, 3, 1) << QDate(2026, 2, 1) << QDate()
                                           << QStringLiteral("before the start date");
        QTest::newRow("no start") << QDate() << QDate() << QDate() << QStringLiteral("start date");
        QTest::newRow("dose change outside")
            << QDate(2026, 3, 1) << QDate(2026, 3, 10) << QDate(2026, 4, 1)
            << QStringLiteral("outside the trial");
    }
    void invalidTrialsAreRefused()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, stop);
        QFETCH(QDate, doseChangeDay);
        QFETCH(QString, message);
        test::TempDataDir dir;
        JournalStore store;
        QString error;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        Trial t;
        t.treatmentId = store.trials().treatments().first().id;
        t.start = start;
        t.stop = stop;
        if (doseChangeDay.isValid())
            t.doseChanges = {{0, doseChangeDay, 2.0, QString(), QString()}};
        QVERIFY(test::fails(store.trials().saveTrial(t), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(store.trials().trials().isEmpty());
    }

    void usersOwnTreatmentGetsAUniqueKey()
    {
        test::TempDataDir dir;
        JournalStore store;
        FC_VERIFY_OK(store.open(dir.filePath(QStringLiteral("j.sqlite"))));
        Treatment a{0,         QString(), QStringLiteral("Epsom salt baths"),
                    QString(), QString(), QString(),
                    QString(), QString(), false};
        Treatment b = a;
        QVERIFY(store.trials().addTreatment(a));
        QVERIFY(store.trials().addTreatment(b));
        QCOMPARE(a.key, QStringLiteral("my-epsom-salt-baths"));
        QCOMPARE(b.key, QStringLiteral("my-epsom-salt-baths-2"));
        Treatment empty;
        QVERIFY(!store.trials().addTreatment(empty));
    }
};

FC_CORE_TEST_MAIN(TstTrialStore)
#include "tst_trialstore.moc"
