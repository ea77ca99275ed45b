#include "sim/analysis/run_results.hpp"

#include "sim/core/error.hpp"
#include "sim/io/arrays.hpp"
#include "sim/io/reader.hpp"

#include <exception>
#include <memory>

namespace sim::analysis {

RunResults read_run_results(const std::string& path) {
  std::unique_ptr<io::Reader> reader;
  try {
    reader = std::make_unique<io::Reader>(path);
  } catch (const std::exception&) {
    throw InputError(path + ": cannot open as an HDF5 file");
  }
  if (!reader->has_attribute("/", "file_type") ||
      reader->string_attribute("/", "file_type") != "normsim.run")
    throw InputError(path + ": not a normsim run file (file_type is not normsim.run)");
  if (reader->has_attribute("/", "interrupted_at_step"))
    throw InputError(path + ": the run was interrupted; it has no per-run results");
  RunResults out;
  const std::string prefix = "/summary/";
  for (const std::string& dataset : reader->datasets()) {
    if (dataset.rfind(prefix, 0) != 0 || !reader->is_numeric(dataset)) continue;
    const auto values = reader->doubles(dataset);
    if (values.size() != 1) continue;
    RunResult r;
    r.value = values[0];
    r.description = reader->string_attribute(dataset, "description");
    r.unit = reader->string_attribute(dataset, "unit");
    r.event_time = r.description.find(kNeverMarker) != std::string::npos;
    out.emplace(dataset.substr(prefix.size()), std::move(r));
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
