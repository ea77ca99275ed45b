#include "sim/sweep/run_file.hpp"

#include "sim/core/error.hpp"
#include "sim/io/reader.hpp"

#include <yaml-cpp/yaml.h>

#include <sstream>

namespace sim::sweep {

void annotate_run_file(hid_t file, const SweepPlan& plan, const PlanRow& row) {
  io::write_attribute(file, "run_index", row.index);
  io::write_attribute(file, "sweep_runs", static_cast<std::int64_t>(plan.rows.size()));
  io::write_attribute(file, "sweep_fingerprint", fingerprint_text(plan.fingerprint()));
  const io::Handle design = io::create_group(file, "design");
  io::write_attribute(design.get(), "description",
                      std::string("this run's row of its sweep design"));
  for (std::size_t j = 0; j < plan.parameters.size(); ++j) {
    const std::string& key = plan.parameters[j];
    const std::string& value = row.values.at(j).value;
    const std::string what = "value of scenario key " + key;
    if (plan.numeric(j))
      io::write_scalar(design.get(), key, YAML::Node(value).as<double>(), what, "");
    else
      io::write_scalar(design.get(), key, value, what + " (YAML text)");
  }
}

namespace {

std::vector<std::string> split_labels(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream ss(text);
  for (std::string l; std::getline(ss, l, ',');) out.push_back(l);
  return out;
}

std::string attribute_or_empty(const io::Reader& r, const std::string& object,
                               const std::string& name) {
  return r.has_attribute(object, name) ? r.string_attribute(object, name) : "";
}

}  // namespace

namespace {

std::unique_ptr<io::Reader> open_run_file(const std::string& path, std::uint64_t fingerprint) {
  std::unique_ptr<io::Reader> r;
  try {
    r = std::make_unique<io::Reader>(path);
  } catch (const std::exception&) {
    throw InputError(path + ": cannot open as HDF5 (missing, truncated or not an HDF5 file)");
  }
  if (!r->has_attribute("/", "run_index") || !r->has_attribute("/", "sweep_fingerprint"))
    throw InputError(path + ": not the file of a sweep row (written without --run-index)");
  if (r->has_attribute("/", "interrupted_at_step"))
    throw InputError(path + ": the run was interrupted; run it again");
  if (r->string_attribute("/", "sweep_fingerprint") != fingerprint_text(fingerprint))
    throw InputError(path +
                     ": belongs to another sweep (its scenario, design or --set, --seed, "
                     "--steps differ from those given to merge)");
  return r;
}

}  // namespace

std::int64_t check_run_file(const std::string& path, std::uint64_t fingerprint) {
  return open_run_file(path, fingerprint)->integer_attribute("/", "run_index");
}

io::RunRecord read_run_file(const std::string& path, std::uint64_t fingerprint) {
  const auto opened = open_run_file(path, fingerprint);
  const io::Reader& r = *opened;
  io::RunRecord record;
  record.index = r.integer_attribute("/", "run_index");
  record.seed = static_cast<std::uint64_t>(r.integer_attribute("/", "seed"));
  for (const auto& name : r.datasets()) {
    const bool series = name.starts_with("/series/");
    if (!series && !name.starts_with("/summary/")) continue;
    const std::string short_name = name.substr(name.find('/', 1) + 1);
    const auto kind = r.kind(name);
    const std::string description = attribute_or_empty(r, name, "description");
    const std::string unit = attribute_or_empty(r, name, "unit");
    if (series) {
      if (kind != io::Reader::Kind::kFloat64 && kind != io::Reader::Kind::kInt64)
        throw InputError(path + ": " + name + " is not a numeric series");
      const auto shape = r.shape(name);
      io::RunRecord::Series s;
      s.spec = {
          short_name,
          kind == io::Reader::Kind::kFloat64 ? io::ElementType::kFloat64 : io::ElementType::kInt64,
          shape.size() > 1 ? shape[1] : 1,
          description,
          unit,
          split_labels(attribute_or_empty(r, name, "columns"))};
      s.rows = shape.empty() ? 0 : shape[0];
      s.bytes = r.raw(name);
      record.series.push_back(std::move(s));
    } else if (kind == io::Reader::Kind::kText) {
      record.results.push_back({short_name, r.string_value(name), description, unit});
    } else if (kind == io::Reader::Kind::kFloat64) {
      record.results.push_back({short_name, r.doubles(name).at(0), description, unit});
    } else if (kind == io::Reader::Kind::kInt64) {
      record.results.push_back({short_name, r.integers(name).at(0), description, unit});
    } else {
      throw InputError(path + ": " + name + " has a type normsim does not write");
    }
  }
  return record;
}

}  // namespace sim::sweep
