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

// Treatments and trials. The bundled catalogue is synced into `treatment` at every open, so
// the migration only creates tables.
QStringList version2()
{
    const QString validDay = QStringLiteral("date(julianday(%1)) IS %1");
    return {
        QStringLiteral("CREATE TABLE treatment ("
                       " id INTEGER PRIMARY KEY,"
                       " key TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 80),"
                       " name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),"
                       " kind TEXT NOT NULL DEFAULT 'other',"
                       " drug_class TEXT NOT NULL DEFAULT '',"
                       " avoid_with_class TEXT NOT NULL DEFAULT '',"
                       " default_unit TEXT NOT NULL DEFAULT '',"
                       " article_slug TEXT,"
                       " builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)))"),
        QStringLiteral(
            "CREATE TABLE trial ("
            " id INTEGER PRIMARY KEY,"
            " treatment_id INTEGER NOT NULL REFERENCES treatment(id),"
            " dose REAL CHECK (dose IS NULL OR dose >= 0),"
            " unit TEXT NOT NULL DEFAULT '',"
            " schedule TEXT NOT NULL DEFAULT '',"
            " start_day TEXT NOT NULL CHECK (%1),"
            " stop_day TEXT CHECK (stop_day IS NULL OR (%2 AND stop_day >= start_day)),"
            " stop_reason TEXT NOT NULL DEFAULT '',"
            " ramp_up_days INTEGER NOT NULL DEFAULT 7 CHECK (ramp_up_days BETWEEN 0 AND 90),"
            " note TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)")
            .arg(validDay.arg(QStringLiteral("start_day")),
                 validDay.arg(QStringLiteral("stop_day"))),
        QStringLiteral("CREATE INDEX trial_by_treatment ON trial(treatment_id)"),
        QStringLiteral("CREATE TABLE dose_change ("
                       " id INTEGER PRIMARY KEY,"
                       " trial_id INTEGER NOT NULL REFERENCES trial(id) ON DELETE CASCADE,"
                       " day TEXT NOT NULL CHECK (%1),"
                       " dose REAL NOT NULL CHECK (dose >= 0),"
                       " unit TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (trial_id, day))")
            .arg(validDay.arg(QStringLiteral("day"))),
        QStringLiteral("CREATE TABLE side_effect ("
                       " id INTEGER PRIMARY KEY,"
                       " trial_id INTEGER NOT NULL REFERENCES trial(id) ON DELETE CASCADE,"
                       " day TEXT NOT NULL CHECK (%1),"
                       " description TEXT NOT NULL CHECK (length(trim(description)) >= 1),"
                       " severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 0 AND 10))")
            .arg(validDay.arg(QStringLiteral("day"))),
        QStringLiteral("CREATE TABLE dose_log ("
                       " trial_id INTEGER NOT NULL REFERENCES trial(id) ON DELETE CASCADE,"
                       " day TEXT NOT NULL CHECK (%1),"
                       " taken INTEGER NOT NULL CHECK (taken IN (0, 1)),"
                       " PRIMARY KEY (trial_id, day)) WITHOUT ROWID")
            .arg(validDay.arg(QStringLiteral("day"))),
    };
}

