// One journal, one period, three renderings: the Insights page, the visit report and the JSON
// must show the same computed findings in the same words and numbers (days counted, percent,
// verdict, rho, the chance share, hard days, the questionnaires of the period).
#include "core/displaydate.h"
#include "export/reportinsights.h"
#include "export/visitreport.h"
#include "export/visitreportparts.h"
#include "insights/insightsengine.h"
#include "insights/insightsjson.h"
#include "insights/insightspages.h"
#include "journal/dayburden.h"
#include "journal/journalstore.h"
#include "pacingsimulation.h"
#include "storage/writetransaction.h"
#include "tempjournal.h"
#include "testsuites.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QtTest>
#include <random>

using namespace fc;

namespace {

// What a reader sees of a page: tags dropped, entities decoded, white space folded. The
// contents of a closed <details> count too: they are one click away.
QString visibleText(const QString &html)
{
    QString t = html;
    t.remove(QRegularExpression(QStringLiteral("<style[^>]*>.*?</style>"),
                                QRegularExpression::DotMatchesEverythingOption));
    t.remove(QRegularExpression(QStringLiteral("<svg.*?</svg>"),
                                QRegularExpression::DotMatchesEverythingOption));
    t.replace(QRegularExpression(QStringLiteral("<[^>]+>")), QStringLiteral(" "));
    return QTextDocumentFragment::fromHtml(
               t.toHtmlEscaped().replace(QStringLiteral("&amp;"), QStringLiteral("&")))
        .toPlainText()
        .simplified();
}

// 150 days: fatigue worse two days after more physical exertion, pain lower on LDN (started 60
// days ago, 1.5 mg then 4.5 mg), crash days whose scores alone read "fair", and FIQR answers
// before and inside the period.
Result seed(JournalStore &store, const QDate &today)
{
    std::mt19937_64 rng(2026);
    const int days = 150;
    const QVector<double> load = simulation::ar1(rng, days, 0.4);
    const QVector<double> noise = simulation::ar1(rng, days, 0.5);
    const QVector<double> painNoise = simulation::ar1(rng, days, 0.5);
    const QDate first = today.addDays(-(days - 1));
    const QDate ldnStart = today.addDays(-60);
    QVector<DayMeasure> exertion;
    Result written = WriteTransaction::run(store.database().db(), [&]() -> Result {
        for (int i = 0; i < days; ++i) {
            const QDate day = first.addDays(i);
            exertion.append({day, QStringLiteral("exertion_physical"),
                             double(std::clamp(int(std::lround(5 + 2 * load[i])), 0, 10)),
                             QStringLiteral("check-in")});
            CheckIn c;
            c.day = day;
            const double carried = i >= 2 ? load[i - 2] : 0;
            c.scores.insert(QStringLiteral("fatigue"),
                            std::clamp(int(std::lround(5 + 1.5 * carried + noise[i])), 0, 10));
            const double level = day >= ldnStart.addDays(14) ? 4.5 : 6.5;
            c.scores.insert(QStringLiteral("pain"),
                            std::clamp(int(std::lround(level + painNoise[i])), 0, 10));
            c.crash = i % 13 == 4;
            if (c.crash) // a crash whose scores alone would read "fair"
                c.scores = {{QStringLiteral("pain"), 4}, {QStringLiteral("fatigue"), 4}};
            if (Result saved = store.saveCheckIn(c); !saved)
                return saved;
        }
        return {};
    });
    if (!written)
        return written;
    if (Expected<MeasureWrite> saved = store.measures().save(exertion); !saved)
        return saved.result();
    Trial ldn;
    ldn.treatmentId = store.trials().treatment(QStringLiteral("low-dose-naltrexone"))->id;
    ldn.start = ldnStart;
    ldn.dose = 1.5;
    ldn.unit = QStringLiteral("mg");
    ldn.rampUpDays = 14;
    ldn.doseChanges = {{0, ldnStart.addDays(21), 4.5, QStringLiteral("mg"), QString()}};
    if (Result saved = store.trials().saveTrial(ldn); !saved)
        return saved;
    for (const int ago : {120, 40, 5}) {
        FiqrAnswers f;
        f.day = today.addDays(-ago);
        for (int n = 0; n < FiqrAnswers::kItems; ++n)
            f.items.at(size_t(n)) = 4 + ago / 40;
        if (Result saved = store.questionnaires().saveFiqr(f); !saved)
            return saved;
    }
    return {};
}

QString effectVerdictText(const QJsonObject &result)
{
    const QString code = result.value(QStringLiteral("verdict")).toString();
    for (const TrialEffect::Verdict v :
         {TrialEffect::Verdict::Helped, TrialEffect::Verdict::Worse,
          TrialEffect::Verdict::NoClearChange, TrialEffect::Verdict::NotEnoughData})
        if (TrialEffect::verdictCode(v) == code)
            return TrialEffect::verdictText(v);
    return code;
}

QString signedPointsOf(const QJsonObject &result)
{
    return signedPointsText(result.value(QStringLiteral("difference")).toDouble());
}

} // namespace

