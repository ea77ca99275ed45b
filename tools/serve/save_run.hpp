#pragma once

#include "sim/config/engine_keys.hpp"
#include "tools/normsim/model_registry.hpp"

#include <cstdint>
#include <string>

namespace serve {

// Writes the steps a session has run as the usual `normsim run` file, and its HTML report.
// The run is repeated through the CLI's own path (ModelEntry::run with the scenario as set up,
// the step count cut to the steps done, the same seed): runs are reproducible to the bit, so
// the file holds the run on screen, with the provenance and summary of any other run.
// `stem` is the path without extension; writes STEM.h5 and STEM.html.
void save_run(const normsim::ModelEntry& model, const sim::config::Scenario& scenario,
              std::uint64_t seed, std::int64_t steps_done, const std::string& stem);

}  // namespace serve
