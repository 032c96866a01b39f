#!/usr/bin/env bash
# The visit report from a seeded 120-day journal, read back with poppler.
set -euo pipefail
app=$1 seed=$2
work=$(mktemp -d) extra=$(mktemp -d)
trap 'rm -rf "$work" "$extra"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$seed" "$work/data" 3 120
"$app" --data-dir "$work/data" --export-pdf "$work/r.pdf" --report > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt"; fail "report exited non-zero"; }
# A job prints what it did, not the offscreen platform's graphics chatter.
if grep -E "WebEngineContext used before|No suitable graphics backend" "$work/out.txt"; then
    fail "graphics noise in the job's output"
fi
grep -q "^Wrote .*Visit report" "$work/out.txt" || { cat "$work/out.txt"; fail "no summary line"; }
pages=$(pdfinfo "$work/r.pdf" | awk '/^Pages:/ {print $2}')
# A doctor reads three months in two pages.
[ "$pages" -eq 2 ] || fail "$pages pages for 3 months, expected 2"
[ "$(stat -c %a "$work/r.pdf")" = 600 ] || fail "PDF is not owner-only"
pdftotext -layout "$work/r.pdf" "$work/r.txt"
for heading in "Visit report" "Symptoms" "Week by week" "Treatments" "Side effects noted" \
    "Crash days" "Notes for the doctor" "History" "What this cannot tell"; do
    grep -q "$heading" "$work/r.txt" || fail "heading '$heading' missing"
done
# Pain over the last 90 days: 40 days at 4, 40 at 5, 10 at 6 -> mean 4.7, min 4, max 6.
grep -Eq "Pain lower is better +4\.7 +4 +6 +90" "$work/r.txt" || { grep Pain "$work/r.txt"; fail "pain row"; }
grep -Eq "Jaw pain lower is better +3\.5 +2 +5 +90" "$work/r.txt" || fail "jaw pain row"
grep -q "90 days with a check-in" "$work/r.txt" || fail "check-in count"
grep -q "Low-dose naltrexone" "$work/r.txt" || fail "trial missing"
grep -q "Vivid dreams" "$work/r.txt" || fail "side effect missing"
grep -q "5 crash days in this period" "$work/r.txt" || fail "crash days"
grep -q "Questions for Dr Rivera" "$work/r.txt" || fail "doctor note missing"
grep -Eq "Pain +5\.4 \(n" "$work/r.txt" || fail "treatment effect row for pain"
grep -q "Not logged in this period: Brain fog, Mood" "$work/r.txt" || fail "unlogged symptoms"
# Every page is numbered "Page N of M".
for n in $(seq 1 "$pages"); do
    grep -q "Page $n of $pages" "$work/r.txt" || fail "page $n has no number"
done
# Page one holds the summary: levels, what was tried, crash days and the doctor notes.
pdftotext -f 1 -l 1 -layout "$work/r.pdf" "$extra/p1.txt"
for heading in "Symptoms" "What was tried" "Crash days" "Notes for the doctor"; do
    grep -q "$heading" "$extra/p1.txt" || fail "'$heading' is not on page one"
done
# Then the week-by-week means, the chart and each treatment with its effects, in that order.
tr -s ' \n' ' ' < "$work/r.txt" | grep -Eq "Notes for the doctor.*Week by week.*History.*Treatments" \
    || fail "sections out of order"
tr -s ' \n' ' ' < "$work/r.txt" | grep -q "taken on 9 of 10 days logged" || fail "doses taken"

# A journal of one day says so in words, with the singular.
"$seed" "$extra/one" 3 1
"$app" --data-dir "$extra/one" --export-pdf "$extra/one.pdf" --report > "$extra/out.txt" 2>&1 \
    || { cat "$extra/out.txt"; fail "one-day report exited non-zero"; }
pdftotext -layout "$extra/one.pdf" "$extra/one.txt"
grep -q "1 day with a check-in" "$extra/one.txt" || fail "one-day header"
grep -q "All check-ins of this period fall in one week" "$extra/one.txt" || fail "one-day weeks"
if grep -q "Week from" "$extra/one.txt"; then fail "a week table for one day"; fi

pdfinfo "$work/r.pdf" | grep "(A4)" > /dev/null || fail "C locale report is not A4"
# Letter where the locale's country uses it.
LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 "$app" --data-dir "$work/data" --export-pdf "$work/us.pdf" \
    --report > /dev/null 2>&1 || fail "US report"
pdfinfo "$work/us.pdf" | grep "(letter)" > /dev/null || fail "US report is not Letter"

# An explicit range.
from=$(date -d "-29 days" +%F) to=$(date +%F)
"$app" --data-dir "$work/data" --export-pdf "$work/m.pdf" --report --from "$from" --to "$to" \
    > /dev/null 2>&1 || fail "ranged report"
# Through a file: with pipefail, "grep -q" closing the pipe early can kill pdftotext with SIGPIPE.
pdftotext "$work/m.pdf" "$work/m.txt"
grep -q "(30 days)" "$work/m.txt" || fail "range not used"

# Bad destinations and ranges: a message, exit 1, no file.
if "$app" --data-dir "$work/data" --export-pdf "$work/none/r.pdf" --report > "$work/e1.txt" 2>&1; then
    fail "report into a missing folder succeeded"
fi
grep -q "does not exist" "$work/e1.txt" || { cat "$work/e1.txt"; fail "no clear message"; }
[ ! -e "$work/none" ] || fail "folder created"
mkdir "$work/taken.pdf"
if "$app" --data-dir "$work/data" --export-pdf "$work/taken.pdf" --report > "$work/e2.txt" 2>&1; then
    fail "report over a folder succeeded"