class TstOneTruth : public QObject
{
    Q_OBJECT
private slots:
    void everyScreenRendersTheSameFindings()
    {
        test::TempJournal journal;
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        JournalStore &store = journal.store();
        const QDate today = QDate::currentDate();
        FC_VERIFY_OK(seed(store, today));
        const QDate from = InsightsPeriod::defaultFrom(today);
        const QDate to = today;

        InsightsEngine::Options options;
        options.today = today;
        options.baselineDays = 30;
        const InsightsEngine engine = InsightsEngine::load(store, nullptr, options);
        InsightsViewState state;
        state.range = ChartRange::Days90;
        state.symptomKeys = {QStringLiteral("pain"), QStringLiteral("fatigue")};
        const QString insights = visibleText(InsightsPages::overview(engine, state, PageStyle{}));

        VisitReportInput input = VisitReportInput::collect(store, from, to);
        addInsightsToReport(input, store, nullptr, options.baselineDays, from, to);
        const QString report = visibleText(VisitReport::build(input));

        const QJsonObject json = QJsonDocument::fromJson(insightsJson(engine, from, to)).object();
        QCOMPARE(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")),
                 QJsonValue(from.toString(Qt::ISODate)));

        // What came 1-3 days later: one computation, its sentence word for word in the report
        // and behind the Insights' everyday sentence, with the same days, rho and chance.
        const QJsonObject lags = json.value(QStringLiteral("lag_findings")).toObject();
        QVERIFY(lags.value(QStringLiteral("enough_data")).toBool());
        const QString lagSentence = lags.value(QStringLiteral("sentence")).toString();
        const QJsonObject strongest =
            lags.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(strongest.value(QStringLiteral("lag_days")).toInt(), 2);
        const QString days =
            QStringLiteral("over %1 days").arg(strongest.value(QStringLiteral("days")).toInt());
        QVERIFY2(lagSentence.contains(days), qPrintable(lagSentence));
        QVERIFY2(lagSentence.contains(
                     QLocale().toString(strongest.value(QStringLiteral("rho")).toDouble(), 'f', 2)),
                 qPrintable(lagSentence));
        QVERIFY2(report.contains(lagSentence), qPrintable(lagSentence + u'\n' + report));
        QVERIFY2(insights.contains(lagSentence), qPrintable(insights));
        QVERIFY(insights.contains(lags.value(QStringLiteral("summary")).toString()));
        // The period is 90 days: no finding may count more.
        QVERIFY(strongest.value(QStringLiteral("days")).toInt() <= InsightsPeriod::defaultDays);
        const QJsonObject envelope = lags.value(QStringLiteral("envelope")).toObject();
        if (envelope.value(QStringLiteral("found")).toBool()) {
            QVERIFY(report.contains(envelope.value(QStringLiteral("sentence")).toString()));
            QVERIFY(insights.contains(envelope.value(QStringLiteral("summary")).toString()));
        }

        // LDN on pain: one rounding and one sign rule in the sentence and both tables.
        QJsonObject pain;
        for (const QJsonValue &v : json.value(QStringLiteral("results")).toArray())
            if (v.toObject().value(QStringLiteral("symptom")) == QLatin1String("pain"))
                pain = v.toObject();
        QVERIFY(pain.value(QStringLiteral("enough_data")).toBool());
        const double percent = pain.value(QStringLiteral("percent")).toDouble();
        QVERIFY2(percent < -10, qPrintable(QString::number(percent)));
        const long whole = std::lround(-percent);
        const QString sentence = pain.value(QStringLiteral("sentence")).toString();
        QVERIFY2(sentence.contains(QStringLiteral("(%1%) lower").arg(whole)), qPrintable(sentence));
        QVERIFY2(pain.value(QStringLiteral("summary"))
                     .toString()
                     .startsWith(QStringLiteral("Your pain was %1% lower").arg(whole)),
                 qPrintable(pain.value(QStringLiteral("summary")).toString()));
        const QString signedPercent = QChar(0x2212) + QString::number(whole) + u'%';
        QVERIFY2(insights.contains(signedPercent), qPrintable(insights));
        QVERIFY2(report.contains(signedPercent), qPrintable(report));
        QVERIFY(insights.contains(pain.value(QStringLiteral("summary")).toString()));
        // The report's first page says the verdict with the same signed numbers as the tables.
        QVERIFY2(
            report.contains(QStringLiteral("Pain: %1 (%2 points, %3)")
                                .arg(effectVerdictText(pain), signedPointsOf(pain), signedPercent)),
            qPrintable(report));
        // No other rounding of the same change anywhere.
        const QString oneDecimal = QLocale::c().toString(-percent, 'f', 1) + u'%';
        if (!oneDecimal.endsWith(QLatin1String(".0%"))) {
            QVERIFY2(!insights.contains(oneDecimal), qPrintable(oneDecimal));
            QVERIFY2(!report.contains(oneDecimal), qPrintable(oneDecimal));
        }
        // The verdict reads the same on both.
        const TrialEffect effect =
            engine.trialEffect(engine.trials().first(), QStringLiteral("pain"));
        QCOMPARE(TrialEffect::verdictCode(effect.verdict),
                 pain.value(QStringLiteral("verdict")).toString());
        QVERIFY(insights.contains(effect.verdictText()));
        QVERIFY(report.contains(effect.verdictText()));

        // Hard days: every crash day is one, and the weekly row adds up to the Journal's count.
        int crashes = 0, hard = 0;
        for (const CheckIn &c : store.checkIns(from, to)) {
            crashes += c.crash ? 1 : 0;
            hard += DayBurden::of(c, store.symptoms(true)).level == DayBurden::Level::Hard;
        }
        QVERIFY(crashes > 0);
        QVERIFY(hard >= crashes);
        const QRegularExpressionMatch row =
            QRegularExpression(QStringLiteral("Hard days((?: \\d+)+)")).match(report);
        QVERIFY2(row.hasMatch(), qPrintable(report));
        int rowSum = 0;
        for (const QString &cell : row.captured(1).split(u' ', Qt::SkipEmptyParts))
            rowSum += cell.toInt();
        QCOMPARE(rowSum, hard);
        QVERIFY(report.contains(QStringLiteral("%1 crash days in this period.").arg(crashes)));

        // The dose in the report is today's, as the trial list shows it.
        QVERIFY2(report.contains(QStringLiteral("4.5 mg")), qPrintable(report));
        QVERIFY(!report.contains(QStringLiteral("4.500")));

        // Questionnaires: the latest answer of the period, and the one before it, nothing older.
        const qsizetype table = report.indexOf(QStringLiteral("Questionnaires Measure Latest"));
        QVERIFY2(table >= 0, qPrintable(report));
        const QString questionnaires = report.mid(table, 400);
        QVERIFY2(questionnaires.contains(reportparts::shortDate(today.addDays(-5))),
                 qPrintable(questionnaires));
        QVERIFY2(questionnaires.contains(reportparts::shortDate(today.addDays(-40))),
                 qPrintable(questionnaires));
        QVERIFY2(!questionnaires.contains(reportparts::shortDate(today.addDays(-120))),
                 qPrintable(questionnaires));
    }
};

FC_CORE_TEST_MAIN(TstOneTruth)
#include "tst_onetruth.moc"
