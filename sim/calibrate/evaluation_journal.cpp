#include "sim/calibrate/evaluation_journal.hpp"

#include <cstring>
#include <stdexcept>

namespace sim::calibrate {
namespace {

io::RunRecord::Series row(const std::string& name, const std::vector<double>& v) {
  io::RunRecord::Series s;
  s.spec.name = name;
  s.spec.columns = v.size();
  s.rows = 1;
  s.bytes.resize(v.size() * sizeof(double));
  if (!v.empty()) std::memcpy(s.bytes.data(), v.data(), s.bytes.size());
  return s;
}

std::vector<double> values(const io::RunRecord& r, const std::string& name) {
  for (const auto& s : r.series)
    if (s.spec.name == name) {
      std::vector<double> v(s.bytes.size() / sizeof(double));
      if (!v.empty()) std::memcpy(v.data(), s.bytes.data(), s.bytes.size());
      return v;
    }
  throw std::runtime_error("journal record " + std::to_string(r.index) + " lacks " + name);
}

}  // namespace

io::RunRecord to_record(const Evaluation& e) {
  io::RunRecord r;
  r.index = e.index;
  r.series = {row("unit", e.unit), row("values", e.values), row("moments", e.moments),
              row("per_target", e.distance.per_target)};
  r.results = {{"distance", e.distance.total, "", ""}};
  return r;
}

Evaluation from_record(const io::RunRecord& r) {
  Evaluation e;
  e.index = r.index;
  e.unit = values(r, "unit");
  e.values = values(r, "values");
  e.moments = values(r, "moments");
  e.distance.per_target = values(r, "per_target");
  if (r.results.size() != 1 || r.results[0].name != "distance")
    throw std::runtime_error("journal record " + std::to_string(r.index) + " lacks its distance");
  e.distance.total = std::get<double>(r.results[0].value);
  return e;
}

}  // namespace sim::calibrate
