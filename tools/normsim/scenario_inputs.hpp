#pragma once

#include "sim/config/engine_keys.hpp"
#include "sim/io/output_file.hpp"
#include "sim/sweep/plan.hpp"
#include "tools/normsim/model_registry.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace normsim {

// What the commands read a scenario (and a sweep design) from: the positional file and the
// flags that change it.
struct ScenarioInputs {
  std::string scenario;
  std::string design;  // --design FILE holding the sweep block; empty: the scenario's own
  std::vector<std::string> overrides;
  std::optional<std::int64_t> steps;
  std::optional<std::uint64_t> seed;  // for sweeps: the base seed of the derived seeds
};

// The scenario with overrides and --steps applied (InputError on bad input).
sim::config::Scenario load(const ScenarioInputs& in);

// A scenario with its sweep design expanded and every row checked against the model.
struct LoadedSweep {
  sim::config::Scenario scenario;
  const ModelEntry* model = nullptr;
  sim::sweep::SweepPlan plan;
};
LoadedSweep load_sweep(const ScenarioInputs& in);

// The provenance of a sweep's output: the scenario as given (sweep block included); the
// --design file's text, if any, is added by the sweep commands as `design_source`.
sim::io::Provenance provenance(const sim::config::Scenario& s, std::uint64_t seed, int threads);

}  // namespace normsim
