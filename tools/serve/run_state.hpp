#pragma once

#include "tools/serve/live_run.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>

namespace serve {

// What the page needs of one run to bring its charts up to date: the rows of every per-step
// series from row `since` on (with each series' name, unit and labels when `since` is 0),
// the ticker from event `events_since` on, and the world view coloured by norm `norm`.
nlohmann::json run_state(const LiveRun& run, std::size_t since, std::size_t events_since, int norm);

}  // namespace serve
