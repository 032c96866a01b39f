#!/usr/bin/env bash
# --insights-json on a journal with a known 30% pain drop on LDN, an overlapping magnesium trial
# and too few fatigue days: the numbers, flags and messages come out as designed.
set -euo pipefail
app=$1 seed=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$seed" "$work/data" 1
# The seed creates the schema and the treatment catalogue; the diary itself is written here.
python3 - "$work/data/journal.sqlite" <<'PY' || fail "could not write the test diary"
import datetime, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
today = datetime.date.today()
day = lambda n: (today - datetime.timedelta(days=n)).isoformat()
now = datetime.datetime.utcnow().isoformat(timespec="seconds") + "Z"
sid = {k: v for k, v in db.execute("SELECT key, id FROM symptom")}
tid = {k: v for k, v in db.execute("SELECT key, id FROM treatment")}
db.execute("DELETE FROM score"); db.execute("DELETE FROM checkin")
# Baseline T-49..T-36 mean 6.5; ramp-up T-35..T-29; treatment T-28..T (29 days) mean 132/29.
baseline = [6, 7, 8, 5, 7, 6, 6, 7, 5, 8, 7, 6, 7, 6]
treatment = ([4, 5, 3, 6, 5, 4, 5] * 5)[:28] + [4]
pain = {49 - i: v for i, v in enumerate(baseline)}
pain.update({35 - i: 5 for i in range(7)})
pain.update({28 - i: v for i, v in enumerate(treatment)})
for n, v in pain.items():
    cur = db.execute("INSERT INTO checkin (day, crash, note, created_at, updated_at)"
                     " VALUES (?, ?, '', ?, ?)", (day(n), int(n == 40), now, now))
    db.execute("INSERT INTO score VALUES (?, ?, ?)", (cur.lastrowid, sid["pain"], v))
    if n >= 36 or n in (28, 20, 10):  # fatigue: full baseline, 3 treatment days
        db.execute("INSERT INTO score VALUES (?, ?, 6)", (cur.lastrowid, sid["fatigue"]))
def trial(key, dose, start, stop, ramp):
    db.execute("INSERT INTO trial (treatment_id, dose, unit, start_day, stop_day, ramp_up_days,"
               " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               (tid[key], dose, "mg", day(start), None if stop is None else day(stop), ramp,
                now, now))
trial("low-dose-naltrexone", 4.5, 35, None, 7)
trial("magnesium-l-threonate", 2, 20, 5, 0)
db.commit()
PY

"$app" --data-dir "$work/data" --insights-json "$work/insights.json" > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt"; fail "--insights-json exited non-zero"; }
grep -q "results for 2 trials" "$work/out.txt" || { cat "$work/out.txt"; fail "no summary line"; }
perm=$(stat -c %a "$work/insights.json")
[ "$perm" = 600 ] || fail "JSON permissions are $perm, expected 600"

python3 - "$work/insights.json" <<'PY' || fail "JSON values are wrong"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["format"] == "fibro-companion-insights", doc["format"]
assert doc["baseline_days"] == 60 and doc["version"] == 2
res = {(r["treatment_key"], r["symptom"]): r for r in doc["results"]}
assert len(doc["results"]) == 2 * 5, len(doc["results"])  # 2 trials x 5 symptoms
p = res[("low-dose-naltrexone", "pain")]
assert p["enough_data"] is True, p
assert (p["baseline_n"], p["treatment_n"]) == (14, 29), p
# The model's levels: close to the plain means on a diary this regular.
assert abs(p["baseline_mean"] - 6.5) < 0.3, p["baseline_mean"]
assert abs(p["treatment_mean"] - 132 / 29) < 0.3, p["treatment_mean"]
assert abs(p["treatment_mean"] - p["baseline_mean"] - p["difference"]) < 1e-9, p
assert abs(p["percent"] - 100 * p["difference"] / p["baseline_mean"]) < 1e-9, p
assert abs(p["percent"] + 30) <= 2, p["percent"]
assert p["ci_low"] < p["difference"] < p["ci_high"] < 0, p
assert 0 <= p["p"] < 0.05, p["p"]
assert p["direction"] == "better" and p["immpact"] == "moderately important", p
assert p["verdict"] == "helped" and 0.3 < p["probability_important"] < 0.7, p  # a 30% fall: near even
assert p["method"] == "ar1-level-shift" and 0 <= p["autocorrelation"] < 1, p
assert "other-trial-started" in p["flags"] and "other-trial-stopped" in p["flags"], p["flags"]
assert p["sentence"].startswith("Probably helped: pain was "), p["sentence"]
assert "lower in the 4 weeks on low-dose naltrexone (LDN) than your usual level (" in p["sentence"]
assert "in the 14 days before (95% interval: between " in p["sentence"], p["sentence"]
assert "In the study in the article, pain fell 28.8% on low-dose naltrexone (LDN) and 18% on " \
       "placebo." in p["sentence"], p["sentence"]
assert p["study"]["url"] == "fibro://app/article/low-dose-naltrexone", p["study"]
f = res[("low-dose-naltrexone", "fatigue")]
assert f["enough_data"] is False and f["percent"] is None and f["p"] is None, f
assert f["verdict"] == "not-enough-data", f
assert f["message"].startswith("Not enough data yet: log 2 more days on the treatment"), f["message"]
assert f["days_still_needed"] == 2
s = res[("low-dose-naltrexone", "sleep")]
assert s["message"].startswith("Not enough data yet: log 10 more days"), s["message"]
m = res[("magnesium-l-threonate", "pain")]
assert m["study"] is None  # the magnesium article reports no percent for pain
assert "placebo" in doc["limits"] and "other changes in life" in doc["limits"]
PY

# A destination that cannot be written fails with a message naming it and writes nothing.
if "$app" --data-dir "$work/data" --insights-json "$work/missing/insights.json" \
    > "$work/err.txt" 2>&1; then
    fail "writing into a missing folder succeeded"
fi
grep -q "missing/insights.json" "$work/err.txt" || { cat "$work/err.txt"; fail "no clear message"; }
[ ! -e "$work/missing" ] || fail "a partial path was created"
echo ok
