#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVector>
#include <optional>

namespace fc {

struct Symptom
{
    qint64 id = 0;
    QString key;  // stable id used in CSV and insights ("pain", "brain_fog", or a user's own)
    QString name; // shown to the user
    bool higherIsBetter = false;
    QString lowLabel;
    QString midLabel;
    QString highLabel;
    int position = 0;
    bool hidden = false;
    bool builtin = false;
};

struct CheckIn
{
    qint64 id = 0;
    QDate day;
    QTime time; // invalid: no time of day given
    std::optional<double> hoursSlept;
    bool crash = false;
    QString note;
    // symptom key -> 0..10; a missing key means "not logged". Whole numbers when typed in; an
    // import keeps the source's resolution (Flaredown's 3 of 4 is 7.5), so no rounding shifts a
    // mean or a percent change.
    QMap<QString, double> scores;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A treatment the journal knows: from the bundled catalogue (data/treatments.json) or the user's.
struct Treatment
{
    qint64 id = 0;
    QString key; // catalogue id ("low-dose-naltrexone") or a slug of the user's name
    QString name;
    QString kind;           // medication, supplement, movement, cannabis, other
    QString drugClass;      // e.g. "opioid", "opioid-antagonist"
    QString avoidWithClass; // a class the articles warn against combining with this one
    QString defaultUnit;
    QString articleSlug;
    bool builtin = false;
};

struct DoseChange
{
    qint64 id = 0;
    QDate day;
    double dose = 0;
    QString unit;
    QString note;
};

struct SideEffect
{
    qint64 id = 0;
    QDate day;
    QString description;
    std::optional<int> severity; // 0-10 when given
};

// One period of trying a treatment. dose/unit are the starting dose; doseChanges hold the
// titration after the start.
struct Trial
{
    qint64 id = 0;
    qint64 treatmentId = 0;
    QString treatmentKey;  // filled when read
    QString treatmentName; // filled when read
    std::optional<double> dose;
    QString unit;
    QString schedule; // "4.5 mg at bedtime"
    QDate start;
    QDate stop; // invalid: still going
    QString stopReason;
    int rampUpDays = 7;
    QString note;
    QVector<DoseChange> doseChanges;
    QVector<SideEffect> sideEffects;

    bool isOngoing() const { return !stop.isValid(); }
};

struct Note
{
    qint64 id = 0;
    QString title;
    QString body; // Markdown
    QDate day;    // optional link to a journal day
    QString articleSlug;
    QString quote;    // the article passage the note is about
    QStringList tags; // filled and saved by NotesStore
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace fc
