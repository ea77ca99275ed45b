#!/usr/bin/env bash
# kill -9 in the middle of a sweep, then --resume: no finished run is lost or redone, and every
# dataset is byte-identical to an uninterrupted sweep. Then the same with Ctrl-C (SIGINT).
# In between, the same sweep without --resume refuses to overwrite the journal.
set -euo pipefail
normsim=$1 scenario=$2 compare=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$normsim" sweep "$scenario" -o "$tmp/ref.h5" --quiet --threads 2

records() {  # finished records in a journal
  /usr/bin/python3 "$(dirname "$0")/journal_records.py" "$1"
}

interrupt_and_resume() {
  local signal=$1 out=$tmp/$1.h5
  "$normsim" sweep "$scenario" -o "$out" --quiet --threads 2 &
  local pid=$!
  for _ in $(seq 1 400); do
    [ -e "$out.journal" ] && [ "$(records "$out.journal")" -ge 3 ] && break
    sleep 0.02
  done
  kill "-$signal" "$pid"
  set +e; wait "$pid"; local rc=$?; set -e
  [ ! -e "$out" ] || { echo "$signal: $out exists: the sweep finished before the kill"; exit 1; }
  local done_before
  done_before=$(records "$out.journal")
  echo "$signal: exit $rc after $done_before finished runs"
  case $signal in KILL) [ "$rc" -eq 137 ] ;; INT) [ "$rc" -eq 130 ] ;; esac ||
    { echo "$signal: exit code $rc"; exit 1; }
  [ "$done_before" -ge 3 ] || { echo "$signal: fewer than 3 runs in the journal"; exit 1; }
  set +e; "$normsim" sweep "$scenario" -o "$out" --quiet 2> "$tmp/err"; local again=$?; set -e
  [ "$again" -eq 2 ] && grep -q "an interrupted sweep is waiting here; add --resume" "$tmp/err" ||
    { echo "$signal: a sweep over a journal without --resume gave exit $again"; exit 1; }
  "$normsim" sweep "$scenario" -o "$out" --resume --threads 2 > "$tmp/resume.txt"
  cat "$tmp/resume.txt"
  grep -q "runs: $done_before resumed," "$tmp/resume.txt" ||
    { echo "$signal: resume did not reuse the $done_before finished runs"; exit 1; }
  [ ! -e "$out.journal" ] || { echo "$signal: journal left after a complete sweep"; exit 1; }
  /usr/bin/python3 "$compare" "$tmp/ref.h5" "$out"
}

interrupt_and_resume KILL
interrupt_and_resume INT
