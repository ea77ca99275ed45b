#pragma once

#include "sim/sweep/runner.hpp"

namespace sim::sweep {

// The processes of an `mpirun -np P normsim sweep ...` launch, or the one process of a build
// without NORMSIM_MPI (then rank 0 of 1, and nothing below needs MPI).
class Processes {
 public:
  Processes(int& argc, char**& argv);  // MPI_Init (with MPI)
  ~Processes();                        // MPI_Finalize (with MPI)
  Processes(const Processes&) = delete;
  Processes& operator=(const Processes&) = delete;
  int rank() const { return rank_; }
  int size() const { return size_; }
  // Ends every rank with exit status `code` (MPI_Abort), so that no rank waits forever for
  // one that failed; nothing without MPI.
  void abort(int code) const;

 private:
  int rank_ = 0;
  int size_ = 1;
};

// Rank 0 of several: the coordinator and the only writer. Hands out rows (those not in
// options.skip) one at a time to whichever rank asks, so a long run holds up only its own
// slot, and calls on_finished with each record received. Runs nothing itself. Stops handing
// out rows when interrupted. Every rank must hold the same plan (checked by fingerprint).
RunnerOutcome coordinate(const SweepPlan& plan, const RunnerOptions& options,
                         const OnFinished& on_finished);

// Ranks 1..P-1: run rows as rank 0 hands them out, up to options.threads at once (each
// asked for separately), and send each record (io::encode) to rank 0.
void serve(const SweepPlan& plan, const RunOne& run, const RunnerOptions& options);

}  // namespace sim::sweep
