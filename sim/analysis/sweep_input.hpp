#pragma once

#include "sim/analysis/comparison.hpp"

#include <string>

namespace sim::analysis {

// A pathway read from a sweep file (file_type normsim.sweep, written by `normsim sweep`),
// named after the file: every run's numeric per-run results and seed. All its runs are pooled,
// so it should be a sweep of replicates. An InputError naming the file when it cannot be
// read, is not a sweep file, or still misses runs.
Group read_sweep_group(const std::string& path);

}  // namespace sim::analysis
