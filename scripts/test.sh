#!/usr/bin/env bash
# Installs what the app and its tests need, builds with warnings as errors and runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" test
jobs=$(nproc 2>/dev/null || echo 2)
build="$root/build/ci"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFC_WERROR=ON \
    -DFC_BUILD_TESTS=ON
cmake --build "$build" -j "$jobs"
# Headless: Qt's offscreen platform; WebEngine refuses its sandbox as root.
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
ctest --test-dir "$build" --output-on-failure -j "$jobs"
