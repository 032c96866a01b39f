#pragma once

#include "export/csvreader.h"
#include "journal/daymeasures.h"
#include "journal/entities.h"
#include "journal/plannedtrial.h"
#include "journal/questionnaire.h"

#include <QHash>
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

    // How a name in the file met the journal: an existing symptom or treatment, or a new one.
    struct NameMatch
    {
        enum class Kind { Symptom, Treatment };
        Kind kind = Kind::Symptom;
        QString source; // as written in the file
        QString key;    // the journal's key, or the new item's
        bool created = false;
    };

    QString format;             // "Fibro Companion long layout", "Flaredown per-user export", ...
    QVector<NameMatch> matches; // in the order the file names them
    QVector<Item<Symptom>> symptoms;     // new user symptoms
    QVector<Item<Treatment>> treatments; // new user treatments
    QVector<Item<CheckIn>> checkIns;
    QVector<TrialItem> trials;
    QVector<Item<PlannedTrial>> plans; // treatmentKey set; treatmentId resolved when written
    QVector<Item<Note>> notes;
    QVector<Item<FiqrAnswers>> fiqr;       // one per date
    QVector<Item<Acr2016Answers>> acr2016; // one per date
    QVector<Item<DayMeasure>> measures;    // one per date and name
    QVector<CsvIssue> errors;              // the first kMaxListedCsvIssues problems; use addError()
    qint64 unlistedErrors = 0;             // problems past those, counted only
    QStringList duplicates;                // already in the journal; skipped
    QStringList remarks;                   // how the file was read (scales, skipped rows)

    bool isEmpty() const;
    bool canImport() const { return errors.isEmpty() && !isEmpty(); }
    void addError(int line, const QString &message);
    qint64 errorCount() const { return errors.size() + unlistedErrors; }
    int doseLogCount() const;
    // "12 check-ins, 2 trials, …" for what would be added.
    QString additions() const;
    // Multi-line text for the console and the dialog: format, additions, what each name became
    // (unless a table shows it), duplicates, remarks and errors.
    enum class Names { Listed, Omitted };
    QString summary(Names names = Names::Listed) const;
};

// The person's own choice for a name in the file (as written there): the key of an existing
// symptom or treatment it stands for. Names not listed are matched as usual.
struct CsvNameChoices
{
    QHash<QString, QString> symptoms;
    QHash<QString, QString> treatments;
};

// What the parsers need to know about the journal to resolve names.
struct CsvImportContext
{
    QVector<Symptom> symptoms; // including hidden
    QVector<Treatment> treatments;
    QDate today;
    CsvNameChoices choices;
};

// One parser per layout; each reads the rows (as often as it needs, rewinding the stream) and
// fills plan (format, items, errors, remarks). Duplicates against the journal are found
// afterwards by planCsvImport().
void parseOurLongCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan);
void parseOurWideCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan);
void parseFlaredownWideCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan);
void parseFlaredownLongCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan);

void parseBearableCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan);
void parseDaylioCsv(CsvStream &rows, const CsvImportContext &context, CsvImportPlan &plan);

// Layout detection for the other apps' exports.
// The index of Flaredown's "Tags" column (its "Foods" follows, then six weather columns in files
// written since October 2021), or -1 when the header is not Flaredown's per-user export.
int flaredownTagsColumn(const QStringList &header);
bool isBearableHeader(const QStringList &header);
bool isDaylioHeader(const QStringList &header);

// Lowercase ASCII key from a name ("Brain fog" -> "brain_fog"); "item" when nothing is left.
QString keyFromName(const QString &name);

} // namespace fc
