#pragma once

#include "models/cybernorms/params.hpp"
#include "models/cybernorms/simulation.hpp"

namespace cybernorms {

// The cyber-norms model of MODEL.md, as the engine sees it.
struct Model {
  using Params = cybernorms::Params;
  using Simulation = cybernorms::Simulation;
  static constexpr const char* kName = "cybernorms";
  static constexpr const char* kStepsKey = "time.steps";
  static constexpr const char* kStepUnit = "step";
  static constexpr const char* kSummary =
      "international cybersecurity norms: states, firms, initiatives and pathways";
  static const sim::config::Schema<Params>& schema() { return cybernorms::schema(); }
};

}  // namespace cybernorms
