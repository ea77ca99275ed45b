#!/usr/bin/env bash
# The README's commands. Each installs what is missing, builds, and does one job:
#   run       build (Release) and run the default scenario into default.h5
#   test      build and pass the whole test suite (ctest)
#   sanitize  the same suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)
#   bench     build and print the benchmark tables (Axelrod game; cyber-norms at 1e4-1e6
#             firms; a 1,000-run sweep): tens of minutes
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${NORMSIM_JOBS:-2}
default_scenario=scenarios/baseline.yaml

configure_and_build() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -DNORMSIM_WERROR=ON "$@"
  cmake --build "$dir" -j"$jobs"
}

case "${1:-}" in
  run)
    tools/setup.sh
    configure_and_build build -DCMAKE_BUILD_TYPE=Release
    build/tools/normsim run "$default_scenario" -o default.h5
    ;;
  test)
    tools/setup.sh
    configure_and_build build -DCMAKE_BUILD_TYPE=Release
    ctest --test-dir build --output-on-failure -j"$jobs"
    ;;
  sanitize)
    tools/setup.sh
    configure_and_build build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNORMSIM_SANITIZE=ON \
      -DNORMSIM_BENCH=OFF
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
      ctest --test-dir build-asan --output-on-failure -j"$jobs"
    ;;
  bench)
    tools/setup.sh
    configure_and_build build -DCMAKE_BUILD_TYPE=Release
    bench/axelrod.sh build
    bench/cybernorms.sh build
    bench/sweep.sh build
    ;;
  *)
    echo "usage: tools/quickstart.sh run|test|sanitize|bench" >&2
    exit 2
    ;;
esac
