#pragma once

#include "models/cybernorms/context.hpp"
#include "models/cybernorms/events.hpp"
#include "models/cybernorms/metrics.hpp"
#include "models/cybernorms/snapshots.hpp"
#include "sim/io/recorder.hpp"
#include "sim/schedule/schedule.hpp"

#include <cstdint>
#include <memory>
#include <string>

namespace cybernorms {

// One run: the world is generated from the seed, then each step derives the shared
// quantities of step t, runs the enabled phases (each writing its part of t+1), flips the
// buffers and records.
class Simulation {
 public:
  Simulation(const Params& params, std::uint64_t seed, const sim::Executor& executor,
             sim::io::Recorder& recorder);

  std::int64_t steps() const { return params_.steps; }
  void step(std::int64_t t);
  void finish();
  std::string summary() const;
  // Wall time of derive, each enabled phase and recording, summed over the steps run.
  std::vector<sim::PhaseTime> timings() const;

  const World& world() const { return world_; }
  const State& state() const { return state_; }
  const Events& events() const { return events_; }

 private:
  struct Step {
    Context context;
    const Derived& derived;
  };

  Params params_;
  std::uint64_t seed_;
  const sim::Executor& executor_;
  World world_;
  State state_;
  FullRewrites rewritten_;  // what the enabled phases rewrite in full, so carry skips it
  Derived derived_;
  Events events_;
  Metrics metrics_;
  Snapshots snapshots_;
  sim::Schedule<Step> schedule_;
  double derive_seconds_ = 0.0;
  double record_seconds_ = 0.0;
};

}  // namespace cybernorms
