#include "sim/analysis/sensitivity.hpp"

#include <stdexcept>

namespace sim::analysis {

Sensitivity morris_sensitivity(const MorrisDesign& design, const std::vector<Factor>& factors,
                               const std::vector<RunResults>& runs,
                               const std::vector<std::string>& metrics) {
  if (factors.size() != static_cast<std::size_t>(design.factors()))
    throw std::invalid_argument("Morris: one factor per design dimension is needed");
  Sensitivity s{factors, metrics, {}};
  for (const std::string& metric : metrics) {
    std::vector<std::optional<double>> outputs;
    for (const RunResults& run : runs) outputs.push_back(run.at(metric).observed());
    s.indices.push_back(morris_indices(design, outputs));
  }
  return s;
}

}  // namespace sim::analysis
