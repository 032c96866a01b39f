#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build/fuzz) and runs each for a bounded time on its
# committed seed corpus. Any crash, leak, timeout or sanitizer report fails the run; the input
# that caused it is kept in build/fuzz/artifacts/<target>/ and belongs, once the bug is fixed, in
# tests/fuzz/regressions/<target>/ where every normal build replays it.
#   usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
shift || true
build="$root/build/fuzz"
jobs=$(nproc 2>/dev/null || echo 2)

# -O1 and line tables, as libFuzzer's documentation suggests: reports keep file and line, and
# the build is quicker.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFC_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++ -DFC_WERROR=ON \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" > /dev/null
cmake --build "$build" -j "$jobs"

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for source in "$root"/tests/fuzz/fuzz_*.cpp; do
        name=$(basename "$source" .cpp)
        targets+=("${name#fuzz_}")
    done
fi

run_one() {
    local name=$1
    local work="$build/corpus-work/$name" artifacts="$build/artifacts/$name"
    local log="$build/logs/$name.log"
    mkdir -p "$work" "$artifacts" "$(dirname "$log")"
    # The first folder receives new inputs, so the committed seeds stay as they are.
    if ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        QT_LOGGING_RULES='*.debug=false' \
        "$build/tests/fuzz/fuzz-$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -malloc_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$work" "$root/tests/fuzz/corpus/$name" > "$log" 2>&1; then
        echo "fuzz $name: $(grep -m1 -o 'Done [0-9]* runs in [0-9]* second(s)' "$log"), no finding"
    else
        echo "fuzz $name: FINDING (log: $log)" >&2
        grep -E 'ERROR|runtime error|violated|SUMMARY|Test unit written' "$log" | head -20 >&2
        return 1
    fi
}
export -f run_one
export build root seconds

echo "Fuzzing ${targets[*]} for ${seconds}s each, $jobs at a time"
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {}
