#pragma once

#include "models/axelrod/params.hpp"
#include "models/axelrod/simulation.hpp"
#include "sim/run/model_contract.hpp"

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
  // Raise by one whenever a change makes the same scenario and seed give other numbers
  // (a new or reordered draw, another stream key); outputs carry it as `draws_version`.
  static constexpr std::int64_t kDrawsVersion = 2;
  static const sim::config::Schema<Params>& schema() { return axelrod::schema(); }
};
static_assert(sim::Model<Model>);

}  // namespace axelrod
