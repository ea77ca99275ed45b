#pragma once

#include "sim/io/output_file.hpp"
#include "sim/sweep/plan.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace sim::sweep {

struct MergeOutcome {
  std::int64_t merged = 0;
  std::vector<std::int64_t> missing;  // run indices no file provided
};

// `normsim merge`: writes the run files of `plan`'s rows (run_file.hpp) into one sweep file at
// `output`, the same layout (and datasets) as `normsim sweep` would. Every file must belong to
// the plan (same fingerprint); a run index given twice is an InputError. Runs without a file
// stay missing (/completed 0) and are listed in the outcome. Files are read one at a time.
MergeOutcome merge_run_files(const SweepPlan& plan, const std::vector<std::string>& files,
                             const std::string& output, io::Provenance provenance,
                             const std::function<void(hid_t)>& annotate = {});

}  // namespace sim::sweep
