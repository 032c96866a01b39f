#!/usr/bin/env bash
# The built binary exports the notes of a temp journal to PDF headless; poppler reads it back.
set -euo pipefail
app=$1 seed=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$seed" "$work/data" 1
"$app" --data-dir "$work/data" --export-pdf "$work/notes.pdf" --notes > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt"; fail "export exited non-zero"; }
[ -s "$work/notes.pdf" ] || fail "no PDF written"
pages=$(pdfinfo "$work/notes.pdf" | awk '/^Pages:/ {print $2}')
[ "${pages:-0}" -ge 1 ] || fail "PDF has no pages"
pdftotext "$work/notes.pdf" "$work/notes.txt"
grep -q "Questions for Dr Rivera" "$work/notes.txt" || fail "note title missing from PDF"
grep -q "magnesium threonate" "$work/notes.txt" || fail "note body missing from PDF"
grep -q "sleep worse since March" "$work/notes.txt" || fail "list item missing from PDF"
perm=$(stat -c %a "$work/notes.pdf")
[ "$perm" = 600 ] || fail "PDF permissions are $perm, expected 600"

# An unwritable destination fails with a message, exit 1, and leaves nothing behind.
if "$app" --data-dir "$work/data" --export-pdf "$work/missing/dir/notes.pdf" --notes \
    > "$work/err.txt" 2>&1; then
    fail "export into a missing folder succeeded"
fi
grep -q "does not exist" "$work/err.txt" || { cat "$work/err.txt"; fail "no clear message"; }
[ ! -e "$work/missing" ] || fail "a partial path was created"

# Wrong usage is refused with a message.
if "$app" --export-pdf "$work/x.pdf" > "$work/usage.txt" 2>&1; then fail "missing --notes accepted"; fi
grep -q -- "--notes" "$work/usage.txt" || fail "usage error does not name --notes"
echo "ok: $pages page(s)"
