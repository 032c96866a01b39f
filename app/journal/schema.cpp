#include "journal/schema.h"

namespace fc {

namespace {

// Dates are ISO text. date(julianday(x)) normalises 2024-02-30 to 2024-03-01 (plain date() does
// not in SQLite 3.40), so the CHECKs refuse any day that is not a real calendar date.
QStringList version1()
{
    return {
        QStringLiteral(
            "CREATE TABLE symptom ("
            " id INTEGER PRIMARY KEY,"
            " key TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 64),"
            " name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),"
            " higher_is_better INTEGER NOT NULL DEFAULT 0 CHECK (higher_is_better IN (0, 1)),"
            " low_label TEXT NOT NULL DEFAULT '',"
            " mid_label TEXT NOT NULL DEFAULT '',"
            " high_label TEXT NOT NULL DEFAULT '',"
            " position INTEGER NOT NULL DEFAULT 0,"
            " hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),"
            " builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)))"),
        QStringLiteral(
            "INSERT INTO symptom (key, name, higher_is_better, low_label, mid_label, high_label,"
            " position, builtin) VALUES"
            " ('pain', 'Pain', 0, 'none', 'moderate', 'worst imaginable', 1, 1),"
            " ('fatigue', 'Fatigue', 0, 'none', 'moderate', 'worst imaginable', 2, 1),"
            " ('sleep', 'Sleep quality', 1, 'worst possible', 'fair', 'best possible', 3, 1),"
            " ('brain_fog', 'Brain fog', 0, 'none', 'moderate', 'worst imaginable', 4, 1),"
            " ('mood', 'Mood', 1, 'worst possible', 'so-so', 'best possible', 5, 1)"),
        QStringLiteral(
            "CREATE TABLE checkin ("
            " id INTEGER PRIMARY KEY,"
            " day TEXT NOT NULL UNIQUE CHECK (date(julianday(day)) IS day),"
            " time TEXT CHECK (time IS NULL OR strftime('%H:%M', '2000-01-01 ' || time) IS time),"
            " hours_slept REAL CHECK (hours_slept IS NULL OR (hours_slept >= 0 AND hours_slept <= "
            "24)),"
            " crash INTEGER NOT NULL DEFAULT 0 CHECK (crash IN (0, 1)),"
            " note TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE score ("
                       " checkin_id INTEGER NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,"
                       " symptom_id INTEGER NOT NULL REFERENCES symptom(id),"
                       " value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),"
                       " PRIMARY KEY (checkin_id, symptom_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX score_by_symptom ON score(symptom_id)"),
        QStringLiteral("CREATE TABLE note ("
                       " id INTEGER PRIMARY KEY,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL DEFAULT '',"
                       " day TEXT CHECK (day IS NULL OR date(julianday(day)) IS day),"
                       " article_slug TEXT,"
                       " quote TEXT,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
    };
}

} // namespace

const QVector<Migration> &journalMigrations()
{
    static const QVector<Migration> steps{
        {1, version1()},
    };
    return steps;
}

int latestSchemaVersion()
{
    return journalMigrations().constLast().version;
}

} // namespace fc
