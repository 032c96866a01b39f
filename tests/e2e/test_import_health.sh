#!/usr/bin/env bash
# --import-health: an Apple Health export.xml comes in as daily values, the same file again adds
# nothing, the values travel in the CSV export, and a file that is not an export is refused
# with a non-zero exit and the journal unchanged.
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
