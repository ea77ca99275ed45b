#!/usr/bin/env bash
# Prints agent-opportunities per second and peak memory of the scaled Axelrod game
# (K = 20 observers) for N = 1e3..1e6 with 1 and 2 threads, one process per configuration so
# that each peak-memory figure is its own. Each configuration times the same first
# generations (max(3, 4e6/N) for norms, max(3, 1e6/N) for metanorms) from seed 1. Usage: bench/axelrod.sh [BUILD_DIR]
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
        --benchmark_format=json 2>/dev/null |
        /usr/bin/python3 -c '
import json, sys
b = json.load(sys.stdin)["benchmarks"][0]
game = "metanorms" if "/meta:1/" in b["name"] else "norms"
n, t = (int(p.split(":")[1]) for p in b["name"].split("/")[1:3])
ms, rate, mib = b["real_time"], b["agent_opportunities_per_s"], b["peak_rss_MiB"]
print(f"| {game} | {n:,} | {t} | {ms:.2f} | {rate:.3g} | {mib:.0f} |")'
    done
  done
done
