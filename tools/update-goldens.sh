#!/usr/bin/env bash
# The one way to change the regression goldens (tests/regression/*.golden): reruns every
# shipped scenario with the built normsim, rewrites its golden, and shows what changed, for
# review before committing: the files, then each series column whose first, last or mean value
# moved (old line, then new). A change of draws must also raise the model's kDrawsVersion
# (the goldens' `draws_version` line). Usage: tools/update-goldens.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
cmake --build "$build" --target normsim -j2 >/dev/null
NORMSIM_UPDATE_GOLDENS=1 ctest --test-dir "$build" -R '^regression\.' --output-on-failure
git -C "$root" status --short -- tests/regression
git -C "$root" --no-pager diff --stat -- tests/regression
git -C "$root" --no-pager diff -U0 -- tests/regression | grep -E '^[-+](series/.* first=|draws_version)' || true
