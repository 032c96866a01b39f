#!/usr/bin/env bash
# Installs what the app needs, builds a release build and starts it. Arguments are passed on
# to the app (for example --data-dir DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" build
cmake -S "$root" -B "$root/build/release" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DFC_BUILD_TESTS=OFF -DFC_WERROR=OFF >/dev/null
cmake --build "$root/build/release" --target fibro-companion
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ $# -eq 0 ]; then
    echo "Built $root/build/release/fibro-companion, but there is no display to open the window on." >&2
    echo "Run it from a desktop session, or try: $root/build/release/fibro-companion --help" >&2
    exit 1
fi
exec "$root/build/release/fibro-companion" "$@"
