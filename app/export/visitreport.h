#pragma once

#include "insights/insightsperiod.h"
#include "journal/entities.h"
#include "journal/questionnaire.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QVector>

class QLocale;

namespace fc {

class JournalStore;

// How much room the report takes. It is printed in full first, then, while it takes more pages
// than a visit allows (ReportJob), with less space between its blocks and lines, then with less
// of the week-by-week detail: the History chart already shows each symptom's course, so its
// weekly means are the first to go. Every level after Full keeps the tighter spacing.
enum class ReportDetail {
    Full,
    Tight,              // everything, closer together
    WeeksWithoutScores, // the weeks' sleep, crash days and hard days; scores in the chart only
    NoWeeks,            // no week-by-week table; one line says why
};

// Everything the visit report shows, gathered from the journal for one date range, so the
// HTML can be built (and tested) without a database.
struct VisitReportInput
{
    QDate from;
    QDate to;
    QString patientName;
    QVector<Symptom> symptoms;
    QVector<CheckIn> checkIns; // from - (to - from + 1) .. to: the range and the one before
    QVector<Trial> trials;     // overlapping the range
    QVector<QMap<QDate, bool>> doseLogs; // parallel to trials
    QVector<Note> notes;                 // notes for the doctor
    QVector<FiqrAnswers> fiqr;           // every answer set up to `to`, oldest first
    QVector<Acr2016Answers> acr2016;     // every answer set up to `to`, oldest first
    // Extra HTML from the insights code (reportinsights.h).
    QString chartsHtml;
    QString verdictsHtml;               // one line per treatment, for the first page
    QString effectsMethodHtml;          // how the effects below were computed
    QHash<qint64, QString> effectsHtml; // by trial id: the effects table and what to keep in mind
    QString effectsEndHtml;             // planned tests, and what the method cannot tell
    QString pacingHtml; // exertion and wearable values, and what tends to come 1-3 days later
    ReportDetail detail = ReportDetail::Full;

    static VisitReportInput collect(const JournalStore &store, const QDate &from, const QDate &to);
};

class VisitReport
{
    Q_DECLARE_TR_FUNCTIONS(fc::VisitReport)

public:
    static QString build(const VisitReportInput &input);
    // The report at each level of detail that differs from the one before, most detailed first.
    static QStringList buildAtEachDetail(VisitReportInput input);
    // A visit's report is read in this many pages; longer periods may take more.
    static constexpr int pagesForAVisit = 2;
    // [to - 89, to] when from is not given.
    static QDate defaultFrom(const QDate &to) { return InsightsPeriod::defaultFrom(to); }
    // The end of the latest 90 days that hold data: today, unless the last check-in is older
    // than that (an imported journal, a long break), then the day of the last check-in.
    static QDate defaultTo(const QDate &lastCheckIn, const QDate &today);
};

// "A4" or "Letter" when set, otherwise Letter where the locale's country uses it.
QPageSize::PageSizeId reportPageSize(const QString &setting, const QLocale &locale);

} // namespace fc
