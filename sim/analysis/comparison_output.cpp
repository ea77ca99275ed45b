#include "sim/analysis/comparison_output.hpp"

#include "sim/io/arrays.hpp"
#include "sim/io/partial_file.hpp"

#include <iterator>

namespace sim::analysis {
namespace {

void write_group(hid_t parent, const Group& g, const std::vector<std::string>& metrics) {
  const io::Handle group = io::create_group(parent, g.name);
  io::write_attribute(group.get(), "source", g.source);
  io::write_attribute(group.get(), "draws_version", g.draws_version);
  io::write_vector(group.get(), "seeds", g.seeds, "seed of each run", "1");
  const io::Handle runs = io::create_group(group.get(), "runs");
  write_run_values(runs.get(), g.runs, metrics);
}

template <class Row, class Get>
std::vector<std::string> strings(const std::vector<Row>& rows, Get get) {
  std::vector<std::string> out;
  for (const Row& r : rows) out.push_back(get(r));
  return out;
}

template <class Row, class Get>
std::vector<double> numbers(const std::vector<Row>& rows, Get get) {
  std::vector<double> out;
  for (const Row& r : rows) out.push_back(get(r));
  return out;
}

void write_estimates(hid_t parent, const std::vector<GroupEstimate>& rows) {
  const io::Handle g = io::create_group(parent, "estimates");
  io::write_attribute(g.get(), "description",
                      std::string("per metric and pathway: mean over the runs where the metric "
                                  "was observed, with its bootstrap percentile interval"));
  io::write_strings(g.get(), "metric", strings(rows, [](auto& r) { return r.metric; }), "metric");
  io::write_strings(g.get(), "pathway", strings(rows, [](auto& r) { return r.group; }), "pathway");
  std::vector<std::int64_t> runs, observed;
  for (const auto& r : rows) {
    runs.push_back(r.runs);
    observed.push_back(r.observed);
  }
  io::write_vector(g.get(), "runs", runs, "runs of the pathway", "runs");
  io::write_vector(g.get(), "observed", observed,
                   "runs where the metric was observed (for event times: where the event happened)",
                   "runs");
  io::write_vector(g.get(), "mean", numbers(rows, [](auto& r) { return r.mean.value; }),
                   "mean over the observed runs (NaN when none)", "as the metric");
  io::write_vector(g.get(), "ci_low", numbers(rows, [](auto& r) { return r.mean.ci.low; }),
                   "lower end of the bootstrap percentile interval", "as the metric");
  io::write_vector(g.get(), "ci_high", numbers(rows, [](auto& r) { return r.mean.ci.high; }),
                   "upper end of the bootstrap percentile interval", "as the metric");
}

void write_differences(hid_t parent, const std::vector<Difference>& rows) {
  const io::Handle g = io::create_group(parent, "differences");
  io::write_attribute(g.get(), "description",
                      std::string("per metric and pair of pathways: mean(pathway) - mean(minus), "
                                  "groups resampled independently"));
  io::write_strings(g.get(), "metric", strings(rows, [](auto& r) { return r.metric; }), "metric");
  io::write_strings(g.get(), "pathway", strings(rows, [](auto& r) { return r.group; }),
                    "first pathway");
  io::write_strings(g.get(), "minus", strings(rows, [](auto& r) { return r.minus; }),
                    "pathway subtracted");
  io::write_vector(g.get(), "difference", numbers(rows, [](auto& r) { return r.difference.value; }),
                   "difference of the means (NaN when either has no observed run)",
                   "as the metric");
  io::write_vector(g.get(), "ci_low", numbers(rows, [](auto& r) { return r.difference.ci.low; }),
                   "lower end of the bootstrap percentile interval", "as the metric");
  io::write_vector(g.get(), "ci_high", numbers(rows, [](auto& r) { return r.difference.ci.high; }),
                   "upper end of the bootstrap percentile interval", "as the metric");
}

}  // namespace

Table comparison_table(const Comparison& c) {
  Table t{{"metric", "pathway", "minus", "runs", "observed", "estimate", "ci_low", "ci_high"}, {}};
  // Both lists are metric-major in the same metric order: interleave them metric by metric.
  auto d = c.differences.begin();
  for (auto e = c.estimates.begin(); e != c.estimates.end(); ++e) {
    t.rows.push_back({e->metric, e->group, Cell{}, e->runs, e->observed, e->mean.value,
                      e->mean.ci.low, e->mean.ci.high});
    const bool last_of_metric =
        std::next(e) == c.estimates.end() || std::next(e)->metric != e->metric;
    for (; last_of_metric && d != c.differences.end() && d->metric == e->metric; ++d)
      t.rows.push_back({d->metric, d->group, d->minus, Cell{}, Cell{}, d->difference.value,
                        d->difference.ci.low, d->difference.ci.high});
  }
  return t;
}

std::vector<std::pair<std::string, Cell>> bootstrap_meta(const BootstrapOptions& o) {
  return {{"estimate", std::string("mean over the runs where the metric was observed; rows with "
                                   "`minus`: mean(pathway) - mean(minus)")},
          {"interval", std::string("bootstrap percentile")},
          {"confidence", o.confidence},
          {"resamples", o.resamples},
          {"bootstrap_seed", static_cast<std::int64_t>(o.seed)}};
}

void write_comparison_file(const std::string& path, const std::vector<Group>& groups,
                           const std::vector<std::string>& metrics, const Comparison& comparison,
                           const BootstrapOptions& options,
                           const std::function<void(hid_t file)>& annotate) {
  io::PartialFile file(path, "normsim.compare");
  const hid_t f = file.id();
  io::write_attribute(f, "confidence", options.confidence);
  io::write_attribute(f, "resamples", options.resamples);
  io::write_attribute(f, "bootstrap_seed", static_cast<std::int64_t>(options.seed));
  std::vector<std::string> names;
  for (const Group& g : groups) names.push_back(g.name);
  io::write_attribute(f, "pathways", io::join_labels(names));
  io::write_attribute(f, "never_value", kNeverValue);
  {
    const io::Handle pathways = io::create_group(f, "pathways");
    for (const Group& g : groups) write_group(pathways.get(), g, metrics);
    write_estimates(f, comparison.estimates);
    write_differences(f, comparison.differences);
  }
  if (annotate) annotate(f);
  file.commit();
}

}  // namespace sim::analysis
