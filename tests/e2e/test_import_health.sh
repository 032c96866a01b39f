#!/usr/bin/env bash
# --import-health: an Apple Health export.xml comes in as daily values, the same file again adds
# nothing, the values travel in the CSV export, a Gadgetbridge zip export gives its sleep, HRV
# and resting rate, and a file that is not an export is refused with a non-zero exit and the
# journal unchanged.
set -euo pipefail
app=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/data
export TZ=Europe/Berlin

out=$(env -u DISPLAY "$app" --data-dir "$data" --import-health "$here/data/health/export.xml" 2>&1) ||
    fail "import failed: $out"
grep -q 'Apple Health export' <<<"$out" || fail "format not named: $out"
grep -q 'Steps on 2 days' <<<"$out" || fail "steps not counted: $out"
grep -q '1 reading could not be used' <<<"$out" || fail "bad reading not counted: $out"
grep -q 'line 18: a HKQuantityTypeIdentifierStepCount record without a number' <<<"$out" ||
    fail "bad reading not named with its line: $out"
grep -q 'Imported: 5 day values added, 0 changed, 0 already in the journal.' <<<"$out" || fail "counts: $out"
grep -q 'Reading .*: 100%' <<<"$out" || fail "no progress shown: $out"

out=$(env -u DISPLAY "$app" --data-dir "$data" --import-health "$here/data/health/export.xml" 2>&1) ||
    fail "second import failed: $out"
grep -q 'Imported: 0 day values added, 0 changed, 5 already in the journal.' <<<"$out" ||
    fail "second import changed something: $out"

env -u DISPLAY "$app" --data-dir "$data" --export-csv "$work/j.csv" >/dev/null 2>&1 ||
    fail "export failed"
grep -q '^2024-03-30,,measure,steps,4500,steps,apple-health' "$work/j.csv" ||
    fail "steps not exported (the watch's count, not both): $(grep measure "$work/j.csv")"
grep -q '^2024-03-31,,measure,sleep_hours,6,h,apple-health' "$work/j.csv" ||
    fail "sleep not on the wake-up day: $(grep measure "$work/j.csv")"

# Gadgetbridge's zip export (its database as database/Gadgetbridge): a Garmin's night of stage
# changes ended by its sleep event, a Colmi ring's stages with durations, a Xiaomi band's night
# given only as minutes asleep, the Garmin's own resting rate and nightly HRV.
gb="$here/data/health/gadgetbridge-export.zip"
out=$(env -u DISPLAY "$app" --data-dir "$data" --import-health "$gb" 2>&1) ||
    fail "Gadgetbridge zip import failed: $out"
grep -q 'Gadgetbridge zip export' <<<"$out" || fail "zip format not named: $out"
grep -q 'Hours asleep on 3 days' <<<"$out" || fail "sleep days: $out"
# The night into 31 March came from Apple Health above: the later import's value replaces it.
grep -q 'Imported: 4 day values added, 1 changed, 0 already in the journal.' <<<"$out" ||
    fail "Gadgetbridge counts: $out"
env -u DISPLAY "$app" --data-dir "$data" --export-csv "$work/gb.csv" >/dev/null 2>&1 ||
    fail "export after the Gadgetbridge import failed"
for line in '2024-03-31,,measure,sleep_hours,4,h,gadgetbridge' \
    '2024-03-31,,measure,resting_heart_rate,52,bpm,gadgetbridge' \
    '2024-03-31,,measure,hrv,38,ms,gadgetbridge' \
    '2024-04-01,,measure,sleep_hours,1,h,gadgetbridge' \
    '2024-04-02,,measure,sleep_hours,7,h,gadgetbridge'; do
    grep -qx -- "$line" <(tr -d '\r' <"$work/gb.csv") ||
        fail "missing $line: $(grep gadgetbridge "$work/gb.csv")"
done

printf 'date,steps\n2024-03-30,100\n' >"$work/steps.csv"
if out=$(env -u DISPLAY "$app" --data-dir "$data" --import-health "$work/steps.csv" 2>&1); then
    fail "a CSV file was taken as a health export: $out"
fi
grep -q 'not a file Fibro Companion can import health data from' <<<"$out" || fail "message: $out"
if out=$(env -u DISPLAY "$app" --data-dir "$data" --import-health "$work/missing.xml" 2>&1); then
    fail "a missing file succeeded: $out"
fi
grep -q 'missing.xml' <<<"$out" || fail "missing file not named: $out"
echo "import-health ok"
