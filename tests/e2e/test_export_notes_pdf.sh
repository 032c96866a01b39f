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
grep -q "^My notes$" "$work/notes.txt" || fail "heading missing from PDF"
grep -q "^Page 1 of $pages$" "$work/notes.txt" || fail "page number missing from PDF"

grep -q "Thirty one women with Fibromyalgia" "$work/notes.txt" || fail "quote missing from PDF"
grep -q "from “Low Dose Naltrexone" "$work/notes.txt" || fail "quote not attributed to its article"

# --tag exports one tag's notes under its name.
"$app" --data-dir "$work/data" --export-pdf "$work/tag.pdf" --notes \
    --tag "Questions for my doctor" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; fail "tag export failed"; }
grep -q "1 note exported" "$work/out.txt" || { cat "$work/out.txt"; fail "tag filter not applied"; }
"$app" --data-dir "$work/data" --export-pdf "$work/none.pdf" --notes --tag "no such tag" \
    > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; fail "empty tag export failed"; }
grep -q "0 notes exported" "$work/out.txt" || { cat "$work/out.txt"; fail "unknown tag matched notes"; }

# A date range names itself on the title line and leaves out notes outside it.
"$app" --data-dir "$work/data" --export-pdf "$work/old.pdf" --notes --from 2001-01-01 \
    --to 2001-12-31 > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; fail "range export failed"; }
grep -q "0 notes exported" "$work/out.txt" || { cat "$work/out.txt"; fail "range not applied"; }
pdftotext "$work/old.pdf" "$work/old.txt"
grep -q "2001" "$work/old.txt" || fail "date range missing from the title line"
grep -q "Questions for Dr Rivera" "$work/old.txt" && fail "note outside the range exported"
perm=$(stat -c %a "$work/notes.pdf")
[ "$perm" = 600 ] || fail "PDF permissions are $perm, expected 600"

# An unwritable destination fails with a message, exit 1, and leaves nothing behind.
if "$app" --data-dir "$work/data" --export-pdf "$work/missing/dir/notes.pdf" --notes \
    > "$work/err.txt" 2>&1; then
    fail "export into a missing folder succeeded"
fi
grep -q "does not exist" "$work/err.txt" || { cat "$work/err.txt"; fail "no clear message"; }
[ ! -e "$work/missing" ] || fail "a partial path was created"

# The visit report carries the notes tagged for the doctor, not every note.
"$seed" "$work/two" 2
"$app" --data-dir "$work/two" --export-pdf "$work/report.pdf" --report > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt"; fail "report export failed"; }
pdftotext "$work/report.pdf" "$work/report.txt"
grep -q "Questions for Dr Rivera" "$work/report.txt" || fail "tagged note missing from the report"
grep -q "Note number 2" "$work/report.txt" && fail "untagged note in the report"

# Wrong usage is refused with a message.
if "$app" --export-pdf "$work/x.pdf" > "$work/usage.txt" 2>&1; then fail "missing --notes accepted"; fi
grep -q -- "--notes" "$work/usage.txt" || fail "usage error does not name --notes"
echo "ok: $pages page(s)"
