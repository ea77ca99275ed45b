#pragma once

#include "models/cybernorms/params.hpp"
#include "tests/models/cybernorms/run_scenario.hpp"

#include <filesystem>
#include <fstream>
#include <string>

namespace cybernorms::testing {

// A scenario file in the temp folder with its roster files beside it; removed at the end.
class RosterFiles {
 public:
  RosterFiles(const std::string& tag, const std::string& states, const std::string& firms)
      : states_(temp_path(tag + "_states", ".csv")),
        firms_(temp_path(tag + "_firms", ".csv")),
        scenario_(temp_path(tag, ".yaml")) {
    std::ofstream(states_) << states;
    std::ofstream(firms_) << firms;
  }
  ~RosterFiles() {
    std::filesystem::remove(states_);
    std::filesystem::remove(firms_);
  }
  RosterFiles(const RosterFiles&) = delete;
  RosterFiles& operator=(const RosterFiles&) = delete;

  // Scenario text naming both rosters by their file names (relative to the scenario).
  sim::config::Document document(const std::string& extra = "") const {
    return sim::config::Document::from_text(
        "world:\n  roster:\n    states: " + std::filesystem::path(states_).filename().string() +
            "\n    firms: " + std::filesystem::path(firms_).filename().string() + "\n" + extra,
        scenario_);
  }
  Params params(const std::string& extra = "") const {
    return schema().parse(document(extra), kEngineKeys);
  }

 private:
  std::string states_, firms_, scenario_;
};

}  // namespace cybernorms::testing
