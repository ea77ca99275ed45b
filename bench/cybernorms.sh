#!/usr/bin/env bash
# End-to-end throughput of the cyber-norms model: `normsim run scenarios/baseline.yaml` with
# the world scaled to F firms (1e4, 1e5, 1e6 by default), 1 and 2 threads, one process per run
# so each peak-memory figure is its own. Times the whole run as a user sees it (world
# generation, 240 steps, HDF5 output) with /usr/bin/time, and prints agent-norm updates per
# second = (states + firms) x norms x steps / wall time, the 2-thread speed-up and the peak
# resident memory. This machine's speed drifts by tens of percent within minutes, so smaller
# worlds, whose runs last a second or a few, are run REPEATS times (5 at 1e4 and below, 3 up to
# 1e5, 1 above; REPEATS=N sets it), 1 and 2 threads alternating, and the median wall time of
# each is shown, with the range in brackets.
# Usage: bench/cybernorms.sh [BUILD_DIR] [FIRMS...]   e.g. REPEATS=9 bench/cybernorms.sh build 10000
set -euo pipefail
build=${1:-build}
shift || true
sizes=${*:-"10000 100000 1000000"}
bin=$build/tools/normsim
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
steps=240 states=193 norms=6
printf '| firms | threads | runs | wall time (s), median [range] | agent-norm updates / s | speed-up | peak memory (MiB) |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|\n'
for firms in $sizes; do
  repeats=${REPEATS:-$([ "$firms" -le 10000 ] && echo 5 || ([ "$firms" -le 100000 ] && echo 3 || echo 1))}
  : >"$out/times"
  for ((r = 0; r < repeats; r++)); do
    for threads in 1 2; do
      /usr/bin/time -f "$threads %e %M" -a -o "$out/times" "$bin" run \
        "$root/scenarios/baseline.yaml" --set "world.firms=$firms" --set "time.steps=$steps" \
        --threads "$threads" --quiet -o "$out/run.h5" >/dev/null
    done
  done
  /usr/bin/python3 - "$firms" "$steps" "$states" "$norms" "$out/times" <<'PY'
import statistics, sys
firms, steps, states, norms = (int(x) for x in sys.argv[1:5])
runs = {}
for line in open(sys.argv[5]):
    threads, wall, kib = line.split()
    runs.setdefault(int(threads), []).append((float(wall), int(kib)))
one = statistics.median(w for w, _ in runs[1])
for threads in (1, 2):
    walls = [w for w, _ in runs[threads]]
    wall = statistics.median(walls)
    rate = (states + firms) * norms * steps / wall
    mib = max(k for _, k in runs[threads]) / 1024
    spread = f" [{min(walls):.2f}, {max(walls):.2f}]" if len(walls) > 1 else ""
    print(f"| {firms:,} | {threads} | {len(walls)} | {wall:.2f}{spread} | {rate:.3g} | "
          f"{one / wall:.2f} | {mib:.0f} |")
PY
done
