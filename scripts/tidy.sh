#!/usr/bin/env bash
# clang-tidy with the checked-in .clang-tidy over the project's own sources (not moc/rcc output),
# using the compile commands of an existing build. Any finding fails.
#   usage: scripts/tidy.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: scripts/tidy.sh BUILD_DIR}
jobs=$(nproc 2>/dev/null || echo 2)
[ -f "$build/compile_commands.json" ] || { echo "no compile_commands.json in $build" >&2; exit 1; }
# Generated sources (moc, rcc) must exist before clang-tidy reads the files that include them.
# The product code, the benchmarks and the test infrastructure are checked; the QtTest suites in
# tests/core and tests/ui are not: they would add half again to CI's time budget (two cores)
# for code that only ever runs in CI.
files="^$root/(app|ui|bench|tests/(support|fuzz|security|e2e))/.*\\.cpp\$"
# clang cannot read GCC's precompiled headers: clang-tidy gets the compile commands without them
# (each file includes what it uses, so it stands alone).
database="$build/clang-tidy-db"
mkdir -p "$database"
sed -E 's# -Winvalid-pch##g; s# -include [^ ]*/cmake_pch\.hxx##g' "$build/compile_commands.json" \
    > "$database/compile_commands.json"
# Sources are checked in batches (see scripts/tidy-batches.py): a sixth of the time. The batches
# live inside the source tree so that clang-tidy finds .clang-tidy above them; findings are
# reported in the sources themselves, so the header filter takes in the project's .cpp files.
batches="$root/build/clang-tidy-batches/$(basename "$build")"
read -r count batch_count < <(python3 "$root/scripts/tidy-batches.py" \
    "$database/compile_commands.json" "$files" "$batches")
ours="^$root/(app|ui|bench|tests)/.*\\.(h|cpp)\$"
run-clang-tidy -quiet -j "$jobs" -p "$batches" -header-filter="$ours" \
    -checks=-bugprone-suspicious-include > "$build/clang-tidy.log" 2>&1 || status=$?
if [ "${status:-0}" -ne 0 ] || grep -qE '(warning|error): ' "$build/clang-tidy.log"; then
    grep -E -A3 '(warning|error): ' "$build/clang-tidy.log" | grep -v '^--$' >&2 || tail -20 "$build/clang-tidy.log" >&2
    echo "clang-tidy: findings above (full log: $build/clang-tidy.log)" >&2
    exit 1
fi
echo "clang-tidy: $count files in $batch_count batches, no findings"
