#pragma once

#include "sim/analysis/bootstrap.hpp"
#include "sim/analysis/run_results.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sim::analysis {

// The replicate runs of one pathway (one scenario, several seeds).
struct Group {
  std::string name;
  std::string source;               // where the runs came from: a scenario file, run files
  std::vector<std::int64_t> seeds;  // one per run
  std::vector<RunResults> runs;
  std::int64_t draws_version = 0;  // of the model that made the runs (0: a file without one)
};

// One metric over a group's runs: the observed values, and how many runs there were. For an
// event time, runs - values.size() runs never saw the event (see run_results.hpp).
struct MetricSample {
  std::vector<double> values;
  std::int64_t runs = 0;
};

MetricSample sample(const Group& group, const std::string& metric);

// A metric's mean over a group's runs where it was observed, with its bootstrap interval.
struct GroupEstimate {
  std::string metric;
  std::string group;
  std::int64_t runs = 0;
  std::int64_t observed = 0;
  Estimate mean;
};

// mean(group) - mean(minus) for one metric, each mean over the runs where it was observed.
struct Difference {
  std::string metric;
  std::string group;
  std::string minus;
  Estimate difference;
};

struct Comparison {
  std::vector<GroupEstimate> estimates;  // metric-major, groups in input order
  std::vector<Difference> differences;   // metric-major, every pair (i < j) as i - j
};

// The metrics found in every run of every group, in name order; `left_out` receives the ones
// some runs lack (different norms in two scenarios, say).
std::vector<std::string> common_metrics(const std::vector<Group>& groups,
                                        std::vector<std::string>* left_out);

// Group g is resampled on bootstrap stream g, for every metric, so a difference's interval is
// built from the same resamples as the two groups' own intervals.
Comparison compare(const std::vector<Group>& groups, const std::vector<std::string>& metrics,
                   const BootstrapOptions& options);

}  // namespace sim::analysis
