#!/usr/bin/env bash
# The sweep benchmark: RUNS replicates (default 1,000; seeds derived from the run index) of
# scenarios/baseline.yaml reduced to 2,000 firms and 120 steps, on every core, into one HDF5
# file. Prints a table: total time, runs/s and where a run's time goes inside the sweep (the
# model; journal + HDF5 writing; the rest of the sweep machinery); the fixed cost of a run
# (the same sweep with 1 step: scenario parsing and world generation); and what a separate
# `normsim run` process per run costs instead (process start, parsing, HDF5 file), with 120
# steps and with 1 step. Usage: bench/sweep.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-1000}
normsim=$build/tools/normsim
scenario=scenarios/baseline.yaml
reduce=(--set world.firms=2000)
cores=$(nproc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sweep() {  # sweep RUNS STEPS NAME: writes NAME.txt (normsim's report) and NAME.time
  printf 'sweep:\n  replicates: %s\n' "$1" > "$tmp/design.yaml"
  /usr/bin/time -f '%e %M' -o "$tmp/$3.time" \
    "$normsim" sweep "$scenario" --design "$tmp/design.yaml" "${reduce[@]}" --steps "$2" \
    -o "$tmp/$3.h5" > "$tmp/$3.txt"
}

alone() {  # alone STEPS: "start end" times of 10 `normsim run` processes, one after the other
  local start
  start=$(date +%s.%N)
  for i in $(seq 1 10); do
    "$normsim" run "$scenario" "${reduce[@]}" --steps "$1" --seed "$i" -o "$tmp/alone.h5" --quiet
  done
  echo "$start $(date +%s.%N)"
}

sweep "$runs" 120 full
sweep 200 1 setup
alone_full=$(alone 120)
alone_setup=$(alone 1)

/usr/bin/python3 - "$tmp" "$cores" "$runs" "$alone_full" "$alone_setup" \
  "$(stat -c %s "$tmp/full.h5")" <<'PY'
import re, sys
tmp, cores, runs, alone_full, alone_setup, size = sys.argv[1:]
cores, runs = int(cores), int(runs)


def per_process(times):  # mean wall seconds of the 10 processes
    start, end = map(float, times.split())
    return (end - start) / 10


def report(name):
    text = open(f"{tmp}/{name}.txt").read()
    m = re.search(r"per run: ([\d.e+-]+) ms running the model, ([\d.e+-]+) ms journal", text)
    wall, peak_kib = open(f"{tmp}/{name}.time").read().split()
    return float(wall), float(m.group(1)), float(m.group(2)), int(peak_kib)

wall, model_ms, write_ms, peak_kib = report("full")
_, setup_ms, _, setup_peak_kib = report("setup")
core_ms = 1e3 * wall * cores / runs
rows = [
    ("runs, cores", f"{runs:,}, {cores}"),
    ("total time (s, process start to file closed)", f"{wall:.1f}"),
    ("runs / s", f"{runs / wall:.2f}"),
    ("core-time per run (ms)", f"{core_ms:.0f}"),
    ("  the model (world generation and 120 steps, in memory)", f"{model_ms:.0f}"),
    ("  journal + HDF5 writing", f"{write_ms:.1f}"),
    ("  the rest (scheduling, scenario copy, cores idle at the end)",
     f"{core_ms - model_ms - write_ms:.1f}"),
    ("fixed cost of a run in a sweep (1 step: parsing, world, 1 step) (ms)", f"{setup_ms:.0f}"),
    ("one run as its own `normsim run` process, 120 steps (ms, wall)",
     f"{1e3 * per_process(alone_full):.0f}"),
    ("one run as its own `normsim run` process, 1 step (ms, wall)",
     f"{1e3 * per_process(alone_setup):.0f}"),
    ("output file (MB)", f"{int(size) / 1e6:.1f}"),
    ("peak memory of the sweep (MiB)", f"{peak_kib / 1024:.0f}"),
    ("peak memory of the 1-step sweep of 200 runs (MiB)", f"{setup_peak_kib / 1024:.0f}"),
]
print("| sweep of baseline.yaml, 2,000 firms, 120 steps | value |")
print("|---|---:|")
for k, v in rows:
    print(f"| {k} | {v} |")
PY
