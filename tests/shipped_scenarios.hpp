#pragma once

#include "sim/config/engine_keys.hpp"
#include "sim/config/schema.hpp"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace normsim_test {

// Every scenario of `model` under scenarios/ (teaching/ included), relative to scenarios/
// and sorted: found on disk, so that a new file is tested without being listed anywhere.
inline std::vector<std::string> shipped_scenarios(const std::string& model) {
  std::vector<std::string> out;
  const std::filesystem::path root = std::string(NORMSIM_SOURCE_DIR) + "/scenarios";
  for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
    if (e.path().extension() != ".yaml") continue;
    // Sweep designs for --design (scenarios/sweeps/) hold only a `sweep:` block, no model:
    // tests/cli validates them against a scenario.
    const auto doc = sim::config::Document::from_file(e.path().string());
    if (!sim::config::find_node(doc.root(), "model").IsDefined() &&
        sim::config::find_node(doc.root(), "sweep").IsDefined())
      continue;
    if (sim::config::load_scenario(e.path().string(), {}).engine.model == model)
      out.push_back(std::filesystem::relative(e.path(), root).string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace normsim_test
