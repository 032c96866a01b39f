#!/usr/bin/env bash
# The daily check-in costs no browser engine: a start on Today, and one straight into the
# check-in, run a few seconds with their window up and never start a QtWebEngineProcess. The
# same window does start one as soon as a web page is needed (tests/ui/tst_mainwindow checks
# that half in-process).
set -euo pipefail
app=$1
source "$(dirname "$0")/instances.sh"
export QT_LOGGING_RULES="fc.instance.info=true"

# descendants PID: every process below PID, one per line, read from /proc in one pass (the name
# in /proc/N/stat may hold spaces and parentheses: the fields after its last ')' are fixed).
descendants() {
    { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v root="$1" '
        { rest = $0; sub(/.*\) /, "", rest); split(rest, field, " "); parent[$1] = field[2] }
        END {
            tree[root] = 1
            for (grew = 1; grew;) {
                grew = 0
                for (p in parent)
                    if (!(p in tree) && (parent[p] in tree)) { tree[p] = 1; grew = 1; print p }
            }
        }'
}

web_processes_of() {
    local n=0
    for p in $(descendants "$1"); do
        case "$(cat "/proc/$p/comm" 2>/dev/null)" in QtWebEngine*) n=$((n + 1)) ;; esac
    done
    echo "$n"
}

check_start() {
    local name=$1
    shift
    local data="$work/$name-data" log="$work/$name.log"
    "$app" --data-dir "$data" "$@" >"$log" 2>&1 &
    local pid=$!
    pids+=("$pid")
    for _ in $(seq 1 300); do
        grep -q "listening on" "$log" && break
        kill -0 "$pid" 2>/dev/null || fail "$name: the window exited"
        sleep 0.1
    done
    grep -q "listening on" "$log" || fail "$name: the window never came up"
    # Watch the window for a while after it is up, as a user typing five numbers would keep it.
    for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || fail "$name: the window exited"
        local web
        web=$(web_processes_of "$pid")
        [ "$web" -eq 0 ] || fail "$name: $web web engine process(es) started"
        sleep 0.1
    done
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$name: no web engine process"
}

check_start today
check_start check-in --check-in
