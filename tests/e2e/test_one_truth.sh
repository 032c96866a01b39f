#!/usr/bin/env bash
# One period, two files a person can take away: the visit report (read back with poppler) and
# --insights-json say the same findings with the same numbers: what came 1-3 days after more
# exertion (days, rho, chance), the percent change on a treatment, crash and hard days.
set -euo pipefail
app=$1 seed=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$seed" "$work/data" 1 150 questionnaires
# Physical exertion as the check-in saves it, with fatigue two days after the heavier days.
python3 - "$work/data/journal.sqlite" <<'PY' || fail "could not add exertion"
import datetime, random, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rng = random.Random(31)
today = datetime.date.today()
sid = {k: v for k, v in db.execute("SELECT key, id FROM symptom")}
load = {}
for n in range(150, -1, -1):
    day = (today - datetime.timedelta(days=n)).isoformat()
    load[n] = rng.randint(2, 9)
    db.execute("INSERT OR REPLACE INTO day_measure (day, name, value, source) VALUES (?, ?, ?, ?)",
               (day, "exertion_physical", load[n], "check-in"))
    if n + 2 in load:
        fatigue = max(0, min(10, round(2 + 0.6 * load[n + 2] + rng.gauss(0, 1))))
        db.execute("UPDATE score SET value = ? WHERE symptom_id = ? AND checkin_id ="
                   " (SELECT id FROM checkin WHERE day = ?)", (fatigue, sid["fatigue"], day))
db.commit()
PY

to=$(date +%F)
from=$(date -d "$to - 89 days" +%F)
"$app" --data-dir "$work/data" --export-pdf "$work/r.pdf" --report --from "$from" --to "$to" \
    > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; fail "report exited non-zero"; }
"$app" --data-dir "$work/data" --insights-json "$work/i.json" --from "$from" --to "$to" \
    > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; fail "--insights-json exited non-zero"; }
pdftotext "$work/r.pdf" "$work/r.txt"

python3 - "$work/i.json" "$work/r.txt" "$work/data/journal.sqlite" "$from" "$to" <<'PY' \
    || fail "the report and the JSON disagree"
import json, re, sqlite3, sys
data = json.load(open(sys.argv[1]))
raw = open(sys.argv[2]).read()
text = " ".join(raw.split())
period_from, period_to = sys.argv[4], sys.argv[5]
assert data["period"] == {"from": period_from, "to": period_to}, data["period"]

lags = data["lag_findings"]
assert lags["enough_data"], lags
sentence = " ".join(lags["sentence"].split())
assert sentence in text, (sentence, text[:3000])
top = lags["findings"][0]
assert top["load"] == "exertion_physical" and top["outcome"] == "fatigue", top
assert top["lag_days"] == 2 and top["clear"], top
assert f"over {top['days']} days" in sentence and top["days"] <= 90, (top, sentence)
assert f"{top['rho']:.2f}" in sentence, (top["rho"], sentence)

# Every clear trial result the report names (its first page says helped or worse with the
# change): the same whole percent with the same sign.
checked = 0
for r in data["results"]:
    if not r["enough_data"] or r["verdict"] not in ("helped", "worse"):
        continue
    if (r["treatment_to"] or period_to) < period_from:
        continue
    checked += 1
    whole = round(r["percent"])
    signed = ("\u2212" if whole < 0 else "+" if whole > 0 else "") + f"{abs(whole)}%"
    label = r["symptom_name"]
    assert re.search(re.escape(label) + r": [^;]*" + re.escape(signed), text), (label, signed)
assert checked > 0, "no clear result to compare"

# Crash days and hard days, as the journal holds them.
db = sqlite3.connect(sys.argv[3])
crashes = db.execute("SELECT count(*) FROM checkin WHERE crash = 1 AND day BETWEEN ? AND ?",
                     (period_from, period_to)).fetchone()[0]
assert f"{crashes} crash days in this period" in text, crashes
# Hard days week by week, unless the weekly table made room for two pages (then the crash days
# paragraph gives their total where it is more than the crash days).
row = re.search(r"Hard days((?: \d+)+)", text)
if row:
    assert sum(int(x) for x in row.group(1).split()) >= crashes, (row.group(0), crashes)
else:
    assert "The week-by-week means are left out so the report keeps to 2 pages" in text, text[:3000]
    total = re.search(r"(\d+) hard days: crash days and days whose scores", text)
    assert total is None or int(total.group(1)) > crashes, (total.group(0), crashes)
PY
