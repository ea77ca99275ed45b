#include "sim/sweep/sweep_spec.hpp"

#include "sim/config/schema.hpp"
#include "sim/core/error.hpp"
#include "sim/sweep/csv_design.hpp"
#include "sim/sweep/samplers.hpp"
#include "sim/sweep/sweep_block.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace sim::sweep {
namespace {

std::string yaml_text(const YAML::Node& node) {
  YAML::Emitter out;
  out << node;
  return out.c_str();
}

std::string number_text(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return {buf, r.ptr};
}

// Each design point's varied values, as assignments in `parameters` order.
struct Points {
  std::vector<std::string> parameters;
  std::vector<std::vector<Assignment>> values;
  std::vector<std::uint64_t> seeds;  // per point, from a csv `seed` column; empty: none
};

Points grid(const SweepBlock& b, std::vector<Assignment>& fixed) {
  Points p;
  std::vector<std::vector<Assignment>> axes;
  for (const auto& [key, node] : b.parameters) {
    if (!node.IsSequence()) {
      fixed.push_back({key, yaml_text(node), b.where("parameters." + key, node)});
      continue;
    }
    if (node.size() == 0) b.fail("parameters." + key, node, "an empty list scans nothing");
    std::vector<Assignment> axis;
    for (std::size_t i = 0; i < node.size(); ++i)
      axis.push_back({key, yaml_text(node[i]),
                      b.where("parameters." + key + "[" + std::to_string(i) + "]", node[i])});
    p.parameters.push_back(key);
    axes.push_back(std::move(axis));
  }
  std::int64_t total = 1;
  for (const auto& a : axes) {
    total *= static_cast<std::int64_t>(a.size());
    if (total > kMaxRuns) throw InputError(b.doc->name() + ": the sweep grid has too many points");
  }
  for (std::int64_t point = 0; point < total; ++point) {
    std::vector<Assignment> row(axes.size());
    std::int64_t rest = point;
    for (std::size_t j = axes.size(); j-- > 0;) {
      const auto n = static_cast<std::int64_t>(axes[j].size());
      row[j] = axes[j][static_cast<std::size_t>(rest % n)];
      rest /= n;
    }
    p.values.push_back(std::move(row));
  }
  return p;
}

struct Range {
  double low = 0, high = 0;
  bool whole = false;
};

Range read_range(const SweepBlock& b, const std::string& key, const YAML::Node& node) {
  const std::string k = "parameters." + key;
  if (!node.IsSequence() || node.size() != 2 || !node[0].IsScalar() || !node[1].IsScalar())
    b.fail(k, node, "expected a range [low, high]");
  Range r;
  if (!YAML::convert<double>::decode(node[0], r.low) ||
      !YAML::convert<double>::decode(node[1], r.high) || !std::isfinite(r.low) ||
      !std::isfinite(r.high))
    b.fail(k, node, "expected a range of two numbers [low, high]");
  if (!(r.low <= r.high)) b.fail(k, node, "low must not exceed high");
  const auto is_whole = [](const std::string& s) {
    return s.find_first_of(".eE") == std::string::npos;
  };
  r.whole = is_whole(node[0].Scalar()) && is_whole(node[1].Scalar());
  return r;
}

std::string scale(const Range& r, double u) {
  if (!r.whole) return number_text(r.low + u * (r.high - r.low));
  const double v = std::min(r.high, r.low + std::floor(u * (r.high - r.low + 1)));
  return number_text(v);
}

Points sampled(const SweepBlock& b, Sampler sampler, std::uint64_t seed,
               std::vector<Assignment>& fixed) {
  if (b.samples <= 0) b.fail("samples", b.block, "this design needs `samples: N`");
  Points p;
  std::vector<Range> ranges;
  std::vector<std::string> origins;
  for (const auto& [key, node] : b.parameters) {
    if (node.IsScalar()) {
      fixed.push_back({key, yaml_text(node), b.where("parameters." + key, node)});
      continue;
    }
    ranges.push_back(read_range(b, key, node));
    origins.push_back(b.where("parameters." + key, node));
    p.parameters.push_back(key);
  }
  if (ranges.empty())
    b.fail("parameters", b.block, "this design needs at least one range [low, high]");
  const auto unit = unit_sample(sampler, static_cast<std::size_t>(b.samples), ranges.size(), seed);
  for (const auto& point : unit) {
    std::vector<Assignment> row;
    for (std::size_t j = 0; j < ranges.size(); ++j)
      row.push_back({p.parameters[j], scale(ranges[j], point[j]), origins[j]});
    p.values.push_back(std::move(row));
  }
  return p;
}

Points csv(const SweepBlock& b, std::vector<Assignment>& fixed) {
  if (b.file.empty()) b.fail("file", b.block, "design: csv needs `file: TABLE.csv`");
  for (const auto& [key, node] : b.parameters) {
    if (!node.IsScalar())
      b.fail("parameters." + key, node, "with design: csv, parameters are fixed scalars");
    fixed.push_back({key, yaml_text(node), b.where("parameters." + key, node)});
  }
  CsvDesign table = read_csv_design(b.doc->resolve(b.file));
  Points p{std::move(table.parameters), std::move(table.values), std::move(table.seeds)};
  if (!p.seeds.empty() && (b.has_replicates || !b.seeds.empty()))
    b.fail(b.has_replicates ? "replicates" : "seeds", b.block,
           "the design table has a seed column: leave out replicates and seeds");
  return p;
}

// The engine's keys are not model parameters: the seed of each run is the plan's (vary it
// with `replicates` or `seeds`), and one sweep runs one model.
void check_engine_key(const Assignment& a) {
  if (a.key == "seed")
    throw InputError(a.origin + ": key 'seed': each run's seed is derived from the base seed; " +
                     "vary seeds with `replicates: N` or `seeds: [...]`");
  if (a.key == "model")
    throw InputError(a.origin + ": key 'model': a sweep runs one model; sweep several " +
                     "scenarios with `normsim compare`");
}

// A --design file holds only the `sweep:` block: anything else (a dedented `replicates:`)
// would otherwise be dropped without a word.
void check_design_keys(const config::Document& design) {
  for (auto it = design.root().begin(); it != design.root().end(); ++it) {
    const std::string key = it->first.IsScalar() ? it->first.Scalar() : "";
    if (key == "sweep") continue;
    std::string message =
        design.error_at(key, it->first) + "a --design file holds only the `sweep:` block";
    static const std::vector<std::string> inside = {"design", "parameters", "replicates",
                                                    "seeds",  "samples",    "file"};
    if (std::find(inside.begin(), inside.end(), key) != inside.end())
      message += " (indent '" + key + "' under `sweep:`)";
    else
      message += "; scenario keys belong in the scenario (or under sweep.parameters)";
    throw InputError(message);
  }
}

}  // namespace

