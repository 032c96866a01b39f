#include "journal/itemnames.h"
#include "testsuites.h"

#include <QtTest>

using namespace fc;

// How a name in another app's export or typed in a dialog meets an item the journal knows.
class TstItemNames : public QObject
{
    Q_OBJECT
private slots:
    void sameWordsNameTheSameItem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("same");
        const QString mgKey = QStringLiteral("magnesium-l-threonate");
        const QString mg = QStringLiteral("Magnesium L-threonate");
        QTest::newRow("comma") << "Magnesium, threonate" << mgKey << mg << true;
        QTest::newRow("order") << "Threonate magnesium" << mgKey << mg << true;
        QTest::newRow("abbreviated") << "Mag. L-threonate" << mgKey << mg << true;
        QTest::newRow("punctuation and case") << "MAGNESIUM-L-THREONATE" << mgKey << mg << true;
        QTest::newRow("another salt of magnesium") << "Magnesium citrate" << mgKey << mg << false;
        QTest::newRow("magnesium alone") << "Magnesium" << mgKey << mg << false;
        QTest::newRow("more words") << "Magnesium chloride"
                                    << "transdermal-magnesium-chloride"
                                    << "Transdermal magnesium chloride spray" << false;
        QTest::newRow("a drug's salt") << "Duloxetine HCl"
                                       << "duloxetine"
                                       << "Duloxetine" << true;
        QTest::newRow("hydrochloride") << "Cyclobenzaprine hydrochloride, low dose"
                                       << "low-dose-cyclobenzaprine"
                                       << "Low-dose cyclobenzaprine (Flexeril)" << true;
        QTest::newRow("reordered with brackets") << "Naltrexone (low dose)"
                                                 << "low-dose-naltrexone"
                                                 << "Low-dose naltrexone (LDN)" << true;
        QTest::newRow("reordered") << "Naltrexone, low dose"
                                   << "low-dose-naltrexone"
                                   << "Low-dose naltrexone (LDN)" << true;
        QTest::newRow("abbreviation in brackets") << "LDN"
                                                  << "low-dose-naltrexone"
                                                  << "Low-dose naltrexone (LDN)" << true;
        QTest::newRow("vitamin") << "Vit D"
                                 << "vitamin-d"
                                 << "Vitamin D" << true;
        QTest::newRow("D is not a prefix at the end") << "Vitamin"
                                                      << "vitamin-d"
                                                      << "Vitamin D" << false;
        QTest::newRow("one word") << "CoQ10"
                                  << "coenzyme-q10"
                                  << "Coenzyme Q10" << true;
        QTest::newRow("accents") << "Magnésium, thréonate" << mgKey << mg << true;
    }

    void sameWordsNameTheSameItem()
    {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        QFETCH(QString, name);
        QFETCH(bool, same);
        QCOMPARE(itemnames::names(typed, key, name), same);
    }

    void wordsOfAName()
    {
        QCOMPARE(itemnames::wordsOf(QStringLiteral("Magnesium L-threonate")),
                 QStringLiteral("magnesium threonate"));
        QCOMPARE(itemnames::wordsOf(QStringLiteral("Duloxetine HCl")),
                 QStringLiteral("duloxetine"));
        QCOMPARE(itemnames::wordsOf(QStringLiteral("HCl")), QString());
        QCOMPARE(itemnames::wordsOf(QString()), QString());
    }
};

FC_CORE_TEST_MAIN(TstItemNames)
#include "tst_itemnames.moc"
