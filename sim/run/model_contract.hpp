#pragma once

#include "sim/config/schema.hpp"
#include "sim/io/recorder.hpp"
#include "sim/schedule/executor.hpp"
#include "sim/schedule/schedule.hpp"

#include <concepts>
#include <cstdint>
#include <string>
#include <vector>

namespace sim {

// What a model declares about itself (sim::Model below).
template <class M>
concept ModelDeclarations = requires {
  typename M::Params;
  typename M::Simulation;
  // The model's name in scenarios (`model:`), a line for `normsim describe`, the key that
  // --steps sets and the word the progress bar counts in.
  { M::kName } -> std::convertible_to<const char*>;
  { M::kSummary } -> std::convertible_to<const char*>;
  { M::kStepsKey } -> std::convertible_to<const char*>;
  { M::kStepUnit } -> std::convertible_to<const char*>;
  // Raised whenever the model's random draws change (same scenario and seed, other
  // numbers); every output file carries it as its `draws_version` root attribute.
  { M::kDrawsVersion } -> std::convertible_to<std::int64_t>;
  { M::schema() } -> std::same_as<const config::Schema<typename M::Params>&>;
};

// One run of a model with parameters P: built from the parameters, a seed, an executor and
// a recorder; steps() steps of step(t) (advance one step and record it), then finish() (write
// the per-run results), summary() (text for the terminal) and timings() (wall time per part
// of a step).
template <class S, class P>
concept SimulationOf = requires(const P& params, std::uint64_t seed, const Executor& executor,
                                io::Recorder& recorder, S& s, const S& c, std::int64_t t) {
  S(params, seed, executor, recorder);
  { c.steps() } -> std::convertible_to<std::int64_t>;
  s.step(t);
  s.finish();
  { c.summary() } -> std::convertible_to<std::string>;
  { c.timings() } -> std::convertible_to<std::vector<PhaseTime>>;
};

// What the engine needs from a model M. Each model states it once next to its definition
// (static_assert(sim::Model<M>)), so that a missing or mistyped member fails there, in one
// line, instead of deep inside run_model or the sweep runner.
template <class M>
concept Model = ModelDeclarations<M> && SimulationOf<typename M::Simulation, typename M::Params>;

}  // namespace sim
