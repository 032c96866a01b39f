#!/usr/bin/env bash
# --help and --version work without a display; a root run warns about the sandbox.
set -euo pipefail
app=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
env -u DISPLAY -u QT_QPA_PLATFORM "$app" --version | grep -Eq '^fibro-companion [0-9]+\.[0-9]+\.[0-9]+$' \
    || fail "--version output"
help=$(env -u DISPLAY -u QT_QPA_PLATFORM "$app" --help)
for opt in --data-dir --export-pdf --notes --report --version --help; do
    grep -q -- "$opt" <<<"$help" || fail "--help does not mention $opt"
done
if "$app" --no-such-option > /dev/null 2>&1; then fail "unknown option accepted"; fi
if "$app" --export-pdf x.pdf --notes --from 2024-13-01 > /dev/null 2>&1; then fail "bad date accepted"; fi
echo ok
