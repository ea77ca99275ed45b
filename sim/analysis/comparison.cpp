#include "sim/analysis/comparison.hpp"

#include <set>
#include <stdexcept>

namespace sim::analysis {

MetricSample sample(const Group& group, const std::string& metric) {
  MetricSample s;
  for (const RunResults& run : group.runs) {
    const auto it = run.find(metric);
    if (it == run.end())
      throw std::invalid_argument("group " + group.name + " has a run without " + metric);
    ++s.runs;
    if (const auto v = it->second.observed()) s.values.push_back(*v);
  }
  return s;
}

std::vector<std::string> common_metrics(const std::vector<Group>& groups,
                                        std::vector<std::string>* left_out) {
  std::set<std::string> all;
  for (const Group& g : groups)
    for (const RunResults& run : g.runs)
      for (const auto& [name, result] : run) all.insert(name);
  std::vector<std::string> common;
  for (const std::string& name : all) {
    bool everywhere = true;
    for (const Group& g : groups)
      for (const RunResults& run : g.runs) everywhere = everywhere && run.contains(name);
    if (everywhere)
      common.push_back(name);
    else if (left_out)
      left_out->push_back(name);
  }
  return common;
}

Comparison compare(const std::vector<Group>& groups, const std::vector<std::string>& metrics,
                   const BootstrapOptions& options) {
  Comparison out;
  for (const std::string& metric : metrics) {
    std::vector<MetricSample> samples;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      samples.push_back(sample(groups[g], metric));
      const MetricSample& s = samples.back();
      out.estimates.push_back({metric, groups[g].name, s.runs,
                               static_cast<std::int64_t>(s.values.size()),
                               bootstrap_mean(s.values, options, g)});
    }
    for (std::size_t a = 0; a < groups.size(); ++a)
      for (std::size_t b = a + 1; b < groups.size(); ++b)
        out.differences.push_back(
            {metric, groups[a].name, groups[b].name,
             bootstrap_difference(samples[a].values, samples[b].values, options, a, b)});
  }
  return out;
}

}  // namespace sim::analysis
