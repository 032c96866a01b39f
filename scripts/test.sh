#!/usr/bin/env bash
# Installs what the app and its tests need, then runs every check CI runs:
#   1. clang-format check of the sources
#   2. release build (warnings are errors) and the whole test suite
#   3. clang-tidy over the project's code (.clang-tidy), zero findings
#   4. libFuzzer targets, FC_FUZZ_SECONDS (default 30) each, on the committed seed corpus
#   5. ASan + UBSan build and the whole test suite again under it
# Safe to run again: builds are incremental and each step starts from its own build folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" test
jobs=$(nproc 2>/dev/null || echo 2)
# Headless: Qt's offscreen platform; WebEngine refuses its sandbox as root.
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1

start=$SECONDS
step_start=$SECONDS
step() {
    echo
    echo "=== $* (after $((SECONDS - start)) s)"
    step_start=$SECONDS
}
done_step() { echo "--- $1 took $((SECONDS - step_start)) s"; }

step "Format check"
bash "$root/scripts/check-format.sh"
done_step "format check"

step "Build (RelWithDebInfo, warnings are errors)"
build="$root/build/ci"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFC_WERROR=ON \
    -DFC_BUILD_TESTS=ON
cmake --build "$build" -j "$jobs"
done_step "build"

step "Tests"
ctest --test-dir "$build" --output-on-failure -j "$jobs"
done_step "tests"

step "clang-tidy"
bash "$root/scripts/tidy.sh" "$build"
done_step "clang-tidy"

step "Fuzzing"
bash "$root/scripts/fuzz.sh" "${FC_FUZZ_SECONDS:-30}"
done_step "fuzzing"

step "ASan + UBSan build"
asan="$root/build/asan"
cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFC_SANITIZE=ON -DFC_WERROR=ON \
    -DFC_BUILD_TESTS=ON
cmake --build "$asan" -j "$jobs"
done_step "sanitizer build"

step "Tests under ASan + UBSan (all $((SECONDS - start)) s so far)"
# Last, so ctest's summary closes the output.
ctest --test-dir "$asan" --output-on-failure -j "$jobs"
