// "What comes 1-3 days later", checked against diaries that know the truth: seeded simulations
// with runs of alike days (AR(1)) and a planted 2-day delay, or none; then one diary through the
// journal, as the app reads it.
#include "insights/insightsengine.h"
#include "insights/insightsjson.h"
#include "insights/journalseries.h"
#include "insights/lagscan.h"
#include "insights/pacingchart.h"
#include "insights/pacingenvelope.h"
#include "insights/pacinglags.h"
#include "insights/statistics.h"
#include "pacingsimulation.h"
#include "storage/writetransaction.h"
#include "tempjournal.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>
#include <cmath>
#include <random>

using namespace fc;

class TstPacingLags : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(test::installEnglishTranslation()); }

    // Without any link, a link is reported in at most about 5% of diaries, although each tries
    // 4 lags of 2 loads against 3 outcomes and days in a row are alike.
    void noLinkIsRarelyReported()
    {
        const simulation::PacingCalibration c =
            simulation::calibratePacing(20261203, 400, 150, 0.0, 2);
        QCOMPARE(c.diaries, 400);
        qInfo("no link: reported in %.1f%% of diaries; a per-test p < 0.05 would say so in %.1f%%",
              c.percent(c.reported), c.percent(c.naiveReported));
        QVERIFY2(c.percent(c.reported) <= 7.5, qPrintable(QString::number(c.reported)));
        QVERIFY(c.naiveReported > 2 * c.reported); // the naive method is the one that misleads
    }

    // A planted 2-day delay (a load one standard deviation higher adds 0.6 of one to fatigue) is
    // found, at 2 days, in at least 3 of 4 diaries of five months; the load that did nothing is
    // blamed in at most 1 in 10.
    void aTwoDayDelayIsFound()
    {
        const simulation::PacingCalibration c = simulation::calibratePacing(7, 200, 150, 0.6, 2);
        QCOMPARE(c.diaries, 200);
        qInfo("2-day delay: found in %d of %d diaries, at 2 days in %d; the other load blamed in "
              "%d",
              c.found, c.diaries, c.atDelay, c.blamed);
        QVERIFY(c.found >= c.diaries * 3 / 4);
        QVERIFY(c.atDelay >= c.found * 9 / 10);
        QVERIFY(c.blamed <= c.diaries / 10);
    }

    // The envelope: bad days come more often 2 days after a load above 7 (of 0-10). The limit is
    // found, near 7, in at least 7 of 10 diaries; without a link it is claimed in at most 7.5%.
    void anEnvelopeIsFoundNearItsTrueLimit()
    {
        const simulation::EnvelopeCalibration linked =
            simulation::calibrateEnvelope(99, 150, 180, true);
        const simulation::EnvelopeCalibration none =
            simulation::calibrateEnvelope(100, 300, 180, false);
        qInfo("envelope: found in %d of %d diaries, at 6-8 in %d; without a link claimed in %d "
              "of %d",
              linked.found, linked.diaries, linked.near, none.found, none.diaries);
        QVERIFY(linked.found >= linked.diaries * 7 / 10);
        QVERIFY(linked.near >= linked.found * 8 / 10);
        QVERIFY(none.percent(none.found) <= 7.5);
    }

    void tooFewDaysSayNothing()
    {
        const simulation::PacingDiary d = simulation::pacingDiary(3, 40, 0.6, 2);
        QVERIFY(!stats::lagScan(d.loads, d.outcomes, 3).valid);
    }

    // Through the journal: exertion logged in the check-in, fatigue two days later.
    void theJournalsOwnDays()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        std::mt19937_64 rng(11);
        const int days = 120;
        const QVector<double> load = simulation::ar1(rng, days, 0.4);
        const QVector<double> noise = simulation::ar1(rng, days, 0.6);
        const QDate first = QDate::currentDate().addDays(-days + 1);
        QSqlDatabase db = store.database().db();
        QVector<DayMeasure> exertion;
        FC_VERIFY_OK(WriteTransaction::run(db, [&]() -> Result {
            for (int i = 0; i < days; ++i) {
                const int effort = std::clamp(int(std::lround(5 + 2 * load[i])), 0, 10);
                exertion.append({first.addDays(i), QStringLiteral("exertion_physical"),
                                 double(effort), QStringLiteral("check-in")});
                const double carried = i >= 2 ? load[i - 2] : 0;
                CheckIn c;
                c.day = first.addDays(i);
                c.scores.insert(QStringLiteral("fatigue"),
                                std::clamp(int(std::lround(5 + 1.5 * carried + noise[i])), 0, 10));
                if (Result saved = store.saveCheckIn(c); !saved)
                    return saved;
            }
            return {};
        }));
        FC_VERIFY_OK(store.measures().save(exertion));
        const JournalSeries series = JournalSeries::load(store, QDate::currentDate());
        const PacingLags lags = PacingLags::analyse(series);
        QVERIFY2(lags.enoughData, qPrintable(lags.message));
        QVERIFY(!lags.findings.isEmpty());
        const PacingFinding &top = lags.findings.first();
        QCOMPARE(top.loadKey, QStringLiteral("measure:exertion_physical"));
        QCOMPARE(top.outcomeKey, QStringLiteral("fatigue"));
        QCOMPARE(top.lag, 2);
        QVERIFY(top.clear);
        const PacingEnvelope envelope = PacingEnvelope::find(series, lags);
        QVERIFY(envelope.found);
        QVERIFY2(envelope.sentence.startsWith(QLatin1String("Your envelope")),
                 qPrintable(envelope.sentence));
        QVERIFY(envelope.afterDay(envelope.limit).isEmpty());
        QVERIFY2(envelope.afterDay(envelope.limit + 1).startsWith(QLatin1String("Yesterday's")),
                 qPrintable(envelope.afterDay(envelope.limit + 1)));
        QVERIFY2(lags.sentence.startsWith(QLatin1String("Fatigue tended to be worse 2 days after "
                                                        "days of more physical exertion")),
                 qPrintable(lags.sentence));

        // The chart: well-formed SVG with the bars, the line and each day of high exertion
        // joined to fatigue 2 days later.
        const QString svg = pacingChartSvg(series, top, series.first(), series.last());
        QXmlStreamReader xml(svg);
        int bars = 0, joins = 0;
        bool inLag = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"g")
                inLag = xml.attributes().value(QLatin1String("class")) == u"fc-lag";
            if (xml.isStartElement() && xml.name() == u"rect")
                ++bars;
            if (xml.isStartElement() && xml.name() == u"path" && inLag)
                ++joins;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(bars >= 90); // the last 90 days, and the key's swatch
        // Exertion shares the outcome's 0-10 scale: the tallest bar stands as high as its value
        // on the 0-10 axis, not stretched to the 10 line.
        double tallestBar = 0;
        for (const QRegularExpressionMatch &m :
             QRegularExpression(QStringLiteral("<rect x=\"[^\"]+\" y=\"[^\"]+\" width=\"[^\"]+\" "
                                               "height=\"([0-9.]+)\"/>"))
                 .globalMatch(svg))
            tallestBar = std::max(tallestBar, m.captured(1).toDouble());
        double mostEffort = 0;
        for (const DayMeasure &m : std::as_const(exertion))
            if (m.day >= series.last().addDays(-89))
                mostEffort = std::max(mostEffort, m.value);
        QVERIFY2(std::abs(tallestBar - (196 - 34) * mostEffort / 10) < 0.6,
                 qPrintable(QStringLiteral("%1 for %2").arg(tallestBar).arg(mostEffort)));
        QVERIFY2(joins >= 10 && joins <= 30, qPrintable(QString::number(joins)));
        QVERIFY(svg.contains(QLatin1String("joined to fatigue 2 days later")));

        // Against crash days (none in this diary): crashes are marks of their own and no
        // dashed line ends on a day without one.
        PacingFinding crashFinding = top;
        crashFinding.outcomeKey = PacingLags::crashKey();
        crashFinding.outcomeName = QStringLiteral("Crash days");
        const QString crashSvg =
            pacingChartSvg(series, crashFinding, series.first(), series.last());
        const qsizetype lagGroup = crashSvg.indexOf(QLatin1String("class=\"fc-lag\""));
        QVERIFY(lagGroup > 0);
        const QString joinsToCrashes =
            crashSvg.mid(lagGroup, crashSvg.indexOf(QLatin1String("</g>"), lagGroup) - lagGroup);
        QVERIFY2(!joinsToCrashes.contains(QLatin1String("<path")), qPrintable(joinsToCrashes));

        // The same in --insights-json, for scripts.
        InsightsEngine::Options options;
        const InsightsEngine engine = InsightsEngine::load(store, nullptr, options);
        const QJsonObject json = QJsonDocument::fromJson(insightsJson(engine)).object();
        const QJsonObject lagsJson = json.value(QStringLiteral("lag_findings")).toObject();
        QVERIFY(lagsJson.value(QStringLiteral("enough_data")).toBool());
        const QJsonObject strongest =
            lagsJson.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(strongest.value(QStringLiteral("load")).toString(),
                 QStringLiteral("exertion_physical"));
        QCOMPARE(strongest.value(QStringLiteral("outcome")).toString(), QStringLiteral("fatigue"));
        QCOMPARE(strongest.value(QStringLiteral("lag_days")).toInt(), 2);
        QCOMPARE(strongest.value(QStringLiteral("rho_by_lag")).toArray().size(), 4);
        QVERIFY(strongest.value(QStringLiteral("p_adjusted")).toDouble() <= 0.05);

        // Without exertion or steps there is nothing to say, and the app says why.
        test::TempJournal empty;
        const PacingLags none =
            PacingLags::analyse(JournalSeries::load(empty.store(), QDate::currentDate()));
        QVERIFY(!none.enoughData);
        QVERIFY2(none.message.contains(QLatin1String("Not enough days")), qPrintable(none.message));
    }
};

FC_CORE_TEST_MAIN(TstPacingLags)
#include "tst_pacinglags.moc"
