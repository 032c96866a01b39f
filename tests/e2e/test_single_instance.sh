#!/usr/bin/env bash
# Two processes on one data folder: the second hands --check-in to the first and exits; after
# the first is killed (leaving its socket behind, as a crash does) a new one starts normally.
set -euo pipefail
app=$1
source "$(dirname "$0")/instances.sh"
export QT_LOGGING_RULES="fc.instance.info=true"

wait_for() { # file pattern
    for _ in $(seq 1 300); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

"$app" --data-dir "$work/data" >"$work/first.log" 2>&1 &
pids+=($!)
wait_for "$work/first.log" "listening on" || fail "first instance did not start listening"
socket=$(ls "$work/runtime"/org.fibrocompanion.FibroCompanion-*.sock)
[ "$(stat -c %a "$socket")" = 600 ] \
    || fail "socket permissions $(stat -c %a "$socket")"

timeout 20 "$app" --data-dir "$work/data/." --check-in >"$work/second.log" 2>&1 \
    || fail "second instance exited non-zero"
grep -q "already running" "$work/second.log" || fail "second instance did not say it handed over"
wait_for "$work/first.log" "request from another instance: fc::SingleInstance::Request::CheckIn" \
    || wait_for "$work/first.log" "request from another instance: CheckIn" \
    || fail "first instance did not get the check-in request"
kill -0 "${pids[0]}" || fail "first instance died"

# A different data folder is a different instance.
"$app" --data-dir "$work/other" >"$work/other.log" 2>&1 &
pids+=($!)
wait_for "$work/other.log" "listening on" || fail "instance for another folder did not start"

# A crash leaves the socket file: the next start must notice nobody answers and take over.
kill -9 "${pids[0]}"
wait "${pids[0]}" 2>/dev/null || true
[ -S "$socket" ] || fail "expected the killed instance's socket to be left behind"
"$app" --data-dir "$work/data" >"$work/third.log" 2>&1 &
pids+=($!)
wait_for "$work/third.log" "listening on" || fail "instance after a crash did not start"
grep -q "instance that is gone" "$work/third.log" || fail "stale socket not reported"
echo ok
