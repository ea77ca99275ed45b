#pragma once

#include "sim/config/document.hpp"
#include "sim/config/schema.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sim::config {

// The keys every scenario has, whatever its model.
struct EngineKeys {
  std::string model;
  std::uint64_t seed = 1;
  std::string description;
};

const Schema<EngineKeys>& engine_schema();

// A scenario file with its overrides applied and its engine keys read; the model's own
// schema then parses `doc`.
struct Scenario {
  Document doc;
  EngineKeys engine;
};

Scenario load_scenario(const std::string& path, const std::vector<std::string>& overrides);

}  // namespace sim::config
