# Shared by the end-to-end tests that start several app processes on one data folder: a work
# folder removed at exit with every process still running killed, a private runtime folder for
# the instance sockets, and fail() that prints every log. Sourced; sets $work and pids.
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; for f in "$work"/*.log; do echo "== $f"; cat "$f"; done >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$work/runtime"
