#pragma once

#include "sim/analysis/comparison.hpp"
#include "sim/analysis/table.hpp"

#include <hdf5.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace sim::analysis {

// One row per (metric, pathway) estimate, then per (metric, pathway, minus) difference: columns
// metric, pathway, minus (empty on estimate rows), runs, observed, estimate, ci_low, ci_high.
Table comparison_table(const Comparison& comparison);

// The settings a reader needs to interpret the table (confidence, resamples, seed).
std::vector<std::pair<std::string, Cell>> bootstrap_meta(const BootstrapOptions& options);

// The comparison as HDF5 (file_type normsim.compare), written to PATH.partial and renamed:
// per pathway its seeds and every run's value of every metric as the run wrote it, then the
// estimates and differences as column datasets. Layout: README, "Output format".
// `annotate`, when given, adds to the file before it is renamed (compare --ensemble: the
// sign agreement).
void write_comparison_file(const std::string& path, const std::vector<Group>& groups,
                           const std::vector<std::string>& metrics, const Comparison& comparison,
                           const BootstrapOptions& options,
                           const std::function<void(hid_t file)>& annotate = {});

}  // namespace sim::analysis
