#include "insights/insightsengine.h"

#include "articles/articlelibrary.h"
#include "journal/journalstore.h"

namespace fc {

InsightsEngine InsightsEngine::load(const JournalStore &store, const ArticleLibrary *library,
                                    const Options &options)
{
    const QVector<Trial> trials = store.trials().trials();
    QHash<QString, QString> articles;
    for (const Trial &t : trials) {
        if (articles.contains(t.treatmentKey))
            continue;
        const std::optional<Treatment> treatment = store.trials().treatment(t.treatmentKey);
        articles.insert(t.treatmentKey, treatment ? treatment->articleSlug : QString());
    }
    InsightsEngine engine(JournalSeries::load(store, options.today), trials, articles, library,
                          options);
    engine.setPlannedTrials(store.plans().plans());
    engine.setQuestionnaires(store.questionnaires().fiqrAnswers(),
                             store.questionnaires().acr2016Answers());
    return engine;
}

QVector<PlannedTrialResult> InsightsEngine::plannedTrialResults() const
{
    QVector<PlannedTrialResult> out;
    for (const PlannedTrial &p : m_plans)
        out << analysePlannedTrial(p, m_series, m_options.today);
    return out;
}

InsightsEngine::InsightsEngine(JournalSeries series, QVector<Trial> trials,
                               QHash<QString, QString> treatmentArticles,
                               const ArticleLibrary *library, const Options &options)
    : m_series(std::move(series))
    , m_trials(std::move(trials))
    , m_treatmentArticles(std::move(treatmentArticles))
    , m_library(library)
    , m_options(options)
{}

const Trial *InsightsEngine::trial(qint64 id) const
{
    for (const Trial &t : m_trials) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QStringList InsightsEngine::symptomKeys() const
{
    QStringList keys;
    for (const Symptom &s : m_series.symptoms()) {
        if (!s.hidden)
            keys << s.key;
    }
    return keys;
}

QString InsightsEngine::articleSlug(const QString &treatmentKey) const
{
    QString slug = m_treatmentArticles.value(treatmentKey);
    if (slug.isEmpty() || !m_library || !m_library->find(slug))
        return QString();
    return slug;
}

TrialEffect InsightsEngine::trialEffect(const Trial &trial, const QString &symptomKey) const
{
    std::optional<StudyComparison> study;
    const QString slug = articleSlug(trial.treatmentKey);
    if (!slug.isEmpty())
        study = studyFor(*m_library->find(slug), symptomKey);
    TrialEffectOptions options;
    options.baselineDays = m_options.baselineDays;
    options.today = m_options.today;
    return computeTrialEffect(trial, symptomKey, m_series, m_trials, options, study);
}

QVector<TrialEffect> InsightsEngine::trialEffects(const Trial &trial) const
{
    QVector<TrialEffect> out;
    for (const QString &key : symptomKeys())
        out << trialEffect(trial, key);
    return out;
}

QVector<TrialEffect> InsightsEngine::trialEffects() const
{
    QVector<TrialEffect> out;
    for (const Trial &t : m_trials)
        out << trialEffects(t);
    return out;
}

SeriesCorrelation InsightsEngine::correlation(const QString &xKey, const QString &yKey, int lag,
                                              const QDate &from, const QDate &to) const
{
    return correlateSeries(m_series, xKey, yKey, lag, from, to);
}

PacingFindings PacingFindings::of(const JournalSeries &series, const QDate &from, const QDate &to)
{
    PacingFindings out;
    out.lags = PacingLags::analyse(series, from, to);
    out.envelope = PacingEnvelope::find(series, out.lags);
    return out;
}

QPair<QDate, QDate> InsightsEngine::range(ChartRange range, const QDate &customFrom,
                                          const QDate &customTo) const
{
    const QDate today = m_options.today;
    switch (range) {
    case ChartRange::Days30:
        return {today.addDays(-29), today};
    case ChartRange::Days90:
        return {InsightsPeriod::defaultFrom(today), today};
    case ChartRange::Year:
        return {today.addYears(-1).addDays(1), today};
    case ChartRange::All: {
        QDate first = m_series.firstLogged().isValid() ? m_series.firstLogged() : today;
        for (const Trial &t : m_trials)
            first = qMin(first, t.start);
        return {qMin(first, today.addDays(-29)), qMax(today, m_series.lastLogged())};
    }
    case ChartRange::Custom:
        break;
    }
    QDate from = customFrom.isValid() ? customFrom : today.addDays(-89);
    QDate to = customTo.isValid() ? customTo : today;
    if (to < from)
        std::swap(from, to);
    return {from, to};
}

QPair<QDate, QDate> InsightsEngine::chartRange(ChartRange range, const QDate &customFrom,
                                               const QDate &customTo) const
{
    auto [from, to] = this->range(range, customFrom, customTo);
    QDate first = m_series.firstLogged();
    if (range == ChartRange::Custom || !first.isValid())
        return {from, to};
    for (const Trial &t : m_trials)
        if (t.start >= from && t.start < first)
            first = t.start;
    if (first > from)
        from = qMax(from, qMin(first, to.addDays(-(minimumChartDays - 1))));
    return {from, to};
}

QString InsightsEngine::historySvg(const QStringList &keys, const QDate &from, const QDate &to,
                                   const QVector<ChartBand> &bands, const ChartLayout &layout) const
{
    return ChartBuilder(m_series, m_trials).historySvg(keys, from, to, bands, layout);
}

} // namespace fc
