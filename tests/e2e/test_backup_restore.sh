#!/usr/bin/env bash
# --backup and --restore headless: a round trip, a refused corrupt file that changes nothing, and a
# damaged journal replaced from a backup with the damaged file kept aside.
set -euo pipefail
app=$1 seed=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
data="$work/data"
count() { sqlite3 "$1" "SELECT count(*) FROM note"; }

"$seed" "$data" 3
"$app" --data-dir "$data" --backup "$work/b.sqlite" > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt"; fail "backup exited non-zero"; }
grep -q "Backup written to $work/b.sqlite" "$work/out.txt" || fail "backup message: $(cat "$work/out.txt")"
[ "$(stat -c %a "$work/b.sqlite")" = 600 ] || fail "backup is not owner-only"
[ "$(sqlite3 "$work/b.sqlite" 'PRAGMA integrity_check')" = ok ] || fail "backup not intact"
[ "$(count "$work/b.sqlite")" = 3 ] || fail "backup does not hold the 3 notes"
[ -d "$data/backups" ] && [ "$(stat -c %a "$data/backups")" = 700 ] || fail "backups folder not 0700"
ls "$data/backups"/auto-*.sqlite > /dev/null || fail "no automatic backup on first start of the day"

sqlite3 "$data/journal.sqlite" "DELETE FROM note"
"$app" --data-dir "$data" --restore "$work/b.sqlite" > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt"; fail "restore exited non-zero"; }
grep -q "previous journal was kept as" "$work/out.txt" || fail "restore message: $(cat "$work/out.txt")"
[ "$(count "$data/journal.sqlite")" = 3 ] || fail "restore did not bring the notes back"
ls "$data/backups"/journal-before-restore-*.sqlite > /dev/null || fail "no dated copy kept"

echo "not a database" > "$work/bad.sqlite"
before=$(sha256sum "$data/journal.sqlite" | cut -d' ' -f1)
if "$app" --data-dir "$data" --restore "$work/bad.sqlite" > "$work/out.txt" 2>&1; then
    fail "corrupt backup accepted"
fi
grep -q "bad.sqlite is not a Fibro Companion backup" "$work/out.txt" || fail "message: $(cat "$work/out.txt")"
[ "$(sha256sum "$data/journal.sqlite" | cut -d' ' -f1)" = "$before" ] || fail "journal changed"
if "$app" --data-dir "$data" --backup "$work/missing/b.sqlite" > "$work/out.txt" 2>&1; then
    fail "backup into a missing folder succeeded"
fi
grep -q "does not exist" "$work/out.txt" || fail "message: $(cat "$work/out.txt")"

# A damaged journal: the app refuses to open it, --restore replaces it and keeps it aside.
printf 'SQLite format 3\000garbage' > "$data/journal.sqlite"
rm -f "$data/journal.sqlite-wal" "$data/journal.sqlite-shm"
if "$app" --data-dir "$data" --backup "$work/c.sqlite" > "$work/out.txt" 2>&1; then
    fail "damaged journal opened"
fi
"$app" --data-dir "$data" --restore "$work/b.sqlite" > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt"; fail "restore over a damaged journal failed"; }
[ "$(count "$data/journal.sqlite")" = 3 ] || fail "restore over damaged journal lost notes"
ls "$data"/journal-damaged-*.sqlite > /dev/null || fail "damaged file not kept aside"
grep -q garbage "$data"/journal-damaged-*.sqlite || fail "damaged file altered"
echo ok
