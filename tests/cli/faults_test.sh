#!/usr/bin/env bash
# Outputs normsim must refuse before anything runs: a device (never touched: /dev/null stays
# the same character device), a folder, the command's own input. Each exits 2 naming the
# reason, writes no .partial, .lock or .journal, and leaves the input byte-identical.
set -euo pipefail
normsim=$1 scenario=$2 sweep_scenario=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect_refusal() {  # TEXT COMMAND...: exit 2 and TEXT in the message
  local text=$1
  shift
  set +e; "$@" > "$tmp/out" 2>&1; local rc=$?; set -e
  [ "$rc" -eq 2 ] && grep -qF "$text" "$tmp/out" ||
    { echo "expected exit 2 and '$text' (exit $rc): $*"; cat "$tmp/out"; exit 1; }
}

null_inode=$(stat -c %i /dev/null)
for device in /dev/null /dev/full /dev/stdout; do
  expect_refusal "refusing to write into a system folder" "$normsim" run "$scenario" -o "$device"
  expect_refusal "refusing to write into a system folder" \
    "$normsim" sweep "$sweep_scenario" -o "$device"
done
"$normsim" run "$scenario" -o "$tmp/run.h5" --quiet --steps 3
expect_refusal "refusing to write into a system folder" "$normsim" report "$tmp/run.h5" -o /dev/null
[ -c /dev/null ] && [ "$(stat -c %i /dev/null)" = "$null_inode" ] ||
  { echo "/dev/null is no longer the character device it was"; exit 1; }
for f in /dev/null.partial /dev/null.lock /dev/null.journal; do
  [ ! -e "$f" ] || { echo "$f was created"; exit 1; }
done

mkdir "$tmp/folder"
expect_refusal "is a folder, not a file" "$normsim" run "$scenario" -o "$tmp/folder"
expect_refusal "is a folder, not a file" "$normsim" sweep "$sweep_scenario" -o "$tmp/folder"
[ ! -e "$tmp/folder.partial" ] && [ ! -e "$tmp/folder.lock" ] ||
  { echo "a folder as output left work files"; exit 1; }

cp "$scenario" "$tmp/scenario.yaml"
cp "$tmp/run.h5" "$tmp/run.h5.orig"
expect_refusal "the output is also an input" \
  "$normsim" run "$tmp/scenario.yaml" -o "$tmp/scenario.yaml"
expect_refusal "the output is also an input" \
  "$normsim" run "$tmp/scenario.yaml" -o "$tmp/./scenario.yaml"
expect_refusal "the output is also an input" "$normsim" report "$tmp/run.h5" -o "$tmp/run.h5"
expect_refusal "the output is also an input" \
  "$normsim" compare "$tmp/scenario.yaml" "$sweep_scenario" -o "$tmp/scenario.yaml"
cmp -s "$scenario" "$tmp/scenario.yaml" || { echo "the scenario was changed"; exit 1; }
cmp -s "$tmp/run.h5.orig" "$tmp/run.h5" || { echo "the report's input was changed"; exit 1; }
echo "ok: devices, folders and inputs refused as outputs; nothing touched"
