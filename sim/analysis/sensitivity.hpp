#pragma once

#include "sim/analysis/morris.hpp"
#include "sim/analysis/run_results.hpp"

#include <string>
#include <vector>

namespace sim::analysis {

// A parameter varied by a sensitivity analysis, over [low, high].
struct Factor {
  std::string key;
  double low = 0.0;
  double high = 1.0;
  // The parameter value at unit coordinate u in [0, 1].
  double value(double u) const { return low + u * (high - low); }
};

// Morris indices of every metric (indices[m] for metrics[m]), from one run per design point.
struct Sensitivity {
  std::vector<Factor> factors;
  std::vector<std::string> metrics;
  std::vector<MorrisIndices> indices;
};

// `runs[r]` are the results of design run r; an event time that never happened in a run is a
// missing output there (see run_results.hpp).
Sensitivity morris_sensitivity(const MorrisDesign& design, const std::vector<Factor>& factors,
                               const std::vector<RunResults>& runs,
                               const std::vector<std::string>& metrics);

}  // namespace sim::analysis
