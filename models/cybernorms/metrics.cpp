#include "models/cybernorms/metrics.hpp"

#include "models/cybernorms/calendar.hpp"
#include "models/cybernorms/census.hpp"
#include "sim/core/table2d.hpp"

#include <algorithm>
#include <numeric>
#include <sstream>

namespace cybernorms {
namespace {

const char* kKindNames[kKinds] = {"state", "firm"};
const char* kStageNames[3] = {"none", "endorsed", "implemented"};

std::vector<std::string> norm_labels(const Params& p) {
  std::vector<std::string> out;
  for (const auto& n : p.norms) out.push_back(n.name);
  return out;
}

}  // namespace

Metrics::Metrics(const Params& params, const World& world, const sim::Executor& executor,
                 sim::io::Recorder& recorder)
    : params_(params),
      world_(world),
      executor_(executor),
      recorder_(recorder),
      series_(declare()),
      date_(params.start.empty()
                ? std::nullopt
                : std::optional(recorder.series<double>(
                      "date", 1,
                      "calendar time of the step (time.start " + params.start +
                          "): year + (month - 1) / 12 of the month or year the step covers",
                      "year"))),
      tipping_(params.norms.size(), -1),
      half_implemented_(params.norms.size() * kKinds, -1),
      last_share_(params.norms.size(), 0.0),
      peak_speed_(params.norms.size(), 0.0) {}

Metrics::Series Metrics::declare() {
  auto& r = recorder_;
  std::vector<std::string> stage_labels;
  for (const auto& n : params_.norms)
    for (const char* kind : kKindNames)
      for (const char* stage : kStageNames)
        stage_labels.push_back(n.name + "/" + kind + "/" + stage);
  std::vector<std::string> initiatives;
  for (const auto& g : params_.initiatives) initiatives.push_back(g.name);
  const auto K = params_.norms.size();
  const auto G = std::max<std::size_t>(initiatives.size(), 1);
  if (initiatives.empty()) initiatives.push_back("(none)");
  const auto norms = norm_labels(params_);
  return {
      r.series<std::int64_t>("step", 1, "step index, from 0; values are those after the step",
                             params_.step_unit),
      r.series<double>(
          "adoption_share_count", K * kKinds * 3,
          "share of agents of each kind at each stage, per norm (columns norm/kind/stage)",
          "share of agents", stage_labels),
      r.series<double>(
          "adoption_share_weight", K * kKinds * 3,
          "as adoption_share_count, weighted by economic weight (states) or size (firms)",
          "share of weight", stage_labels),
      r.series<std::int64_t>("violations", K, "violations during the step, per norm", "events",
                             norms),
      r.series<std::int64_t>("punishments", K,
                             "punishments of violators and falsely accused, per norm", "events",
                             norms),
      r.series<std::int64_t>("false_alarms", K, "innocent adopters accused, per norm", "events",
                             norms),
      r.series<std::int64_t>("meta_punishments", K, "punishments of seen non-punishers, per norm",
                             "events", norms),
      r.series<double>("mean_trust", 1, "mean trust between distinct blocs", "0..1"),
      r.series<double>("specificity", G, "mean specificity sigma over each initiative's norms",
                       "0..1", initiatives),
      r.series<std::int64_t>("memberships", G, "members of each initiative", "agents", initiatives),
      r.series<std::int64_t>("formalisations", K, "states that have formalised each norm", "states",
                             norms),
      r.series<std::int64_t>("state_memberships", G,
                             "states that are members of each initiative (parties, supporters)",
                             "states", initiatives),
  };
}

double Metrics::regimes_per_firm(const World& w, const State& s, const sim::Executor& ex) {
  if (w.firms == 0) return 0.0;
  const auto& formalised = s.formalised.current();
  const double total =
      ex.accumulate(static_cast<std::size_t>(w.firms), 0.0, [&](double& acc, std::size_t f) {
        const auto a = static_cast<std::int32_t>(w.states + f);
        std::vector<std::int32_t> seen;
        for (int k = 0; k < w.norms; ++k) {
          seen.clear();
          for (const std::int32_t st : w.footprint(a))
            if (formalised[w.ak(st, k)]) seen.push_back(s.market_text(w, st, k));
          std::sort(seen.begin(), seen.end());
          acc += static_cast<double>(std::unique(seen.begin(), seen.end()) - seen.begin());
        }
      });
  return total / (static_cast<double>(w.firms) * w.norms);
}

double Metrics::variant_concentration(const World& w, const State& s, int initiatives,
                                      const sim::Executor& ex) {
  // Variants are initiative texts [0, G) and national texts [G, G + states).
  const auto variants = static_cast<std::size_t>(initiatives + w.states);
  const auto K = static_cast<std::size_t>(w.norms);
  const sim::TableView stage(s.stage.current(), K);      // agents x norms
  const sim::TableView variant(s.variant.current(), K);  // agents x norms
  using Counts = sim::VectorSum<std::int64_t>;           // norms x variants
  const Counts counts = ex.accumulate(static_cast<std::size_t>(w.agents),
                                      Counts{std::vector<std::int64_t>(K * variants, 0)},
                                      [&](Counts& acc, std::size_t i) {
                                        const sim::TableView adopting(acc.v, variants);
                                        for (std::size_t k = 0; k < K; ++k)
                                          if (stage(i, k) >= kEndorsed)
                                            ++adopting(k, static_cast<std::size_t>(variant(i, k)));
                                      });
  const sim::TableView adopting(counts.v, variants);
  double sum = 0.0;
  for (std::size_t k = 0; k < K; ++k) {
    const auto row = adopting.row(k);
    const auto adopters =
        static_cast<double>(std::accumulate(row.begin(), row.end(), std::int64_t{0}));
    double h = 0.0;
    for (const std::int64_t n : row) {
      const double share = static_cast<double>(n) / adopters;
      if (n > 0) h += share * share;
    }
    sum += adopters > 0 ? h : 1.0;
  }
  return sum / static_cast<double>(K);
}

void Metrics::record(std::int64_t step, const State& s, const Events& e) {
  const World& w = world_;
  const int K = w.norms;
  const Census census = take_census(w, s, params_.initiative_count(), executor_);
  std::vector<double> count = census.count;
  std::vector<double> weight = census.weight;
  for (std::size_t col = 0; col < count.size(); ++col) {
    const int kind = static_cast<int>((col / Census::kStages) % kKinds);
    count[col] = census.kind_n[kind] > 0 ? count[col] / census.kind_n[kind] : 0.0;
    weight[col] = census.kind_w[kind] > 0 ? weight[col] / census.kind_w[kind] : 0.0;
  }
  const int B = w.blocs;
  const sim::TableView bloc_trust(s.trust.current(), static_cast<std::size_t>(B));  // blocs x blocs
  double trust = 0.0;
  for (std::size_t b1 = 0; b1 < bloc_trust.rows(); ++b1)
    for (std::size_t b2 = 0; b2 < bloc_trust.columns(); ++b2)
      if (b1 != b2) trust += bloc_trust(b1, b2);
  trust = B > 1 ? trust / (B * (B - 1)) : 1.0;
  const int G = params_.initiative_count();
  std::vector<double> spec(std::max(G, 1), 0.0);
  std::vector<std::int64_t> members = census.members;
  if (members.empty()) members.push_back(0);
  const sim::TableView sigma(s.specificity.current(), K);  // initiatives x norms
  for (int g = 0; g < G; ++g) {
    for (const int k : w.initiative_norms[g]) spec[g] += sigma(g, k);
    spec[g] /= static_cast<double>(w.initiative_norms[g].size());
  }
  std::vector<std::int64_t> formal(K, 0);
  for (std::int32_t st = 0; st < w.states; ++st)
    for (int k = 0; k < K; ++k) formal[k] += s.formalised.current()[w.ak(st, k)];
  std::vector<std::int64_t> state_members(std::max(G, 1), 0);
  for (std::int32_t st = 0; st < w.states; ++st)
    for (int g = 0; g < G; ++g)
      state_members[g] += s.member.current()[static_cast<std::size_t>(st) * G + g];
  auto& r = recorder_;
  r.append(series_.step, step);
  r.append(series_.share_count, std::span<const double>(count));
  r.append(series_.share_weight, std::span<const double>(weight));
  r.append(series_.violations, std::span<const std::int64_t>(e.violations));
  r.append(series_.punishments, std::span<const std::int64_t>(e.punishments));
  r.append(series_.false_alarms, std::span<const std::int64_t>(e.false_alarms));
  r.append(series_.meta_punishments, std::span<const std::int64_t>(e.meta_punishments));
  r.append(series_.mean_trust, trust);
  r.append(series_.specificity, std::span<const double>(spec));
  r.append(series_.members, std::span<const std::int64_t>(members));
  r.append(series_.formalised, std::span<const std::int64_t>(formal));
  r.append(series_.state_members, std::span<const std::int64_t>(state_members));
  if (date_) {
    const std::int64_t month =
        *month_number(params_.start) + (params_.step_unit == "year" ? 12 * step : step);
    r.append(*date_, static_cast<double>(month) / 12.0);
  }

  double adopters = 0.0;
  for (int k = 0; k < K; ++k) {
    const double states = census.kind_n[kState];
    const double share = states > 0 ? (census.count[Census::column(k, kState, kEndorsed)] +
                                       census.count[Census::column(k, kState, kImplemented)]) /
                                          states
                                    : 0.0;
    if (tipping_[k] < 0 && share >= 1.0 / 3.0) tipping_[k] = step;
    peak_speed_[k] = std::max(peak_speed_[k], share - last_share_[k]);
    last_share_[k] = share;
    for (int kind = 0; kind < kKinds; ++kind)
      if (half_implemented_[k * kKinds + kind] < 0 && census.kind_n[kind] > 0 &&
          census.count[Census::column(k, kind, kImplemented)] / census.kind_n[kind] >= 0.5)
        half_implemented_[k * kKinds + kind] = step;
    for (int kind = 0; kind < kKinds; ++kind)
      adopters += census.count[Census::column(k, kind, kEndorsed)] +
                  census.count[Census::column(k, kind, kImplemented)];
  }
  last_violations_ = std::accumulate(e.violations.begin(), e.violations.end(), std::int64_t{0});
  final_violation_rate_ = adopters > 0 ? static_cast<double>(last_violations_) / adopters : 0.0;
  ++steps_recorded_;
}

void Metrics::finish(const State& s) {
  const World& w = world_;
  auto& r = recorder_;
  const Census census = take_census(w, s, params_.initiative_count(), executor_);
  double endorsed = 0.0, implemented = 0.0;
  for (int k = 0; k < w.norms; ++k)
    for (int kind = 0; kind < kKinds; ++kind) {
      endorsed += census.count[Census::column(k, kind, kEndorsed)] +
                  census.count[Census::column(k, kind, kImplemented)];
      implemented += census.count[Census::column(k, kind, kImplemented)];
    }
  for (int k = 0; k < w.norms; ++k) {
    const std::string& n = params_.norms[k].name;
    r.result("tipping_step_" + n, tipping_[k],
             "first step after which >= 1/3 of states endorse " + n +
                 " (Finnemore-Sikkink tipping point); -1: never",
             params_.step_unit);
    for (int kind = 0; kind < kKinds; ++kind)
      r.result("half_implemented_step_" + n + "_" + kKindNames[kind],
               half_implemented_[k * kKinds + kind],
               std::string("first step after which >= 50% of ") + kKindNames[kind] +
                   "s implement " + n + "; -1: never",
               params_.step_unit);
    const auto share = [&](int kind, int from_stage) {
      double n_at = 0.0;
      for (int stage = from_stage; stage <= kImplemented; ++stage)
        n_at += census.count[Census::column(k, kind, stage)];
      return census.kind_n[kind] > 0 ? n_at / census.kind_n[kind] : 0.0;
    };
    r.result("final_endorsing_states_" + n, share(kState, kEndorsed),
             "share of states endorsing (stage >= 1) " + n + " at the end", "share of states");
    r.result("final_implementing_firms_" + n, share(kFirm, kImplemented),
             "share of firms implementing " + n + " at the end", "share of firms");
    r.result("peak_adoption_speed_" + n, peak_speed_[k],
             "largest one-step rise in the share of states endorsing " + n,
             "share of states per step");
  }
  r.result("implementation_depth", endorsed > 0 ? implemented / endorsed : 0.0,
           "implemented / endorsed (stage >= 1) agent-norm pairs at the end", "ratio");
  r.result(
      "fragmentation_regimes_per_firm", regimes_per_firm(w, s, executor_),
      "distinct formalised variants a firm faces across its markets, mean over firms and norms",
      "regimes");
  r.result("fragmentation_herfindahl",
           variant_concentration(w, s, params_.initiative_count(), executor_),
           "Herfindahl of variants among adopters, mean over norms (1: a single regime)", "0..1");
  r.result("final_violation_rate", final_violation_rate_,
           "violations in the last step per adopting agent-norm pair", "per adopter per step");
  r.result("steps", steps_recorded_, "steps simulated", params_.step_unit);
}

std::string Metrics::summary() const {
  std::ostringstream out;
  out.precision(3);
  out << world_.states << " states, " << world_.firms << " firms, " << world_.norms << " norms, "
      << params_.initiative_count() << " initiatives, " << steps_recorded_ << " "
      << params_.step_unit << "s\n";
  for (int k = 0; k < world_.norms; ++k)
    out << "  " << params_.norms[k].name << ": states endorsing " << last_share_[k]
        << ", tipping step " << tipping_[k] << "\n";
  out << "final violation rate " << final_violation_rate_ << "\n";
  return out.str();
}

}  // namespace cybernorms
