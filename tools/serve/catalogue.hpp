#pragma once

#include "sim/config/engine_keys.hpp"
#include "tools/normsim/model_registry.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace serve {

// A scenario the page offers, with its controls (the scenario's `adjustable:` list).
struct CatalogueEntry {
  std::string id;     // what the browser sends back: "teaching/threshold_tipping", or the path
  std::string group;  // "teaching", "pathway" or "command line"
  sim::config::Scenario scenario;
  const normsim::ModelEntry* model = nullptr;
  std::vector<std::string> values;  // each control's value in the scenario (or the default)
};

// The teaching scenarios (DIR/teaching/*.yaml), the pathway ones (DIR/*.yaml) and those named
// on the command line. Every file is loaded and every adjustable key is checked at its ends
// (min and max, or each choice) through the model's schema, so a scenario with a bad control
// stops `serve` at start with the CLI's message instead of failing in a classroom.
class Catalogue {
 public:
  Catalogue(const std::string& scenario_dir, const std::vector<std::string>& extra);

  const CatalogueEntry* find(const std::string& id) const;
  const std::vector<CatalogueEntry>& entries() const { return entries_; }
  nlohmann::json to_json() const;

 private:
  void add(const std::string& path, const std::string& id, const std::string& group);

  std::vector<CatalogueEntry> entries_;
};

}  // namespace serve
