#!/usr/bin/env bash
# --import-articles: good files come in and are searchable after a restart, bad ones are named
# with their line, and a run that imports nothing because of errors exits 1.
set -euo pipefail
app=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/data
mkdir -p "$work/in/sub"
printf -- '---\ntitle: Pacing plan\nslug: pacing-plan\nsummary: Mine.\ntopics: [fatigue]\n---\n\nRest before the crash; the envelope matters.\n' > "$work/in/pacing.md"
printf '# Warm baths\n\nThey help me sleep.\n' > "$work/in/sub/baths.markdown"
printf -- '---\ntitle: Broken\ntopics: - a\n---\nx\n' > "$work/in/broken.md"
printf '# Bad\n\nok\n\xff\xfe\n' > "$work/in/latin1.md"

out=$(env -u DISPLAY "$app" --data-dir "$data" --import-articles "$work/in" 2>&1) || fail "exit code with partial success: $out"
grep -q '^Imported 2 articles. 2 files could not be imported:' <<<"$out" || fail "summary: $out"
grep -q 'broken.md, line 3:' <<<"$out" || fail "bad front matter not named with its line: $out"
grep -q 'latin1.md, line 4: is not valid UTF-8' <<<"$out" || fail "bad UTF-8 not named: $out"
[ -f "$data/articles/pacing-plan.md" ] || fail "pacing-plan.md not copied"
[ -f "$data/articles/baths.md" ] || fail "baths.md not copied"
[ -f "$data/article-index.sqlite" ] || fail "no search index"
[ "$(stat -c %a "$data/articles")" = 700 ] || fail "articles folder is not owner-only"

# Same files again: each clashes by slug, nothing new, so the run fails and says why.
if out=$(env -u DISPLAY "$app" --data-dir "$data" --import-articles "$work/in/pacing.md" 2>&1); then
    fail "re-import of the same slug succeeded: $out"
fi
grep -q 'already in the library' <<<"$out" || fail "slug clash message: $out"

if out=$(env -u DISPLAY "$app" --data-dir "$data" --import-articles "$work/nope" 2>&1); then
    fail "missing path accepted"
fi
grep -q 'nope: does not exist' <<<"$out" || fail "missing path message: $out"
echo ok
