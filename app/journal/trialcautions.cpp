#include "journal/trialcautions.h"

#include "articles/articlelibrary.h"

#include <algorithm>

namespace fc {

namespace {

const Treatment *findTreatment(const QVector<Treatment> &catalogue, const QString &key)
{
    for (const Treatment &t : catalogue)
        if (t.key == key)
            return &t;
    return nullptr;
}

const Treatment *findTreatment(const QVector<Treatment> &catalogue, qint64 id)
{
    for (const Treatment &t : catalogue)
        if (t.id == id)
            return &t;
    return nullptr;
}

bool cautionApplies(const Caution &caution, const Article &article, const Treatment &treatment,
                    const QVector<Treatment> &catalogue)
{
    if (caution.treatment == treatment.key)
        return true;
    if (treatment.drugClass.isEmpty() || article.slug != treatment.articleSlug)
        return false;
    const Treatment *about = findTreatment(catalogue, caution.treatment);
    return about && about->drugClass == treatment.drugClass;
}

} // namespace

TrialCautions cautionsFor(const Treatment &treatment, const QVector<Treatment> &catalogue,
                          const QVector<Trial> &existingTrials, const ArticleLibrary &library)
{
    TrialCautions out;
    for (const Article &article : library.articles()) {
        for (const Caution &caution : article.cautions) {
            if (!cautionApplies(caution, article, treatment, catalogue))
                continue;
            const bool duplicate =
                std::any_of(out.quotes.cbegin(), out.quotes.cend(),
                            [&](const QuotedCaution &q) { return q.quote == caution.quote; });
            if (!duplicate)
                out.quotes << QuotedCaution{caution.quote, article.slug, article.title};
        }
    }

    QStringList seen;
    for (const Trial &trial : existingTrials) {
        const Treatment *other = findTreatment(catalogue, trial.treatmentId);
        if (!other || other->key == treatment.key || seen.contains(other->key))
            continue;
        const bool clash =
            (!treatment.avoidWithClass.isEmpty() && other->drugClass == treatment.avoidWithClass) ||
            (!other->avoidWithClass.isEmpty() && treatment.drugClass == other->avoidWithClass);
        if (!clash)
            continue;
        seen << other->key;
        const QString when =
            trial.isOngoing()
                ? QStringLiteral("since %1").arg(trial.start.toString(Qt::ISODate))
                : QStringLiteral("from %1 to %2")
                      .arg(trial.start.toString(Qt::ISODate), trial.stop.toString(Qt::ISODate));
        out.conflicts << QStringLiteral(
                             "Your journal has a trial of %1 (%2, %3). The articles warn "
                             "against combining %4 with %5 medicines.")
                             .arg(other->name, other->drugClass, when, treatment.name,
                                  treatment.avoidWithClass.isEmpty() ? treatment.drugClass
                                                                     : treatment.avoidWithClass);
    }
    return out;
}

} // namespace fc
