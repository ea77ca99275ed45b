#!/usr/bin/env bash
# End-to-end throughput of the cyber-norms model: `normsim run scenarios/baseline.yaml` with
# the world scaled to F firms (1e4, 1e5, 1e6 by default), 1 and 2 threads, one process per
# configuration so each peak-memory figure is its own. Times the whole run as a user sees it
# (world generation, 240 steps, HDF5 output) with /usr/bin/time, and prints agent-norm
# updates per second = (states + firms) x norms x steps / wall time, the 2-thread speed-up
# and the peak resident memory.
# Usage: bench/cybernorms.sh [BUILD_DIR] [FIRMS...]   e.g. bench/cybernorms.sh build 10000
set -euo pipefail
build=${1:-build}
shift || true
sizes=${*:-"10000 100000 1000000"}
bin=$build/tools/normsim
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
steps=240 states=193 norms=6
printf '| firms | threads | wall time (s) | agent-norm updates / s | speed-up | peak memory (MiB) |\n'
printf '|---:|---:|---:|---:|---:|---:|\n'
for firms in $sizes; do
  one=""
  for threads in 1 2; do
    /usr/bin/time -f '%e %M' -o "$out/time" "$bin" run "$root/scenarios/baseline.yaml" \
      --set "world.firms=$firms" --set "time.steps=$steps" --threads "$threads" --quiet \
      -o "$out/run.h5" >/dev/null
    read -r wall kib <"$out/time"
    [ -z "$one" ] && one=$wall
    /usr/bin/python3 -c '
import sys
firms, threads, wall, kib, one, steps, states, norms = sys.argv[1:]
rate = (int(states) + int(firms)) * int(norms) * int(steps) / float(wall)
print(f"| {int(firms):,} | {threads} | {float(wall):.1f} | {rate:.3g} | "
      f"{float(one) / float(wall):.2f} | {int(kib) / 1024:.0f} |")' \
      "$firms" "$threads" "$wall" "$kib" "$one" "$steps" "$states" "$norms"
  done
done
