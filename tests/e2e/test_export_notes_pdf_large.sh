#!/usr/bin/env bash
# 1,000 notes go into one PDF headless: every note is in the text, pages are numbered.
set -euo pipefail
app=$1 seed=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$seed" "$work/data" 1000
start=$(date +%s.%N)
"$app" --data-dir "$work/data" --export-pdf "$work/notes.pdf" --notes > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt"; fail "export exited non-zero"; }
end=$(date +%s.%N)
grep -q "1000 notes exported" "$work/out.txt" || { cat "$work/out.txt"; fail "summary missing"; }
pages=$(pdfinfo "$work/notes.pdf" | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -ge 80 ] && [ "$pages" -le 400 ] || fail "unexpected page count $pages"
pdftotext "$work/notes.pdf" "$work/notes.txt"
grep -q "^My notes$" "$work/notes.txt" || fail "heading missing"
grep -q "1000 notes" "$work/notes.txt" || fail "note count missing from the title line"
grep -q "Questions for Dr Rivera" "$work/notes.txt" || fail "first note missing"
for i in $(seq 2 1000); do echo "Note number $i"; done > "$work/expected.txt"
grep -o "Note number [0-9]*" "$work/notes.txt" | sort -u > "$work/found.txt"
missing=$(sort -u "$work/expected.txt" | comm -23 - "$work/found.txt" | head -5)
[ -z "$missing" ] || fail "notes missing from the PDF: $missing"
grep -q "^Page 1 of $pages$" "$work/notes.txt" || fail "no 'Page 1 of $pages'"
grep -q "^Page $pages of $pages$" "$work/notes.txt" || fail "no 'Page $pages of $pages'"
printf 'ok: 1000 notes, %s pages, %.1f s\n' "$pages" "$(echo "$end - $start" | bc)"
