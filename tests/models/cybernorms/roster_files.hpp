#pragma once

#include "models/cybernorms/params.hpp"
#include "sim/core/error.hpp"
#include "tests/models/cybernorms/run_scenario.hpp"

#include <filesystem>
#include <fstream>
#include <string>

// Expects `part` within the text `text` (an error message), showing the text if not.
#define EXPECT_HAS(text, part) EXPECT_NE((text).find(part), std::string::npos) << (text)

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
        roster_lines() + "\n    firms: " + std::filesystem::path(firms_).filename().string() +
            "\n" + extra,
        scenario_);
  }
  Params params(const std::string& extra = "") const {
    return schema().parse(document(extra), kEngineKeys);
  }
  // The message of the InputError that parsing params(extra) throws ("" if none).
  std::string error(const std::string& extra = "") const {
    try {
      params(extra);
    } catch (const sim::InputError& e) {
      return e.what();
    }
    return "";
  }
  // The same naming only the states roster (firms are generated).
  Params states_params(const std::string& extra = "") const {
    return schema().parse(
        sim::config::Document::from_text(roster_lines() + "\n" + extra, scenario_), kEngineKeys);
  }

 private:
  std::string roster_lines() const {
    return "world:\n  roster:\n    states: " + std::filesystem::path(states_).filename().string();
  }

  std::string states_, firms_, scenario_;
};

}  // namespace cybernorms::testing
