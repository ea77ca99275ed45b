#!/usr/bin/env bash
# Out of space and a read-only folder, on small tmpfs mounts in the test's own folder (needs
# root: skipped, exit 77, otherwise; in a private mount namespace, so nothing outlives the
# test). run and sweep exit 2 naming the reason, without a signal; no .partial or .lock is
# left, nor a journal without finished runs; a file already at the output stays as it was.
set -euo pipefail
if [ -z "${NORMSIM_IN_NAMESPACE:-}" ]; then
  if [ "$(id -u)" -ne 0 ] || ! unshare -m true 2> /dev/null; then
    echo "skipped: needs root and mount namespaces"
    exit 77
  fi
  NORMSIM_IN_NAMESPACE=1 exec unshare -m --propagation private bash "$0" "$@"
fi
normsim=$1 scenario=$2 sweep_scenario=$3
tmp=$(mktemp -d)
trap 'umount "$tmp/full" "$tmp/ro" 2> /dev/null || true; rm -rf "$tmp"' EXIT
mkdir "$tmp/full" "$tmp/ro"
mount -t tmpfs -o size=64k tmpfs "$tmp/full"
mount -t tmpfs -o ro,size=64k tmpfs "$tmp/ro"

expect_fault() {  # TEXT COMMAND...: exit 2 (no signal) and TEXT in the message
  local text=$1
  shift
  set +e; "$@" > "$tmp/out" 2>&1; local rc=$?; set -e
  [ "$rc" -eq 2 ] && grep -qF "$text" "$tmp/out" ||
    { echo "expected exit 2 and '$text' (exit $rc): $*"; cat "$tmp/out"; exit 1; }
}

head -c 4096 /dev/urandom > "$tmp/full/run.h5"
cp "$tmp/full/run.h5" "$tmp/before.h5"
expect_fault "No space left on device" "$normsim" run "$scenario" -o "$tmp/full/run.h5" --quiet
cmp -s "$tmp/before.h5" "$tmp/full/run.h5" || { echo "the existing output was damaged"; exit 1; }
[ ! -e "$tmp/full/run.h5.partial" ] && [ ! -e "$tmp/full/run.h5.lock" ] ||
  { echo "run left work files"; ls -la "$tmp/full"; exit 1; }
rm "$tmp/full/run.h5"

expect_fault "No space left on device" \
  "$normsim" sweep "$sweep_scenario" -o "$tmp/full/sweep.h5" --quiet --threads 1
[ ! -e "$tmp/full/sweep.h5.partial" ] && [ ! -e "$tmp/full/sweep.h5.lock" ] &&
  [ ! -e "$tmp/full/sweep.h5" ] || { echo "sweep left work files"; ls -la "$tmp/full"; exit 1; }
if [ -e "$tmp/full/sweep.h5.journal" ]; then
  grep -qF "continue with --resume" "$tmp/out" ||
    { echo "a journal was kept without saying so"; cat "$tmp/out"; exit 1; }
fi

expect_fault "Read-only file system" "$normsim" run "$scenario" -o "$tmp/ro/run.h5" --quiet
expect_fault "Read-only file system" "$normsim" sweep "$sweep_scenario" -o "$tmp/ro/s.h5" --quiet
echo "ok: out of space and read-only folders end with exit 2 and the reason"
