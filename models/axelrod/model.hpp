#pragma once

#include "models/axelrod/params.hpp"
#include "models/axelrod/simulation.hpp"

namespace axelrod {

// The Axelrod (1986) norms and metanorms game, as the engine sees it.
struct Model {
  using Params = axelrod::Params;
  using Simulation = axelrod::Simulation;
  static constexpr const char* kName = "axelrod";
  static constexpr const char* kStepsKey = "generations";
  static constexpr const char* kStepUnit = "generation";
  static constexpr const char* kSummary =
      "Axelrod (1986) norms and metanorms game: boldness and vengefulness evolve";
  static const sim::config::Schema<Params>& schema() { return axelrod::schema(); }
};

}  // namespace axelrod
