#!/usr/bin/env bash
# One writer per data folder. Ten windows started at once: one opens the journal, nine hand
# their request to it. A killed window's lock does not block the next start. Ten imports at
# once: one at a time; each either reports success and its day is in the journal, or says the
# journal is in use and changes nothing; the database stays intact.
set -euo pipefail
app=$1
source "$(dirname "$0")/instances.sh"
export QT_LOGGING_RULES="fc.instance.info=true;fc.lock.info=true"
data="$work/data"

starts=()
for i in $(seq 1 10); do
    "$app" --data-dir "$data" >"$work/start$i.log" 2>&1 &
    starts+=($!)
done
pids+=("${starts[@]}")
# Nine hand over and exit; one stays. Give the slowest start time to find the first.
running=()
for _ in $(seq 1 600); do
    running=()
    for p in "${starts[@]}"; do kill -0 "$p" 2>/dev/null && running+=("$p"); done
    [ "${#running[@]}" -le 1 ] && break
    sleep 0.1
done
[ "${#running[@]}" -eq 1 ] || fail "${#running[@]} windows still running, expected one"
window=${running[0]}
handed=0
for i in $(seq 1 10); do
    p=${starts[$((i - 1))]}
    [ "$p" = "$window" ] && continue
    wait "$p" || fail "start $i exited non-zero"
    grep -q "already running" "$work/start$i.log" || fail "start $i did not hand over"
    handed=$((handed + 1))
done
[ "$handed" -eq 9 ] || fail "$handed hand-overs"
winner_log=$(grep -l "listening on" "$work"/start*.log)
[ "$(echo "$winner_log" | wc -l)" -eq 1 ] || fail "more than one window listened"
for _ in $(seq 1 300); do
    [ "$(grep -c "request from another instance" "$winner_log")" -ge 9 ] && break
    sleep 0.1
done
[ "$(grep -c "request from another instance" "$winner_log")" -eq 9 ] \
    || fail "the window got $(grep -c "request from another instance" "$winner_log") requests"

# While the window holds the folder, a job waits, then says the journal is in use.
printf 'date,time,kind,name,value,unit,note\r\n2026-01-01,08:00,score,pain,5,,\r\n' >"$work/busy.csv"
if timeout 60 "$app" --data-dir "$data" --import-csv "$work/busy.csv" --wait 1 \
    >"$work/busy.log" 2>&1; then
    fail "an import ran beside the window"
fi
grep -q "is in use by another Fibro Companion (process $window)" "$work/busy.log" \
    || fail "no plain message for a journal in use"

# A window killed without a chance to clean up leaves its lock; the next start takes it over.
kill -9 "$window"
wait "$window" 2>/dev/null || true
[ -e "$data/.fibro-companion.lock" ] || fail "expected the killed window's lock file"
"$app" --data-dir "$data" >"$work/after-crash.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do grep -q "listening on" "$work/after-crash.log" && break; sleep 0.1; done
grep -q "listening on" "$work/after-crash.log" || fail "the start after a crash did not open"
kill "${pids[-1]}"
wait "${pids[-1]}" 2>/dev/null || true

# Ten imports at once, one day each.
jobs=()
for i in $(seq 1 10); do
    printf 'date,time,kind,name,value,unit,note\r\n2026-02-%02d,08:00,score,pain,%d,,\r\n' \
        "$i" "$((i % 10))" >"$work/day$i.csv"
    "$app" --data-dir "$data" --import-csv "$work/day$i.csv" >"$work/import$i.log" 2>&1 &
    jobs+=($!)
done
pids+=("${jobs[@]}")
succeeded=()
for i in $(seq 1 10); do
    if wait "${jobs[$((i - 1))]}"; then
        succeeded+=("$i")
    else
        grep -q "is in use by another Fibro Companion" "$work/import$i.log" \
            || fail "import $i failed for another reason"
    fi
done
[ "${#succeeded[@]}" -ge 1 ] || fail "no import succeeded"
[ "$(sqlite3 "$data/journal.sqlite" 'PRAGMA integrity_check')" = ok ] || fail "journal damaged"
for i in $(seq 1 10); do
    count=$(sqlite3 "$data/journal.sqlite" \
        "SELECT COUNT(*) FROM checkin WHERE day = '2026-02-$(printf %02d "$i")'")
    if grep -qx "$i" <<<"$(printf '%s\n' "${succeeded[@]}")"; then
        [ "$count" -eq 1 ] || fail "import $i reported success but its day is missing"
    else
        [ "$count" -eq 0 ] || fail "import $i failed but changed the journal"
    fi
done
echo "ok: ${#succeeded[@]} of 10 imports ran one after another"
