#pragma once

#include "sim/io/output_file.hpp"
#include "sim/sweep/runner.hpp"

#include <cstdint>
#include <functional>
#include <string>

namespace sim::sweep {

struct SweepOptions {
  std::string output;                   // OUT.h5; work files are OUT.h5.partial and OUT.h5.journal
  bool resume = false;                  // continue from OUT.h5.journal if there is one
  RunnerOptions runner;                 // threads, progress
  io::Provenance provenance;            // file_type is set to normsim.sweep
  std::function<void(hid_t)> annotate;  // adds to the new file (e.g. the design file's text)
};

struct SweepOutcome {
  std::int64_t runs = 0;     // in the plan
  std::int64_t resumed = 0;  // found done in the journal
  RunnerOutcome ran;         // this call's runs
  bool interrupted = false;
  std::string written;  // OUT.h5, or OUT.h5.partial when interrupted
};

// `normsim sweep`: runs the plan into one HDF5 file (SweepFile layout), each finished run
// going to the journal (journal.hpp) and then to OUT.h5.partial; on success the partial file
// becomes OUT.h5 and the journal is deleted. Interrupted (Ctrl-C) or killed, the journal
// stays; with `resume` a later call rebuilds the partial file from the journal and runs only
// the missing rows, so the datasets come out byte-identical to an uninterrupted sweep. Without
// `resume` an existing journal is an InputError (it would be lost). With `resume` and no
// journal the sweep starts from scratch, or does nothing if OUT.h5 exists.
SweepOutcome run_sweep(const SweepPlan& plan, const RunOne& run, const SweepOptions& options);

// The same with another way of executing the rows (MPI ranks: distributed.hpp): `execute`
// runs the rows not in options.skip and hands each record to on_finished.
using Execute =
    std::function<RunnerOutcome(const RunnerOptions& options, const OnFinished& on_finished)>;
SweepOutcome run_sweep(const SweepPlan& plan, const Execute& execute, const SweepOptions& options);

// The journal path for an output path.
std::string journal_path(const std::string& output);

}  // namespace sim::sweep
