#pragma once

#include "sim/io/h5.hpp"
#include "sim/io/run_record.hpp"
#include "sim/sweep/plan.hpp"

#include <string>

namespace sim::sweep {

// The file of one sweep row run on its own (`normsim run --run-index I`, for job arrays):
// a normsim.run file that also carries root attributes `run_index`, `sweep_runs` and
// `sweep_fingerprint`, and its design row as scalars under /design. `normsim merge` reads
// such files back into the sweep layout.

// Writes the sweep attributes and the /design row into a new run file.
void annotate_run_file(hid_t file, const SweepPlan& plan, const PlanRow& row);

// Checks that `path` is a finished run file of the sweep with fingerprint `fingerprint` and
// returns its run index; InputError naming the file otherwise (another sweep, no run index,
// interrupted, not HDF5).
std::int64_t check_run_file(const std::string& path, std::uint64_t fingerprint);

// Reads a finished run file of the sweep with fingerprint `fingerprint` into a RunRecord
// (index from `run_index`). InputError naming the file when it is not one (another sweep, no
// run index, interrupted).
io::RunRecord read_run_file(const std::string& path, std::uint64_t fingerprint);

}  // namespace sim::sweep
