#include "sim/calibrate/calibration_file.hpp"

#include "sim/core/error.hpp"
#include "sim/io/arrays.hpp"
#include "sim/io/reader.hpp"

#include <filesystem>

namespace sim::calibrate {
namespace {

io::Provenance calibration_provenance(io::Provenance p) {
  p.file_type = "normsim.calibration";
  return p;
}

constexpr const char* kDistanceDoc =
    "D = sum over targets of weight * e; series target: e = sum over points of f * ((m - o) / "
    "s)^2, m the simulated value averaged over the replicates, o observed, s = max(sd, "
    "sd_relative |o|), f 1 for exact and reconstructed_weight for reconstructed figures; "
    "plateau: e = (max(0, m - max_growth) / sd)^2; failure_then_recovery: e = (max(0, "
    "min_change - m) / sd)^2";

std::vector<double> gather(const std::vector<Evaluation>& all, const std::vector<std::size_t>& rows,
                           std::vector<double> Evaluation::*field) {
  std::vector<double> out;
  for (std::size_t i : rows) out.insert(out.end(), (all[i].*field).begin(), (all[i].*field).end());
  return out;
}

}  // namespace

CalibrationFile::CalibrationFile(const std::string& path, const CalibrationSetup& s)
    : out_(path, calibration_provenance(s.provenance)) {
  const hid_t f = out_.id();
  const TargetSet& t = *s.targets;
  io::write_attribute(f, "algorithm", algorithm_name(s.search.algorithm));
  io::write_attribute(f, "algorithm_seed", static_cast<std::int64_t>(s.search.seed));
  io::write_attribute(f, "population", s.population);
  io::write_attribute(f, "evaluation_budget", s.search.evaluations);
  io::write_attribute(f, "replicates", static_cast<std::int64_t>(s.replicate_seeds.size()));
  io::write_attribute(f, "targets_file", t.path);
  io::write_attribute(f, "targets", t.text);
  io::write_attribute(f, "distance", std::string(kDistanceDoc));

  std::vector<double> low, high;
  for (const auto& p : s.free) {
    keys_.push_back(p.key);
    low.push_back(p.low);
    high.push_back(p.high);
  }
  {
    const io::Handle g = io::create_group(f, "free");
    io::write_strings(g.get(), "key", keys_, "free parameters (scenario key paths)");
    io::write_vector(g.get(), "low", low, "lower end of each free parameter's range", "");
    io::write_vector(g.get(), "high", high, "upper end of each free parameter's range", "");
  }
  std::vector<double> weights, observed;
  for (const auto& target : t.targets) {
    weights.push_back(target.weight);
    if (target.kind != Kind::kSeries) observed.push_back(target.threshold);
    for (const auto& p : target.points) observed.push_back(p.observed);
  }
  {
    const io::Handle g = io::create_group(f, "targets");
    io::write_strings(g.get(), "name", t.names(), "targets, in the target file's order");
    io::write_vector(g.get(), "weight", weights, "weight of each target", "1");
  }
  {
    const io::Handle g = io::create_group(f, "moments");
    io::write_strings(g.get(), "label", t.moment_labels(), "target[step], or a pattern's name");
    io::write_vector(g.get(), "step", t.moment_steps(), "step read (a pattern's window end)",
                     "steps");
    io::write_vector(g.get(), "observed", observed, "observed value (a pattern's threshold)", "");
  }
  {
    const io::Handle g = io::create_group(f, "replicates");
    std::vector<std::int64_t> seeds(s.replicate_seeds.begin(), s.replicate_seeds.end());
    io::write_vector(g.get(), "seed", seeds, "seed of each replicate, the same for every candidate",
                     "");
  }
  evaluations_group_ = io::create_group(f, "evaluations");
  const hid_t g = evaluations_group_.get();
  const auto writer = [&](const char* name, std::size_t columns, const char* description) {
    columns_.emplace_back(g, name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, sizeof(double),
                          std::max<std::size_t>(columns, 1), description, "");
  };
  writer("values", keys_.size(), "free parameters' values of each evaluation");
  writer("unit", keys_.size(), "the candidate in the unit cube the algorithm searches");
  writer("distance", 1, kDistanceDoc);
  writer("per_target", t.targets.size(), "each target's weighted error");
  writer("moments", t.moments(), "simulated moments, averaged over the replicates");
  io::write_column_labels(columns_[0].id(), keys_);
  io::write_column_labels(columns_[3].id(), t.names());
  io::write_column_labels(columns_[4].id(), t.moment_labels());
}

void CalibrationFile::write(const Evaluation& e) {
  const std::vector<double> d = {e.distance.total};
  for (auto [writer, row] : {std::pair{&columns_[0], &e.values},
                             {&columns_[1], &e.unit},
                             {&columns_[2], &d},
                             {&columns_[3], &e.distance.per_target},
                             {&columns_[4], &e.moments}}) {
    writer->append(std::span<const double>(*row));
    writer->flush();
  }
  io::check(H5Fflush(out_.id(), H5F_SCOPE_LOCAL), "flush " + partial_path());
}

void CalibrationFile::finish(const std::vector<Evaluation>& all,
                             const std::vector<std::size_t>& members, double delta) {
  for (auto& c : columns_) c.flush();
  const hid_t f = out_.id();
  const std::size_t b = best_index(all);
  {
    const io::Handle g = io::create_group(f, "best");
    io::write_vector(g.get(), "values", all[b].values, "the best evaluation's free parameters", "");
    io::write_vector(g.get(), "moments", all[b].moments, "its simulated moments", "");
    io::write_attribute(g.get(), "index", all[b].index);
    io::write_attribute(g.get(), "distance", all[b].distance.total);
  }
  const io::Handle g = io::create_group(f, "ensemble");
  std::vector<std::int64_t> index;
  std::vector<double> distance;
  for (std::size_t i : members) {
    index.push_back(all[i].index);
    distance.push_back(all[i].distance.total);
  }
  io::write_vector(g.get(), "index", index, "evaluations in the ensemble, best first", "");
  io::write_vector(g.get(), "distance", distance, "their distances", "");
  io::write_matrix(g.get(), "values", gather(all, members, &Evaluation::values), members.size(),
                   keys_, "their free parameters' values", "");
  io::write_attribute(g.get(), "rule", std::string("every evaluation with D <= D_best + delta"));
  io::write_attribute(g.get(), "delta", delta);
  columns_.clear();
  evaluations_group_.reset();
  out_.commit();
}

Ensemble read_ensemble(const std::string& path) {
  if (!std::filesystem::exists(path)) throw InputError("--ensemble " + path + ": no such file");
  try {
    const io::Reader r(path);
    if (r.string_attribute("/", "file_type") != "normsim.calibration")
      throw InputError("--ensemble " + path + ": not a calibration file (normsim calibrate)");
    Ensemble e;
    e.path = path;
    e.keys = r.texts("/free/key");
    const auto index = r.integers("/ensemble/index");
    const auto distance = r.doubles("/ensemble/distance");
    const auto values = r.doubles("/ensemble/values");
    const std::size_t k = e.keys.size();
    for (std::size_t i = 0; i < index.size(); ++i)
      e.members.push_back(
          {index[i], distance[i],
           std::vector<double>(values.begin() + static_cast<std::ptrdiff_t>(i * k),
                               values.begin() + static_cast<std::ptrdiff_t>((i + 1) * k))});
    if (e.members.empty()) throw InputError("--ensemble " + path + ": the ensemble is empty");
    return e;
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& ex) {
    throw InputError("--ensemble " + path + ": cannot read: " + ex.what());
  }
}

}  // namespace sim::calibrate
