#!/usr/bin/env bash
# --import-articles: good files come in and are searchable after a restart, bad ones are named
# with their path and line, and a run that refuses any file exits 1 (the good ones stay in).
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

if out=$(env -u DISPLAY "$app" --data-dir "$data" --import-articles "$work/in" 2>&1); then
    fail "exit code 0 although two files were refused: $out"
fi
grep -q 'Imported 2 articles. 2 files could not be imported:' <<<"$out" || fail "summary: $out"
grep -q 'Now in the library: ' <<<"$out" || fail "imported ids not listed: $out"
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
# A Hugo site: every page bundle's index.md comes in under its folder's name, and 250 pages (more
# than are indexed at once) are all in the search index when the command returns.
site=$work/site/content
for i in $(seq 1 250); do
    mkdir -p "$site/posts/page-$i"
    printf -- '---\ntitle: "Page %s"\ntags: [hugo]\n---\nWord zephyrine%s here.\n' "$i" "$i" \
        > "$site/posts/page-$i/index.md"
done
printf -- '---\ntitle: Posts\n---\nThe list.\n' > "$site/posts/_index.md"
fresh=$work/fresh
out=$(env -u DISPLAY "$app" --data-dir "$fresh" --import-articles "$work/site" 2>&1) \
    || fail "Hugo site not imported: $out"
grep -q '^Imported 251 articles.' <<<"$out" || fail "Hugo summary: $(head -c 400 <<<"$out")"
[ -f "$fresh/articles/page-250.md" ] || fail "page-250/index.md not imported under its folder name"
[ -f "$fresh/articles/posts.md" ] || fail "_index.md not imported under its folder name"
indexed=$(sqlite3 "$fresh/article-index.sqlite" "SELECT count(*) FROM docs WHERE slug LIKE 'page-%'")
[ "$indexed" = 250 ] || fail "search index holds $indexed of the 250 pages after the import"
echo ok
