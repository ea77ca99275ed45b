#include "models/cybernorms/snapshots.hpp"

namespace cybernorms {
namespace {

// Widens one per-agent buffer to the int64 the recorder stores.
template <class T>
std::span<const std::int64_t> widened(const std::vector<T>& values,
                                      std::vector<std::int64_t>& row) {
  row.assign(values.begin(), values.end());
  return row;
}

}  // namespace

Snapshots::Snapshots(const Params& params, const World& world, sim::io::Recorder& recorder)
    : params_(params), world_(world), recorder_(recorder) {
  write_agents();
  if (params_.record_every > 0) series_ = declare();
}

void Snapshots::write_agents() const {
  auto& r = recorder_;
  r.group("/agents",
          "the fixed world, one entry per agent: states are agents 0..states-1 (roster order), "
          "then firms");
  const auto kind = r.series<std::int64_t>("/agents/kind", 1, "0: state, 1: firm", "code");
  const auto home = r.series<std::int64_t>(
      "/agents/home", 1, "home state (agent index; a state is its own home)", "agent index");
  const auto region = r.series<std::int64_t>(
      "/agents/region", 1, "region, as an index into the scenario's world.regions (firms: home's)",
      "index");
  const auto bloc = r.series<std::int64_t>(
      "/agents/bloc", 1, "bloc, as an index into the scenario's world.blocs (firms: home's)",
      "index");
  const auto weight =
      r.series<double>("/agents/weight", 1, "economic weight (states) or size (firms)", "relative");
  const auto footprint =
      r.series<std::int64_t>("/agents/footprint_size", 1,
                             "states a firm operates in, home included (states: 0)", "states");
  for (std::int32_t a = 0; a < world_.agents; ++a) {
    r.append(kind, std::int64_t{world_.kind[a]});
    r.append(home, std::int64_t{world_.home[a]});
    r.append(region, std::int64_t{world_.region[a]});
    r.append(bloc, std::int64_t{world_.bloc[a]});
    r.append(weight, world_.weight[a]);
    r.append(footprint, static_cast<std::int64_t>(world_.footprint(a).size()));
  }
}

Snapshots::Series Snapshots::declare() const {
  auto& r = recorder_;
  r.group("/snapshots",
          "per-agent state after every record.every-th step and after the last; row i is the "
          "step in /snapshots/step[i]");
  const auto agents = static_cast<std::size_t>(world_.agents);
  const auto K = static_cast<std::size_t>(world_.norms);
  const auto G = static_cast<std::size_t>(params_.initiative_count());
  Series s{
      r.series<std::int64_t>("/snapshots/step", 1, "step of each snapshot row, as /series/step",
                             params_.step_unit),
      r.series<std::int64_t>("/snapshots/stage", agents * K,
                             "stage per agent and norm (column agent*norms + norm, norms in "
                             "scenario order): 0 none, 1 endorsed, 2 implemented",
                             "code"),
      r.series<std::int64_t>("/snapshots/variant", agents * K,
                             "variant followed per agent and norm (column agent*norms + norm): "
                             "initiative index g < initiatives, or initiatives + s for state s's "
                             "national text",
                             "code"),
      std::nullopt,
      r.series<double>("/snapshots/boldness", agents, "boldness per agent", "probability"),
      r.series<double>("/snapshots/vengefulness", agents, "vengefulness per agent", "probability"),
      r.series<double>("/snapshots/capacity", agents, "capacity per agent", "0..1"),
      r.series<double>("/snapshots/reputation", agents, "reputation per agent", "0..1"),
  };
  if (G > 0)
    s.member = r.series<std::int64_t>(
        "/snapshots/member", agents * G,
        "membership per agent and initiative (column agent*initiatives + initiative): 1 member",
        "flag");
  return s;
}

void Snapshots::record(std::int64_t step, const State& s) {
  if (!series_ || !due(step, params_.record_every, params_.steps)) return;
  auto& r = recorder_;
  r.append(series_->step, step);
  r.append(series_->stage, widened(s.stage.current(), row_));
  r.append(series_->variant, widened(s.variant.current(), row_));
  if (series_->member) r.append(*series_->member, widened(s.member.current(), row_));
  r.append(series_->boldness, std::span<const double>(s.boldness.current()));
  r.append(series_->vengefulness, std::span<const double>(s.vengefulness.current()));
  r.append(series_->capacity, std::span<const double>(s.capacity.current()));
  r.append(series_->reputation, std::span<const double>(s.reputation.current()));
}

}  // namespace cybernorms
