#!/usr/bin/env bash
# Two writers of one output: while a sweep (or a run) writes OUT, a second sweep, with or
# without --resume, and a second run on OUT are refused with exit 2 and "another process is
# writing", and change nothing; the first finishes with exit 0 and an intact file.
set -euo pipefail
normsim=$1 sweep_scenario=$2 run_scenario=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
long=(--set time.steps=400 --threads 1 --quiet)

wait_for() {  # the file appears (the first writer holds the lock), or fail after 10 s
  for _ in $(seq 1 200); do [ -e "$1" ] && return 0; sleep 0.05; done
  echo "$1 never appeared"; exit 1
}

refused() {  # the command exits 2 saying another process is writing
  set +e; "$@" > "$tmp/out" 2>&1; local rc=$?; set -e
  [ "$rc" -eq 2 ] && grep -q "another process is writing" "$tmp/out" ||
    { echo "not refused (exit $rc): $*"; cat "$tmp/out"; exit 1; }
}

out=$tmp/sweep.h5
"$normsim" sweep "$sweep_scenario" -o "$out" "${long[@]}" &
first=$!
wait_for "$out.journal"
refused "$normsim" sweep "$sweep_scenario" -o "$out" "${long[@]}"
refused "$normsim" sweep "$sweep_scenario" -o "$out" "${long[@]}" --resume
refused "$normsim" run "$run_scenario" -o "$out" --quiet
[ -e "$out.journal" ] || { echo "a refused writer removed the journal"; exit 1; }
set +e; wait "$first"; rc=$?; set -e
[ "$rc" -eq 0 ] || { echo "the first sweep ended with exit $rc"; exit 1; }
[ ! -e "$out.journal" ] && [ ! -e "$out.partial" ] && [ ! -e "$out.lock" ] ||
  { echo "work files left after the sweep"; ls "$tmp"; exit 1; }
/usr/bin/python3 - "$out" <<'PY'
import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "r") as f:
    runs = int(f.attrs["runs"])
    assert (f["completed"][:] == 1).all(), "a run is missing"
    assert (f["design/run"][:] == np.arange(runs)).all(), "design column damaged"
    for name, ds in f["series"].items():
        data = ds[:]
        if data.dtype.kind == "f":
            assert not np.isnan(data).all(axis=tuple(range(1, data.ndim))).any(), name
print("ok: the first sweep's", runs, "runs are intact")
PY

out=$tmp/run.h5
"$normsim" run "$run_scenario" -o "$out" --quiet --set time.steps=2000 &
first=$!
wait_for "$out.lock"
refused "$normsim" run "$run_scenario" -o "$out" --quiet
set +e; wait "$first"; rc=$?; set -e
[ "$rc" -eq 0 ] || { echo "the first run ended with exit $rc"; exit 1; }
/usr/bin/python3 -c "import h5py, sys; h5py.File(sys.argv[1], 'r')['series']" "$out"
echo "ok: the second run was refused, the first wrote $out"
