#pragma once

#include "sim/io/run_record.hpp"

#include <hdf5.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sim::analysis {

// The one place that says how a run reports an event that never happened. Models write an
// event time (the tipping step, the step of 50% implementation, ...) as an integer result
// whose description contains "-1: never", and store -1 when the event did not occur in the
// run. Analyses read such a value as "no value" and count it; they never average it.
inline constexpr std::string_view kNeverMarker = "-1: never";
inline constexpr double kNeverValue = -1.0;

// One numeric per-run result (what a run file keeps under /summary).
struct RunResult {
  double value = 0.0;
  std::string description;
  std::string unit;
  bool event_time = false;  // description carries kNeverMarker

  // A result as a model described it; an event time when the description says so.
  static RunResult described(double value, std::string description, std::string unit) {
    const bool event = description.find(kNeverMarker) != std::string::npos;
    return {value, std::move(description), std::move(unit), event};
  }

  // The value, or nothing when this is an event time that never happened.
  std::optional<double> observed() const {
    if (event_time && value == kNeverValue) return std::nullopt;
    return value;
  }
};

// A run's numeric per-run results by name; text results (such as axelrod's `outcome`) are
// left out because they have a numeric twin or no mean.
using RunResults = std::map<std::string, RunResult>;

RunResults run_results(const io::RunRecord& record);

// One dataset per metric under `parent`, holding every run's value as the run wrote it (so
// kNeverValue where an event never happened), with the metric's description and unit.
void write_run_values(hid_t parent, const std::vector<RunResults>& runs,
                      const std::vector<std::string>& metrics);

}  // namespace sim::analysis
