#pragma once

#include "journal/entities.h"

#include <QStringList>
#include <QVector>

namespace fc {

class ArticleLibrary;

struct QuotedCaution
{
    QString quote; // the article's words, verbatim
    QString articleSlug;
    QString articleTitle;
};

// What to show when a trial is added: the cautions the articles state about the treatment (the
// app adds nothing of its own beyond "discuss with your doctor"), and a warning when the journal
// already holds a trial of a class the treatment should not be combined with.
struct TrialCautions
{
    QVector<QuotedCaution> quotes;
    QStringList conflicts; // one sentence per conflicting trial

    bool isEmpty() const { return quotes.isEmpty() && conflicts.isEmpty(); }
};

// A caution applies to its own treatment and to catalogue treatments of the same class that
// link to that article (the magnesium article's kidney caution covers both magnesium forms).
TrialCautions cautionsFor(const Treatment &treatment, const QVector<Treatment> &catalogue,
                          const QVector<Trial> &existingTrials, const ArticleLibrary &library);

} // namespace fc
