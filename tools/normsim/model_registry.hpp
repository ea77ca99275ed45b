#pragma once

#include "sim/config/engine_keys.hpp"
#include "sim/config/param_doc.hpp"
#include "sim/run/run_model.hpp"
#include "sim/sweep/runner.hpp"

#include <functional>
#include <string>
#include <vector>

namespace normsim {

// What the command line can do with one model, type-erased once per command (never per agent).
struct ModelEntry {
  std::string name;
  std::string summary;
  std::string steps_key;           // the parameter --steps sets
  std::int64_t draws_version = 0;  // written into every output file (sim::Model::kDrawsVersion)
  std::function<std::vector<sim::config::ParamDoc>()> docs;
  std::function<void(const sim::config::Scenario&)> validate;
  std::function<sim::RunOutcome(const sim::config::Scenario&, const sim::RunOptions&)> run;
  // For sweeps (sim/sweep/runner.hpp): check one run's document, run one in memory.
  sim::sweep::CheckOne check;
  sim::sweep::RunOne run_in_memory;
};

const std::vector<ModelEntry>& models();
// The entry for `name`; an InputError naming the scenario's `model` key if there is none.
const ModelEntry& find_model(const std::string& name, const sim::config::Scenario* scenario);

}  // namespace normsim
