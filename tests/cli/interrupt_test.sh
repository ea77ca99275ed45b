#!/usr/bin/env bash
# Ctrl-C during a long run: normsim stops at a step boundary, exits 130, leaves no OUT and a
# cleanly closed OUT.partial whose series hold exactly the finished steps.
set -euo pipefail
normsim=$1 scenario=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=$tmp/run.h5
"$normsim" run "$scenario" -o "$out" --quiet --set generations=100000 --set population=20000 &
pid=$!
for _ in $(seq 1 200); do [ -e "$out.partial" ] && break; sleep 0.05; done
sleep 1
kill -INT "$pid"
set +e; wait "$pid"; rc=$?; set -e
[ "$rc" -eq 130 ] || { echo "exit code $rc, expected 130"; exit 1; }
[ ! -e "$out" ] || { echo "$out exists after interruption"; exit 1; }
/usr/bin/python3 - "$out.partial" <<'PY'
import sys, h5py
with h5py.File(sys.argv[1], "r") as f:
    done = int(f.attrs["interrupted_at_step"])
    assert 0 < done < 100000, done
    for name, ds in f["series"].items():
        assert ds.shape[0] == done, (name, ds.shape, done)
print("ok: stopped after", done, "generations")
PY