fi
grep -q "taken.pdf" "$work/e2.txt" || { cat "$work/e2.txt"; fail "message does not name the file"; }
[ -z "$(ls -A "$work/taken.pdf")" ] || fail "partial file left"
[ -z "$(ls "$work" | grep -v -E '^(data|r\.pdf|r\.txt|m\.pdf|m\.txt|us\.pdf|out\.txt|e1\.txt|e2\.txt|taken\.pdf)$')" ] \
    || fail "temporary files left: $(ls "$work")"
if "$app" --data-dir "$work/data" --export-pdf "$work/x.pdf" --report --from "$to" --to "$from" \
    > "$work/e3.txt" 2>&1; then
    fail "reversed range accepted"
fi
grep -q "is after --to" "$work/e3.txt" || { cat "$work/e3.txt"; fail "reversed range message"; }

# With weekly FIQRs and monthly ACR 2016 answers: the questionnaire panel, its change since the
# answers before the period, the body map's areas in the PDF's text and the citations.
"$seed" "$extra/q" 3 120 questionnaires
# With exertion from the check-in, a watch's resting heart rate and a planned test too: every
# panel the report has, for three months, still in two pages.
python3 - "$extra/q/journal.sqlite" <<'PY' || fail "could not add measures"
import datetime, random, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rng = random.Random(7)
today = datetime.date.today()
for n in range(120):
    day = (today - datetime.timedelta(days=n)).isoformat()
    for name, value, source in (("exertion_physical", rng.randint(2, 9), "check-in"),
                                ("resting_heart_rate", 58 + rng.randint(0, 14), "wearable")):
        db.execute("INSERT OR REPLACE INTO day_measure (day, name, value, source) VALUES (?, ?, ?, ?)",
                   (day, name, value, source))
# A planned test of magnesium on pain, four pairs of weeks, started 70 days ago.
start = (today - datetime.timedelta(days=70)).isoformat()
db.execute("INSERT INTO planned_trial (treatment_id, symptom_key, start_day, period_days, pairs,"
           " washout_days, seed, pair_order, note, created_at, updated_at)"
           " SELECT id, 'pain', ?, 7, 4, 2, '12345', 'ON-OFF, OFF-ON, OFF-ON, ON-OFF', '',"
           " datetime('now'), datetime('now') FROM treatment WHERE key = 'magnesium-l-threonate'",
           (start,))
db.commit()
PY
"$app" --data-dir "$extra/q" --export-pdf "$extra/q.pdf" --report > /dev/null 2>&1 \
    || fail "report with questionnaires"
pdftotext -layout "$extra/q.pdf" "$extra/q.txt"
grep -q "Questionnaires" "$extra/q.txt" || fail "no questionnaire panel"
grep -q "Activity and what came 1-3 days later" "$extra/q.txt" || fail "no activity panel"
grep -q "Resting heart rate: median [0-9]* bpm" "$extra/q.txt" || fail "heart rate without its unit"
grep -q "Test of Magnesium L-threonate on pain" "$extra/q.txt" || fail "no planned test"
qpages=$(pdfinfo "$extra/q.pdf" | awk '/^Pages:/ {print $2}')
[ "$qpages" -eq 2 ] || fail "$qpages pages for 3 months with every panel, expected 2"
# Either the weekly means are all there or what made room is said: the weekly symptom means are
# left to the chart, or the whole table is.
grep -Eq "Mean score of the days logged in each week|the History chart shows (the symptoms|each week)" \
    "$extra/q.txt" || fail "the weekly means are missing without a word"
# The seed's FIQR answers 3 + n % 4 + d / 30: 44.5 on the last day, compared with the first of
# the period, 64.5 on 14 Sep (not the one before the period): the change over the period.
grep -Eq "FIQR total 0.100 +44\.5 [0-9]+ [A-Z][a-z]+ +64\.5 [0-9]+ [A-Z][a-z]+ +−20\.0" "$extra/q.txt" \
    || { grep FIQR "$extra/q.txt"; fail "FIQR total row"; }
grep -Eq "Widespread Pain Index \(WPI\).* +6 [0-9]+ [A-Z][a-z]+ +8 [0-9]+ [A-Z][a-z]+ +−2\.0" "$extra/q.txt" \
    || { grep WPI "$extra/q.txt"; fail "WPI row"; }
grep -q "painful: Left shoulder girdle, Right shoulder girdle" "$extra/q.txt" || fail "areas not named"
# The citations as one line each, wherever the page wrapped them.
flat=$(tr -s ' \n' '  ' < "$extra/q.txt")
grep -q "Arthritis Research & Therapy 2009;11:R120" <<< "$flat" || fail "FIQR citation"
grep -q "Semin Arthritis Rheum 2016;46:319-329" <<< "$flat" || fail "ACR citation"
# Nothing under 9 pt on any page, the body map's labels and the chart's included: poppler's
# word boxes are the font's full height, about 1.16 times its size in DejaVu Sans.
for pdf in "$work/r.pdf" "$extra/q.pdf"; do
    small=$(pdftotext -bbox "$pdf" - | awk -F'"' '/<word/ { if ($8 - $4 < 9 * 1.1) n++ } END { print n + 0 }')
    [ "$small" -eq 0 ] || { pdftotext -bbox "$pdf" - | awk -F'"' '/<word/ && $8 - $4 < 9.9' | head; fail "$small words under 9 pt in $pdf"; }
done
echo "ok: $pages pages"
