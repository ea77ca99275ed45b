#pragma once

#include "models/cybernorms/params.hpp"
#include "models/cybernorms/simulation.hpp"
#include "sim/run/model_contract.hpp"

namespace cybernorms {

// The cyber-norms model (docs/model.md), as the engine sees it.
struct Model {
  using Params = cybernorms::Params;
  using Simulation = cybernorms::Simulation;
  static constexpr const char* kName = "cybernorms";
  static constexpr const char* kStepsKey = "time.steps";
  static constexpr const char* kStepUnit = "step";
  static constexpr const char* kSummary =
      "international cybersecurity norms: states, firms, initiatives and pathways";
  // Raise by one whenever a change makes the same scenario and seed give other numbers
  // (a new or reordered draw, another stream key); outputs carry it as `draws_version`.
  static constexpr std::int64_t kDrawsVersion = 1;
  static const sim::config::Schema<Params>& schema() { return cybernorms::schema(); }
};
static_assert(sim::Model<Model>);

}  // namespace cybernorms
