#!/usr/bin/env bash
# Installs what the app and its tests need, then runs every check CI runs:
#   1. clang-format check of the sources
#   2. release build (warnings are errors) and the whole test suite
#   3. clang-tidy over the project's code (.clang-tidy), zero findings
#   4. libFuzzer targets, FC_FUZZ_SECONDS (default 20) each, on the committed seed corpus
#   5. ASan + UBSan build and the whole test suite again under it
# Every step runs even when an earlier one failed, so one run shows every problem; the exit
# status is non-zero when any step failed. Safe to run again: builds are incremental.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" test || exit 1
jobs=$(nproc 2>/dev/null || echo 2)
# Headless: Qt's offscreen platform; WebEngine refuses its sandbox as root.
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
build="$root/build/ci"
asan="$root/build/asan"
start=$SECONDS
failed=()

# run_step NAME COMMAND...: runs and times one step, remembering a failure.
run_step() {
    local name=$1 began=$SECONDS
    shift
    echo
    echo "=== $name (at $((SECONDS - start)) s)"
    if "$@"; then
        echo "--- $name: ok in $((SECONDS - began)) s"
    else
        echo "--- $name: FAILED after $((SECONDS - began)) s"
        failed+=("$name")
    fi
}

configure_and_build() {
    local dir=$1
    shift
    cmake -S "$root" -B "$dir" -G Ninja -DFC_WERROR=ON -DFC_BUILD_TESTS=ON "$@" &&
        cmake --build "$dir" -j "$jobs"
}

run_step "format check" bash "$root/scripts/check-format.sh"
# Line tables (-g1) instead of full debug information: backtraces keep file and line, the build
# takes a fifth less time.
run_step "build" configure_and_build "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
run_step "tests" ctest --test-dir "$build" --output-on-failure -j "$jobs"
run_step "clang-tidy" bash "$root/scripts/tidy.sh" "$build"
run_step "fuzzing" bash "$root/scripts/fuzz.sh" "${FC_FUZZ_SECONDS:-20}"
# Line tables here too: a sanitizer report names file and line, and the build and its links
# take about a sixth less time than with full debug information.
run_step "sanitizer build" configure_and_build "$asan" -DCMAKE_BUILD_TYPE=Debug -DFC_SANITIZE=ON \
    "-DCMAKE_CXX_FLAGS_DEBUG=-g1"
echo
echo "Steps so far took $((SECONDS - start)) s.${failed[*]:+ Failed: ${failed[*]}.}"
# Last, so ctest's summary closes the output of a passing run.
# The Debian package test builds and installs a release package; it runs once, above.
run_step "tests under ASan + UBSan" ctest --test-dir "$asan" --output-on-failure -j "$jobs" -LE package
if [ ${#failed[@]} -gt 0 ]; then
    echo "FAILED steps: ${failed[*]} (whole run $((SECONDS - start)) s)"
    exit 1
fi
