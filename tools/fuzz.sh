#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/, clang, build-fuzz/) and runs each for SECONDS
# (default 30) from a seed corpus of the shipped scenarios, designs and CSV files, after
# replaying the inputs of earlier findings (fuzz/regressions/HARNESS/). Fails on any finding
# (a crash, an exception other than the input error, a hang, a leak); the input is left in
# build-fuzz/findings/. Prints the executions of each harness.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
build=build-fuzz
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
  -DCMAKE_CXX_COMPILER=clang++ -DNORMSIM_FUZZ=ON > /dev/null
cmake --build "$build" -j"${NORMSIM_JOBS:-2}" > /dev/null

seed() {  # HARNESS: the seed corpus from the shipped files
  case $1 in
    scenario) find scenarios tests/cli/bad tests/cli/sweeps -name '*.yaml' ;;
    csv) find scenarios tests -name '*.csv' ;;
  esac
}

mkdir -p "$build/findings"
status=0
for harness in scenario csv; do
  corpus=$build/corpus/$harness
  mkdir -p "$corpus"
  seed "$harness" | while read -r f; do cp "$f" "$corpus/"; done
  regressions=(fuzz/regressions/$harness/*)
  if [ -e "${regressions[0]}" ]; then
    "$build/fuzz/fuzz_$harness" "${regressions[@]}" > "$build/$harness.replay.log" 2>&1 ||
      { echo "fuzz_$harness: a kept finding fails again"; tail -30 "$build/$harness.replay.log"; status=1; }
  fi
  set +e
  "$build/fuzz/fuzz_$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/findings/$harness-" "$corpus" \
    > "$build/$harness.log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/$harness.log" | grep -o '[0-9]*$')
  echo "fuzz_$harness: ${runs:-?} executions in ${seconds} s, exit $rc"
  if [ "$rc" -ne 0 ]; then
    grep -E "ERROR|SUMMARY|Test unit written|what\(\)" "$build/$harness.log" | head -20
    status=1
  fi
done
exit $status
