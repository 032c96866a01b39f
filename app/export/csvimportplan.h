#pragma once

#include "export/csvreader.h"
#include "journal/entities.h"
#include "journal/plannedtrial.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fc {

// What a CSV file would add to the journal, worked out before anything is written so the user
// can see it (counts, duplicates, every bad row) and then import all of it or nothing.
struct CsvImportPlan
{
    template<typename T> struct Item
    {
        T value;
        int line = 0;
    };
    struct TrialItem
    {
        Trial trial; // treatmentKey set; treatmentId resolved when written
        QMap<QDate, bool> doseLog;
        int line = 0;
    };

    QString format; // "Fibro Companion long layout", "Flaredown per-user export", ...
    QVector<Item<Symptom>> symptoms;     // new user symptoms
    QVector<Item<Treatment>> treatments; // new user treatments
    QVector<Item<CheckIn>> checkIns;
    QVector<TrialItem> trials;
    QVector<Item<PlannedTrial>> plans; // treatmentKey set; treatmentId resolved when written
    QVector<Item<Note>> notes;
    QVector<CsvIssue> errors;
    QStringList duplicates; // already in the journal; skipped
    QStringList remarks;    // how the file was read (scales, skipped rows)

    bool isEmpty() const;
    bool canImport() const { return errors.isEmpty() && !isEmpty(); }
    int doseLogCount() const;
    // "12 check-ins, 2 trials, …" for what would be added.
    QString additions() const;
    // Multi-line text for the console and the dialog: format, additions, duplicates, remarks
    // and errors.
    QString summary() const;
};

// What the parsers need to know about the journal to resolve names.
struct CsvImportContext
{
    QVector<Symptom> symptoms; // including hidden
    QVector<Treatment> treatments;
    QDate today;
};

// One parser per layout; each fills plan (format, items, errors, remarks). Duplicates against
// the journal are found afterwards by planCsvImport().
void parseOurLongCsv(const CsvTable &table, const CsvImportContext &context, CsvImportPlan &plan);
void parseOurWideCsv(const CsvTable &table, const CsvImportContext &context, CsvImportPlan &plan);
void parseFlaredownWideCsv(const CsvTable &table, const CsvImportContext &context,
                           CsvImportPlan &plan);
void parseFlaredownLongCsv(const CsvTable &table, const CsvImportContext &context,
                           CsvImportPlan &plan);

// Lowercase ASCII key from a name ("Brain fog" -> "brain_fog"); "item" when nothing is left.
QString keyFromName(const QString &name);

} // namespace fc
