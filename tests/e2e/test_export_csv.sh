#!/usr/bin/env bash
# CSV out and back in through the built binary: round trip, bad files, Flaredown, bad paths.
set -euo pipefail
app=$1 seed=$2
data=$(cd "$(dirname "$0")/../data/csv" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$seed" "$work/a" 3 120
"$app" --data-dir "$work/a" --export-csv "$work/a.csv" > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt"; fail "export exited non-zero"; }
grep -q "long layout" "$work/out.txt" || fail "no summary printed"
[ "$(stat -c %a "$work/a.csv")" = 600 ] || fail "CSV is not owner-only"
head -1 "$work/a.csv" | grep -q $'^date,time,kind,name,value,unit,note\r$' || fail "long header"
grep -q ",trial_stop,my-warm-bath-routine,,,Too tiring; no change" "$work/a.csv" || fail "trial stop missing"

# Import into an empty journal, export again: the same bytes.
"$app" --data-dir "$work/b" --import-csv "$work/a.csv" > "$work/in.txt" 2>&1 \
    || { cat "$work/in.txt"; fail "import exited non-zero"; }
grep -q "120 check-ins" "$work/in.txt" || { cat "$work/in.txt"; fail "import summary"; }
"$app" --data-dir "$work/b" --export-csv "$work/b.csv" > /dev/null 2>&1 || fail "second export"
cmp "$work/a.csv" "$work/b.csv" || fail "round trip changed the file"

# Importing the same file again adds nothing and says why.
"$app" --data-dir "$work/b" --import-csv "$work/a.csv" > "$work/again.txt" 2>&1 || fail "re-import"
grep -q "Already in the journal, skipped" "$work/again.txt" || fail "duplicates not reported"

"$app" --data-dir "$work/a" --export-csv "$work/w.csv" --csv-layout wide > /dev/null 2>&1 \
    || fail "wide export"
head -1 "$work/w.csv" | grep -q $'^date,pain,fatigue,sleep,brain_fog,mood,jaw_pain,hours_slept,crash,note\r$' \
    || fail "wide header: $(head -1 "$work/w.csv")"
[ "$(wc -l < "$work/w.csv")" -ge 121 ] || fail "wide rows"

# A file with bad rows: exit 1, every bad line named, nothing imported.
if "$app" --data-dir "$work/c" --import-csv "$data/bad-long.csv" > "$work/bad.txt" 2>&1; then
    fail "bad file imported"
fi
for line in 3 4 5 8 9 10 11 12 13; do
    grep -q "line $line:" "$work/bad.txt" || { cat "$work/bad.txt"; fail "line $line not reported"; }
done
"$app" --data-dir "$work/c" --export-csv "$work/c.csv" > /dev/null 2>&1 || fail "export c"
[ "$(wc -l < "$work/c.csv")" -eq 1 ] || fail "something was imported from the bad file"

# Flaredown: the scale note and the values.
"$app" --data-dir "$work/d" --import-csv "$data/flaredown-user.csv" > "$work/fd.txt" 2>&1 \
    || { cat "$work/fd.txt"; fail "Flaredown import"; }
grep -q "multiplied by 2.5" "$work/fd.txt" || fail "scale note missing"
"$app" --data-dir "$work/d" --export-csv "$work/d.csv" > /dev/null 2>&1 || fail "export d"
grep -q "^2024-01-02,,score,fibromyalgia,10,," "$work/d.csv" || fail "Flaredown 4 is not 10"
# 3 of 4 is 7.5 exactly, and comes back as 7.5 from our own export.
grep -q "^2024-01-01,,score,fibromyalgia,7.5,," "$work/d.csv" || fail "Flaredown 3 is not 7.5"
"$app" --data-dir "$work/d2" --import-csv "$work/d.csv" > /dev/null 2>&1 || fail "re-import of d.csv"
"$app" --data-dir "$work/d2" --export-csv "$work/d2.csv" > /dev/null 2>&1 || fail "export d2"
grep -q "^2024-01-01,,score,fibromyalgia,7.5,," "$work/d2.csv" || fail "7.5 did not survive a round trip"
grep -q "^2024-01-03,,dose_change,amitriptyline,25,mg," "$work/d.csv" || fail "dose change"

# What each name became is printed; --map chooses another, and a name the file lacks is refused.
"$app" --data-dir "$work/f" --import-csv "$data/flaredown-user-weather.csv" > "$work/f.txt" 2>&1 \
    || { cat "$work/f.txt"; fail "Flaredown import with weather"; }
grep -q "Low dose naltrexone -> the journal's treatment low-dose-naltrexone" "$work/f.txt" \
    || { cat "$work/f.txt"; fail "the catalogue match is not shown"; }
grep -q "Fatigue -> the journal's symptom fatigue" "$work/f.txt" || fail "symptom match not shown"
if "$app" --data-dir "$work/g" --import-csv "$data/flaredown-user-weather.csv" \
    --map "Fatigu=pain" > "$work/g.txt" 2>&1; then
    fail "a mapping for a name the file lacks was accepted"
fi
grep -q 'the file has no name "Fatigu"' "$work/g.txt" || { cat "$work/g.txt"; fail "no typo message"; }
if "$app" --data-dir "$work/g" --import-csv "$data/flaredown-user-weather.csv" \
    --map "Fatigue=no-such-symptom" > "$work/g.txt" 2>&1; then
    fail "a mapping to nothing was accepted"
fi
grep -q 'no symptom or treatment "no-such-symptom"' "$work/g.txt" || fail "no unknown-key message"
"$app" --data-dir "$work/g" --export-csv "$work/g.csv" > /dev/null 2>&1 || fail "export g"
[ "$(wc -l < "$work/g.csv")" -eq 1 ] || fail "a refused mapping imported something"
"$app" --data-dir "$work/g" --import-csv "$data/flaredown-user-weather.csv" \
    --map "Fibromyalgia=Brain fog" > "$work/g.txt" 2>&1 || { cat "$work/g.txt"; fail "import with --map"; }
grep -q "Fibromyalgia -> the journal's symptom brain_fog" "$work/g.txt" || { cat "$work/g.txt"; fail "map"; }
"$app" --data-dir "$work/g" --export-csv "$work/g.csv" > /dev/null 2>&1 || fail "export g"
grep -q "^2025-05-01,,score,brain_fog,7.5,," "$work/g.csv" || { cat "$work/g.csv"; fail "Fibromyalgia 3 is not brain fog 7.5"; }

# Unwritable destinations.
if "$app" --data-dir "$work/a" --export-csv "$work/no/such/dir/x.csv" > "$work/e.txt" 2>&1; then
    fail "export into a missing folder succeeded"
fi
grep -q "x.csv" "$work/e.txt" || { cat "$work/e.txt"; fail "message does not name the file"; }
[ ! -e "$work/no" ] || fail "folders were created"
if "$app" --data-dir "$work/a" --import-csv "$work/missing.csv" > "$work/m.txt" 2>&1; then
    fail "missing file imported"
fi
grep -q "Cannot read" "$work/m.txt" || fail "no message for a missing file"
echo ok
