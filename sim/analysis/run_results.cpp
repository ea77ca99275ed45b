#include "sim/analysis/run_results.hpp"

#include "sim/io/arrays.hpp"

#include <variant>

namespace sim::analysis {

RunResults run_results(const io::RunRecord& record) {
  RunResults out;
  for (const io::Result& r : record.results) {
    double value = 0.0;
    if (const auto* d = std::get_if<double>(&r.value))
      value = *d;
    else if (const auto* i = std::get_if<std::int64_t>(&r.value))
      value = static_cast<double>(*i);
    else
      continue;
    out.emplace(r.name, RunResult::described(value, r.description, r.unit));
  }
  return out;
}

void write_run_values(hid_t parent, const std::vector<RunResults>& runs,
                      const std::vector<std::string>& metrics) {
  for (const std::string& metric : metrics) {
    std::vector<double> values;
    for (const RunResults& run : runs) values.push_back(run.at(metric).value);
    const RunResult& first = runs.front().at(metric);
    io::write_vector(parent, metric, values, first.description, first.unit);
  }
}

}  // namespace sim::analysis
