#pragma once

#include "sim/analysis/sensitivity.hpp"
#include "sim/analysis/table.hpp"

#include <string>
#include <vector>

namespace sim::analysis {

// One row per (metric, factor): mu_star, mu, sigma and the number of elementary effects used.
Table sensitivity_table(const Sensitivity& s);

// What ran: written as root attributes of the sensitivity file.
struct SensitivityProvenance {
  std::string scenario_file;
  std::string scenario;  // the scenario text before the factors are set
  std::uint64_t seed = 0;
  std::uint64_t design_seed = 0;
  std::int64_t draws_version = 0;  // the model's (sim::Model::kDrawsVersion)
};

// The design, every run's results and the indices as HDF5 (file_type normsim.sensitivity),
// written to PATH.partial and renamed. Layout: README, "Output format".
void write_sensitivity_file(const std::string& path, const MorrisDesign& design,
                            const Sensitivity& s, const std::vector<RunResults>& runs,
                            const SensitivityProvenance& provenance);

}  // namespace sim::analysis
