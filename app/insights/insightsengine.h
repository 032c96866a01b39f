#pragma once

#include "insights/chartbuilder.h"
#include "insights/insightsperiod.h"
#include "insights/journalseries.h"
#include "insights/pacingenvelope.h"
#include "insights/pacinglags.h"
#include "insights/plannedtrialanalysis.h"
#include "insights/questionnairescores.h"
#include "insights/seriescorrelation.h"
#include "insights/trialeffect.h"

#include <QHash>
#include <QVector>

namespace fc {

class ArticleLibrary;
class JournalStore;

enum class ChartRange { Days30, Days90, Year, All, Custom };

// What came 1-3 days after heavier days over one period, and the personal limit found from it:
// computed once, rendered by Today, the Insights, the report and the JSON.
struct PacingFindings
{
    PacingLags lags;
    PacingEnvelope envelope;

    static PacingFindings of(const JournalSeries &series, const QDate &from, const QDate &to);
};

// The insights of one journal at one moment: every trial's effect on every symptom, relations
// between series and the charts. This is the API the Insights pages, --insights-json and the
// visit report use; it reads the journal once and then only computes.
class InsightsEngine
{
public:
    struct Options
    {
        int baselineDays = 60; // Settings::baselineDays()
        QDate today = QDate::currentDate();
    };

    static InsightsEngine load(const JournalStore &store, const ArticleLibrary *library,
                               const Options &options);
    // treatmentArticles maps a treatment key to its article slug (catalogue "article").
    InsightsEngine(JournalSeries series, QVector<Trial> trials,
                   QHash<QString, QString> treatmentArticles, const ArticleLibrary *library,
                   const Options &options);

    const JournalSeries &series() const { return m_series; }
    const QVector<Trial> &trials() const { return m_trials; }
    const Trial *trial(qint64 id) const;
    const Options &options() const { return m_options; }
    // Keys of the journal's visible symptoms, in their order.
    QStringList symptomKeys() const;
    // The article about a treatment, if the catalogue names one the library has.
    QString articleSlug(const QString &treatmentKey) const;

    // Every trial (oldest first) against every visible symptom.
    QVector<TrialEffect> trialEffects() const;
    QVector<TrialEffect> trialEffects(const Trial &trial) const;
    TrialEffect trialEffect(const Trial &trial, const QString &symptomKey) const;

    // Planned n-of-1 tests (load() reads them from the journal) and their analyses.
    void setPlannedTrials(QVector<PlannedTrial> plans) { m_plans = std::move(plans); }
    const QVector<PlannedTrial> &plannedTrials() const { return m_plans; }
    QVector<PlannedTrialResult> plannedTrialResults() const;

    // FIQR and ACR 2016 answer sets, oldest first (load() reads them from the journal).
    void setQuestionnaires(QVector<FiqrAnswers> fiqr, QVector<Acr2016Answers> acr)
    {
        m_fiqr = std::move(fiqr);
        m_acr = std::move(acr);
    }
    const QVector<FiqrAnswers> &fiqrAnswers() const { return m_fiqr; }
    const QVector<Acr2016Answers> &acr2016Answers() const { return m_acr; }

    // What tends to come 0-3 days after more exertion or steps, and the limit, over from..to.
    PacingFindings pacing(const QDate &from, const QDate &to) const
    {
        return PacingFindings::of(m_series, from, to);
    }
    SeriesCorrelation correlation(const QString &xKey, const QString &yKey, int lag,
                                  const QDate &from = QDate(), const QDate &to = QDate()) const;

    // 30/90 days and a year end today; All spans the whole journal; Custom is clamped to order.
    QPair<QDate, QDate> range(ChartRange range, const QDate &customFrom = QDate(),
                              const QDate &customTo = QDate()) const;
    // The part of range() the history chart shows: a preset range starts no earlier than the
    // journal (or a trial in it) does, and spans at least two weeks, so a new or short journal
    // is not a dot at the edge of 90 empty days. A custom range is shown as chosen.
    static constexpr int minimumChartDays = 14;
    QPair<QDate, QDate> chartRange(ChartRange range, const QDate &customFrom = QDate(),
                                   const QDate &customTo = QDate()) const;
    QString historySvg(const QStringList &keys, const QDate &from, const QDate &to,
                       const QVector<ChartBand> &bands = {},
                       const ChartLayout &layout = ChartLayout()) const;
    QString scatterSvg(const SeriesCorrelation &correlation) const
    {
        return ChartBuilder::scatterSvg(correlation);
    }

private:
    JournalSeries m_series;
    QVector<Trial> m_trials;
    QVector<PlannedTrial> m_plans;
    QVector<FiqrAnswers> m_fiqr;
    QVector<Acr2016Answers> m_acr;
    QHash<QString, QString> m_treatmentArticles;
    const ArticleLibrary *m_library;
    Options m_options;
};

} // namespace fc
