#!/usr/bin/env bash
# Ctrl-C during compare: the runs in flight stop at a step boundary, normsim exits 130 and
# writes neither the output file nor a partial one. (Steps must be short: metanorms with many
# observers would take minutes to reach the next boundary.)
set -euo pipefail
normsim=$1 norms=$2 large=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=$tmp/cmp.h5
"$normsim" compare "$norms" "$large" --replicates 4 -o "$out" --quiet --set generations=100000 &
pid=$!
sleep 1.5
kill -INT "$pid"
set +e; wait "$pid"; rc=$?; set -e
[ "$rc" -eq 130 ] || { echo "exit code $rc, expected 130"; exit 1; }
left=$(ls -A "$tmp")
[ -z "$left" ] || { echo "left behind: $left"; exit 1; }
echo "ok"
