#include "models/cybernorms/simulation.hpp"

#include "models/cybernorms/phases.hpp"

namespace cybernorms {

Simulation::Simulation(const Params& params, std::uint64_t seed, const sim::Executor& executor,
                       sim::io::Recorder& recorder)
    : params_(params),
      seed_(seed),
      executor_(executor),
      world_(generate_world(params_, seed)),
      state_(State::initial(world_, params_)),
      rewritten_{params_.mechanisms.adoption.enabled, params_.mechanisms.advocacy.enabled,
                 params_.mechanisms.sanction.enabled, params_.mechanisms.capacity_building.enabled},
      metrics_(params_, world_, executor_, recorder),
      snapshots_(params_, world_, recorder) {
  const Mechanisms& m = params_.mechanisms;
  schedule_.add(
      "negotiation", [this](Step& s) { negotiate(s.context, s.derived, state_); },
      m.negotiation.enabled);
  schedule_.add(
      "advocacy", [this](Step& s) { advocate(s.context, s.derived, state_); }, m.advocacy.enabled);
  schedule_.add(
      "adoption", [this](Step& s) { adopt(s.context, s.derived, state_); }, m.adoption.enabled);
  schedule_.add(
      "compliance", [this](Step& s) { comply(s.context, s.derived, state_, events_); },
      m.compliance.enabled);
  schedule_.add(
      "sanction", [this](Step& s) { observe_and_sanction(s.context, s.derived, state_, events_); },
      m.sanction.enabled);
  schedule_.add(
      "learning", [this](Step& s) { learn(s.context, events_, state_); }, m.learning.enabled);
  schedule_.add(
      "formalisation", [this](Step& s) { formalise(s.context, s.derived, state_); },
      m.formalisation.enabled);
  schedule_.add(
      "capacity_building", [this](Step& s) { build_capacity(s.context, s.derived, state_); },
      m.capacity_building.enabled);
  schedule_.add(
      "membership", [this](Step& s) { update_membership(s.context, s.derived, state_); },
      m.membership.enabled);
}

void Simulation::step(std::int64_t t) {
  Context context{params_, world_, executor_, seed_, t};
  sim::timed(derive_seconds_, [&] { derive(context, state_, derived_); });
  Step s{context, derived_};
  events_.reset(static_cast<std::size_t>(world_.agents), world_.norms, world_.blocs);
  state_.carry(rewritten_);
  schedule_.run_step(s);
  state_.flip();
  sim::timed(record_seconds_, [&] {
    metrics_.record(t, state_, events_);
    snapshots_.record(t, state_);
  });
}

void Simulation::finish() {
  metrics_.finish(state_);
}

std::vector<sim::PhaseTime> Simulation::timings() const {
  std::vector<sim::PhaseTime> out{{"derive", derive_seconds_}};
  for (const auto& p : schedule_.timings()) out.push_back(p);
  out.push_back({"record", record_seconds_});
  return out;
}

std::string Simulation::summary() const {
  return metrics_.summary();
}

}  // namespace cybernorms
