#!/usr/bin/env bash
# Every row run on its own (`normsim run --run-index I`, as a job array would) and merged gives
# the same datasets as `normsim sweep`; the row files hold their design row; merge refuses a
# file from another sweep and a run given twice.
set -euo pipefail
normsim=$1 scenario=$2 compare=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$normsim" sweep "$scenario" -o "$tmp/sweep.h5" --quiet --threads 2
runs=$(/usr/bin/python3 -c "import h5py,sys; print(h5py.File(sys.argv[1])['design/run'].shape[0])" \
  "$tmp/sweep.h5")
for i in $(seq 0 $((runs - 1))); do
  "$normsim" run "$scenario" --run-index "$i" -o "$tmp/run$i.h5" --quiet
done
"$normsim" merge "$scenario" -o "$tmp/merged.h5" --quiet "$tmp"/run*.h5
/usr/bin/python3 "$compare" "$tmp/sweep.h5" "$tmp/merged.h5"

/usr/bin/python3 - "$tmp/run1.h5" "$tmp/sweep.h5" <<'PY'
import sys, h5py
with h5py.File(sys.argv[1], "r") as run, h5py.File(sys.argv[2], "r") as sweep:
    assert run.attrs["run_index"] == 1
    assert run.attrs["seed"] == sweep["design/seed"][1]
    for key, ds in run["design"].items():
        assert ds[()] == sweep["design"][key][1], key
print("ok: row file carries its design row and seed")
PY

set +e
"$normsim" merge "$scenario" -o "$tmp/twice.h5" "$tmp/run0.h5" "$tmp/run0.h5" 2> "$tmp/err"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "run 0 was already given" "$tmp/err" || { cat "$tmp/err"; exit 1; }
set +e
"$normsim" merge "$scenario" --set seed=99 -o "$tmp/other.h5" "$tmp/run0.h5" 2> "$tmp/err"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "belongs to another sweep" "$tmp/err" || { cat "$tmp/err"; exit 1; }
[ ! -e "$tmp/other.h5" ] && [ ! -e "$tmp/other.h5.partial" ] ||
  { echo "merge wrote a file despite the error"; exit 1; }
echo "ok: merge refuses duplicates and other sweeps' files"
