#!/usr/bin/env bash
# compare --ensemble: every pathway runs at each ensemble member times the replicates, and the
# table tells, per difference, how many members agree on its sign.
set -euo pipefail
normsim=$1 dir=$2 scenarios=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$normsim" calibrate "$dir/small.yaml" --targets "$dir/targets.yaml" --free payoff.temptation=0.5:8 \
  --free mutation_rate=0.001:0.1 --evaluations 16 --replicates 1 -o "$tmp/calib.h5" --quiet
"$normsim" compare "$scenarios/norms.yaml" "$scenarios/metanorms.yaml" --ensemble "$tmp/calib.h5" \
  --ensemble-max 3 -r 2 --steps 30 --metric final_mean_vengefulness --format csv --quiet \
  -o "$tmp/cmp.h5" > "$tmp/table.csv"
cat "$tmp/table.csv"
/usr/bin/python3 - "$tmp/table.csv" "$tmp/calib.h5" "$tmp/cmp.h5" <<'PY'
import csv, sys
import h5py
rows = list(csv.DictReader(open(sys.argv[1])))
members = min(3, len(h5py.File(sys.argv[2])["ensemble/index"]))
estimates = [r for r in rows if not r["minus"]]
diffs = [r for r in rows if r["minus"]]
assert all(int(r["runs"]) == 2 * members for r in estimates), "runs are not members x replicates"
assert len(diffs) == 1, diffs
d = diffs[0]
up, of_up = map(int, d["members_up"].split("/"))
down, of_down = map(int, d["members_down"].split("/"))
assert of_up == of_down == members and up + down <= members
assert d["sign_kept"] == ("yes" if members in (up, down) else "no")
# Metanorms keep vengefulness high at every parameter set: the sign holds over the ensemble.
assert float(d["estimate"]) < 0 and d["sign_kept"] == "yes", d
with h5py.File(sys.argv[3]) as f:  # the file says the same
    g = f["sign_agreement"]
    assert g.attrs["parameter_sets"] == members
    assert (g["members_up"][0], g["members_down"][0], g["sign_kept"][0]) == (up, down, 1)
print(f"sign of {d['pathway']} - {d['minus']} kept over {members} parameter sets")
PY
"$normsim" run "$scenarios/norms.yaml" --steps 5 -o "$tmp/run.h5" --quiet
set +e
"$normsim" compare "$scenarios/norms.yaml" "$scenarios/metanorms.yaml" --ensemble "$tmp/run.h5" \
  --quiet 2> "$tmp/err"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "not a calibration file" "$tmp/err" ||
  { echo "a run file as --ensemble gave exit $rc: $(cat "$tmp/err")"; exit 1; }