// Notes: tags (with the one most people want offered from the start) and a full-text index.
// note_fts is an external-content FTS5 table kept in step by triggers, so every writer of `note`
// (old code paths included) keeps it right; 'rebuild' indexes the notes written before.
QStringList version4()
{
    return {
        QStringLiteral("CREATE TABLE tag ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE"
                       " CHECK (length(trim(name)) BETWEEN 1 AND 60),"
                       " builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)))"),
        QStringLiteral("INSERT INTO tag (name, builtin) VALUES ('Questions for my doctor', 1)"),
        QStringLiteral("CREATE TABLE note_tag ("
                       " note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,"
                       " tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (note_id, tag_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX note_tag_by_tag ON note_tag(tag_id)"),
        QStringLiteral("CREATE INDEX note_by_article ON note(article_slug)"),
        QStringLiteral("CREATE VIRTUAL TABLE note_fts USING fts5(title, body, quote,"
                       " content='note', content_rowid='id',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN"
                       " INSERT INTO note_fts (rowid, title, body, quote)"
                       " VALUES (new.id, new.title, new.body, new.quote); END"),
        QStringLiteral("CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN"
                       " INSERT INTO note_fts (note_fts, rowid, title, body, quote)"
                       " VALUES ('delete', old.id, old.title, old.body, old.quote); END"),
        QStringLiteral("CREATE TRIGGER note_fts_update AFTER UPDATE ON note BEGIN"
                       " INSERT INTO note_fts (note_fts, rowid, title, body, quote)"
                       " VALUES ('delete', old.id, old.title, old.body, old.quote);"
                       " INSERT INTO note_fts (rowid, title, body, quote)"
                       " VALUES (new.id, new.title, new.body, new.quote); END"),
        QStringLiteral("INSERT INTO note_fts (note_fts) VALUES ('rebuild')"),
    };
}

// Planned n-of-1 tests: the drawn order is stored as text ("ON-OFF, OFF-ON, ...") beside the
// seed it came from.
QStringList version5()
{
    const QString validDay = QStringLiteral("date(julianday(%1)) IS %1");
    return {
        QStringLiteral(
            "CREATE TABLE planned_trial ("
            " id INTEGER PRIMARY KEY,"
            " treatment_id INTEGER NOT NULL REFERENCES treatment(id),"
            " symptom_key TEXT NOT NULL CHECK (length(symptom_key) BETWEEN 1 AND 80),"
            " start_day TEXT NOT NULL CHECK (%1),"
            " period_days INTEGER NOT NULL CHECK (period_days BETWEEN 2 AND 56),"
            " pairs INTEGER NOT NULL CHECK (pairs BETWEEN 1 AND 10),"
            " washout_days INTEGER NOT NULL DEFAULT 0 CHECK (washout_days >= 0"
            "   AND washout_days < period_days - 1),"
            " seed TEXT NOT NULL,"
            " pair_order TEXT NOT NULL,"
            " stopped_day TEXT CHECK (stopped_day IS NULL OR (%2 AND stopped_day >= start_day)),"
            " note TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)")
            .arg(validDay.arg(QStringLiteral("start_day")),
                 validDay.arg(QStringLiteral("stopped_day"))),
        QStringLiteral("CREATE INDEX planned_trial_by_treatment ON planned_trial(treatment_id)"),
    };
}

// Questionnaire answers (FIQR, ACR 2016 WPI/SSS), one row per answer as the CSV long layout
// writes them; names and ranges are checked by QuestionnaireStore::checkValue.
QStringList version6()
{
    return {
        QStringLiteral("CREATE TABLE questionnaire_answer ("
                       " day TEXT NOT NULL CHECK (date(julianday(day)) IS day),"
                       " kind TEXT NOT NULL CHECK (kind IN ('fiqr', 'wpi', 'sss', 'sss_duration')),"
                       " name TEXT NOT NULL,"
                       " value REAL NOT NULL CHECK (value BETWEEN 0 AND 10),"
                       " PRIMARY KEY (day, kind, name)) WITHOUT ROWID"),
    };
}

// One value a day of each daily measure: exertion logged in the check-in, and steps, resting
// heart rate, HRV and sleep imported from a wearable's export. Names and ranges are checked by
// DayMeasures::check; the source says where the value came from.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE day_measure ("
                       " day TEXT NOT NULL CHECK (date(julianday(day)) IS day),"
                       " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),"
                       " value REAL NOT NULL CHECK (value >= 0),"
                       " source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 40),"
                       " PRIMARY KEY (day, name)) WITHOUT ROWID"),
    };
}

} // namespace

const QVector<Migration> &journalMigrations()
{
    static const QVector<Migration> steps{
        {1, version1()}, {2, version2()}, {4, version4()},
        {5, version5()}, {6, version6()}, {7, version7()},
    };
    return steps;
}

int latestSchemaVersion()
{
    return journalMigrations().constLast().version;
}

} // namespace fc
