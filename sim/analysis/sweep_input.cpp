#include "sim/analysis/sweep_input.hpp"

#include "sim/core/error.hpp"
#include "sim/io/reader.hpp"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <memory>

namespace sim::analysis {

Group read_sweep_group(const std::string& path) {
  std::unique_ptr<io::Reader> r;
  try {
    r = std::make_unique<io::Reader>(path);
  } catch (const std::exception&) {
    throw InputError(path + ": cannot open as an HDF5 file");
  }
  if (!r->has_attribute("/", "file_type") ||
      r->string_attribute("/", "file_type") != "normsim.sweep")
    throw InputError(path + ": not a sweep file (file_type is not normsim.sweep)");
  const auto completed = r->integers("/completed");
  const auto missing = std::count(completed.begin(), completed.end(), 0);
  if (missing > 0)
    throw InputError(path + ": " + std::to_string(missing) + " of " +
                     std::to_string(completed.size()) +
                     " runs are missing; finish the sweep with `normsim sweep --resume`");
  Group g{std::filesystem::path(path).stem().string(), path, r->integers("/design/seed"), {}};
  g.runs.resize(completed.size());
  if (r->has_attribute("/", "draws_version"))
    g.draws_version = r->integer_attribute("/", "draws_version");
  const std::string prefix = "/summary/";
  for (const std::string& dataset : r->datasets()) {
    if (dataset.rfind(prefix, 0) != 0) continue;
    const auto kind = r->kind(dataset);
    if (kind != io::Reader::Kind::kFloat64 && kind != io::Reader::Kind::kInt64) continue;
    const auto values = r->doubles(dataset);
    const std::string description = r->string_attribute(dataset, "description");
    const std::string unit = r->string_attribute(dataset, "unit");
    for (std::size_t i = 0; i < values.size() && i < g.runs.size(); ++i)
      g.runs[i].emplace(dataset.substr(prefix.size()),
                        RunResult::described(values[i], description, unit));
  }
  return g;
}

}  // namespace sim::analysis
