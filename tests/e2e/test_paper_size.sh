#!/usr/bin/env bash
# The notes PDF is printed on the paper chosen in Preferences (settings.ini in the data folder
# with --data-dir): A4 by default in a metric locale, Letter when chosen.
set -euo pipefail
app=$1 seed=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$seed" "$work/data" 1
LC_ALL=C.UTF-8 "$app" --data-dir "$work/data" --export-pdf "$work/a4.pdf" --notes >/dev/null 2>&1 \
    || fail "export with default paper"
pdfinfo "$work/a4.pdf" | grep -Eq '^Page size: +59[45](\.[0-9]+)? x 84[01](\.[0-9]+)? pts' \
    || { pdfinfo "$work/a4.pdf"; fail "default paper is not A4"; }

printf '[report]\npaperSize=Letter\n' >>"$work/data/settings.ini"
"$app" --data-dir "$work/data" --export-pdf "$work/letter.pdf" --notes >/dev/null 2>&1 \
    || fail "export on Letter"
pdfinfo "$work/letter.pdf" | grep -Eq '^Page size: +61[12](\.[0-9]+)? x 79[12](\.[0-9]+)? pts' \
    || { pdfinfo "$work/letter.pdf"; fail "chosen paper Letter not used"; }
echo ok
