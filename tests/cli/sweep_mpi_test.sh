#!/usr/bin/env bash
# `mpirun -np 2 normsim sweep` (rank 0 coordinates and writes, rank 1 runs) writes the same
# datasets as the single-process sweep; so does -np 3 with ranks that finish at different times.
set -euo pipefail
normsim=$1 scenario=$2 compare=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags=(--oversubscribe)
if [ "$(id -u)" -eq 0 ]; then
  flags+=(--allow-run-as-root)
  export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
fi
"$normsim" sweep "$scenario" -o "$tmp/single.h5" --quiet --threads 2
for np in 2 3; do
  mpirun "${flags[@]}" -np "$np" "$normsim" sweep "$scenario" -o "$tmp/mpi$np.h5" --quiet \
    --threads 2
  /usr/bin/python3 "$compare" "$tmp/single.h5" "$tmp/mpi$np.h5"
done
