#pragma once

#include "models/cybernorms/simulation.hpp"
#include "sim/config/document.hpp"
#include "sim/config/engine_keys.hpp"

#include <cstdint>
#include <functional>
#include <set>
#include <string>

namespace cybernorms::testing {

// The engine's top-level keys (model, seed, ...), which the model's schema leaves alone.
inline const std::set<std::string> kEngineKeys = sim::config::engine_schema().top_level_keys();

// A shipped scenario (path relative to scenarios/), named by its full path so that the files
// it refers to (rosters) are found.
sim::config::Document shipped(const std::string& name);

// A fresh temp path unique to this process and `tag` (ctest runs tests in parallel).
std::string temp_path(const std::string& tag, const std::string& extension);

// Runs `doc` for `steps` steps with seed 5 on `threads` threads and returns the output path;
// `inspect` sees the simulation after its last step.
std::string run(sim::config::Document doc, int threads, std::int64_t steps, const std::string& tag,
                const std::function<void(const Simulation&)>& inspect = nullptr);

}  // namespace cybernorms::testing