bool has_sweep(const config::Document& doc) {
  return config::find_node(doc.root(), "sweep").IsDefined();
}

SweepPlan expand_sweep(config::Scenario scenario, const config::Document* design) {
  if (design) check_design_keys(*design);
  const SweepBlock b = read_block(design ? *design : scenario.doc);
  const std::uint64_t base_seed = scenario.engine.seed;
  SweepPlan plan;
  Points points;
  switch (b.kind) {
    case DesignKind::kGrid: points = grid(b, plan.fixed); break;
    case DesignKind::kLhs: points = sampled(b, Sampler::kLhs, base_seed, plan.fixed); break;
    case DesignKind::kSobol: points = sampled(b, Sampler::kSobol, base_seed, plan.fixed); break;
    case DesignKind::kRandom: points = sampled(b, Sampler::kRandom, base_seed, plan.fixed); break;
    case DesignKind::kCsv: points = csv(b, plan.fixed); break;
  }
  if ((b.kind == DesignKind::kGrid || b.kind == DesignKind::kCsv) && b.samples_node)
    b.fail("samples", *b.samples_node, "samples is for lhs, sobol and random designs");
  if (b.kind != DesignKind::kCsv && b.file_node)
    b.fail("file", *b.file_node, "file is for design: csv");
  const auto replicates =
      b.seeds.empty() ? b.replicates : static_cast<std::int64_t>(b.seeds.size());
  if (static_cast<double>(points.values.size()) * static_cast<double>(replicates) >
      static_cast<double>(kMaxRuns))
    throw InputError(b.doc->name() + ": the sweep has too many runs");
  plan.parameters = std::move(points.parameters);
  for (const auto& a : plan.fixed) check_engine_key(a);
  if (!points.values.empty())
    for (const auto& a : points.values.front()) check_engine_key(a);
  for (std::size_t point = 0; point < points.values.size(); ++point)
    for (std::int64_t r = 0; r < replicates; ++r) {
      PlanRow row;
      row.index = static_cast<std::int64_t>(plan.rows.size());
      row.seed = !points.seeds.empty() ? points.seeds[point]
                 : !b.seeds.empty()    ? b.seeds[static_cast<std::size_t>(r)]
                                       : derive_seed(base_seed, row.index);
      row.values = points.values[point];
      plan.rows.push_back(std::move(row));
    }
  // A copy: Documents share their YAML nodes, and the caller's scenario keeps its block.
  config::Document base = scenario.doc.clone();
  base.remove("sweep");
  plan.scenarios.push_back({std::move(base), scenario.engine});
  return plan;
}

}  // namespace sim::sweep
