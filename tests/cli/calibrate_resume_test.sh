#!/usr/bin/env bash
# kill -9 in the middle of a calibration, then --resume: the same evaluations, best point,
# ensemble and best scenario as an uninterrupted calibration (every dataset byte-identical).
# Then the same with Ctrl-C (SIGINT), which exits 130 and keeps the journal.
# In between, the same calibration without --resume refuses to overwrite the journal.
set -euo pipefail
normsim=$1 dir=$2 compare=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=("$dir/small.yaml" --targets "$dir/targets.yaml" --free payoff.temptation=0.5:8
      --free mutation_rate=0.001:0.1 --evaluations 48 --replicates 2)
# The reference on one thread, the killed and resumed calibration on two: the thread count
# changes nothing either.
"$normsim" calibrate "${args[@]}" -o "$tmp/ref.h5" --quiet --threads 1

records() {  # finished records in a journal
  /usr/bin/python3 "$(dirname "$0")/journal_records.py" "$1"
}

interrupt_and_resume() {
  local signal=$1 out=$tmp/$1.h5
  "$normsim" calibrate "${args[@]}" -o "$out" --quiet --threads 2 &
  local pid=$!
  for _ in $(seq 1 1000); do
    [ -e "$out.journal" ] && [ "$(records "$out.journal")" -ge 10 ] && break
    sleep 0.01
  done
  kill "-$signal" "$pid"
  set +e; wait "$pid"; local rc=$?; set -e
  case $signal in KILL) [ "$rc" -eq 137 ] ;; INT) [ "$rc" -eq 130 ] ;; esac ||
    { echo "$signal: exit $rc"; exit 1; }
  [ ! -e "$out" ] || { echo "$signal: $out exists: the calibration finished first"; exit 1; }
  local done_before
  done_before=$(records "$out.journal")
  echo "$signal: stopped after $done_before evaluations"
  [ "$done_before" -ge 10 ] && [ "$done_before" -lt 48 ] || { echo "bad stop point"; exit 1; }
  set +e; "$normsim" calibrate "${args[@]}" -o "$out" --quiet 2> "$tmp/err"; local again=$?; set -e
  [ "$again" -eq 2 ] && grep -q "an interrupted calibration is waiting here; add --resume" "$tmp/err" ||
    { echo "$signal: a calibration over a journal without --resume gave exit $again"; exit 1; }
  "$normsim" calibrate "${args[@]}" -o "$out" --resume --threads 2 > "$tmp/resume.txt"
  cat "$tmp/resume.txt"
  grep -q "48 evaluations ($done_before resumed)" "$tmp/resume.txt" ||
    { echo "$signal: resume did not replay the $done_before journalled evaluations"; exit 1; }
  [ ! -e "$out.journal" ] || { echo "$signal: journal left after a complete calibration"; exit 1; }
  /usr/bin/python3 "$compare" "$tmp/ref.h5" "$out"
  cmp <(tail -n +2 "$tmp/ref.best.yaml") <(tail -n +2 "$tmp/$signal.best.yaml") ||
    { echo "$signal: best scenarios differ"; exit 1; }
  echo "$signal: resumed calibration identical to the uninterrupted one"
}

interrupt_and_resume KILL
interrupt_and_resume INT
