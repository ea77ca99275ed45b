#pragma once

#include "sim/config/document.hpp"
#include "sim/config/schema.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sim::config {

// A parameter a scenario offers to `normsim serve` as a control (`adjustable:` list): a
// slider over [min, max] in steps of `step`, or a menu of `choices` (YAML values). Runs ignore
// the list; loading checks its shape, and `normsim serve` checks each key against the model.
struct Adjustable {
  std::string key;  // a --set key path, e.g. world.stance.sd
  std::string label;
  double min = 0.0;
  double max = 1.0;
  double step = 0.0;  // 0: (max - min) / 100
  std::vector<std::string> choices;
};

// The keys every scenario has, whatever its model.
struct EngineKeys {
  std::string model;
  std::uint64_t seed = 1;
  std::string description;
  std::vector<Adjustable> adjustable;
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
