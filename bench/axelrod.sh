#!/usr/bin/env bash
# Prints agent-opportunities per second and peak memory of the scaled Axelrod game
# (K = 20 observers) for N = 1e3..1e6 with 1 and 2 threads, one process per configuration so
# that each peak-memory figure is its own. Usage: bench/axelrod.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
bin=$build/bench/axelrod_bench
printf '| game | N | threads | ms / generation | agent-opportunities / s | peak memory (MiB) |\n'
printf '|---|---:|---:|---:|---:|---:|\n'
for meta in 0 1; do
  sizes="1000 10000 100000"
  [ "$meta" = 0 ] && sizes="$sizes 1000000"
  for n in $sizes; do
    for t in 1 2; do
      "$bin" --benchmark_filter="BM_ScaledNormsGame/N:$n/threads:$t/meta:$meta/" \
        --benchmark_min_time=2 --benchmark_format=json 2>/dev/null |
        /usr/bin/python3 -c '
import json, sys
b = json.load(sys.stdin)["benchmarks"][0]
game = "metanorms" if b["name"].endswith("meta:1/real_time") else "norms"
n, t = (int(p.split(":")[1]) for p in b["name"].split("/")[1:3])
print(f"| {game} | {n:,} | {t} | {b[\"real_time\"]:.2f} | {b[\"agent_opportunities_per_s\"]:.3g} | {b[\"peak_rss_MiB\"]:.0f} |")'
    done
  done
done
