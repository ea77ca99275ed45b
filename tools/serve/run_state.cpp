#include "tools/serve/run_state.hpp"

#include "tools/serve/record_values.hpp"

#include <algorithm>

namespace serve {

nlohmann::json run_state(const LiveRun& run, std::size_t since, std::size_t events_since,
                         int norm) {
  nlohmann::json series = nlohmann::json::array();
  for (const auto& s : run.record().series) {
    if (s.spec.name.find('/') != std::string::npos) continue;  // per-agent data: not charted
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t r = std::min(since, s.rows); r < s.rows; ++r) {
      nlohmann::json row = nlohmann::json::array();
      for (std::size_t c = 0; c < s.spec.columns; ++c) row.push_back(value_at(s, r, c));
      rows.push_back(std::move(row));
    }
    nlohmann::json one = {{"name", s.spec.name}, {"rows", std::move(rows)}};
    if (since == 0) {
      one["description"] = s.spec.description;
      one["unit"] = s.spec.unit;
      one["labels"] = s.spec.labels;
    }
    series.push_back(std::move(one));
  }
  nlohmann::json ticker = nlohmann::json::array();
  const auto& events = run.ticker();
  for (std::size_t i = std::min(events_since, events.size()); i < events.size(); ++i)
    ticker.push_back({{"step", events[i].step}, {"text", events[i].text}});
  return {{"steps_done", run.steps_done()}, {"steps_total", run.steps_total()},
          {"seed", run.record().seed},      {"series", std::move(series)},
          {"ticker", std::move(ticker)},    {"world", run.world(norm)}};
}

}  // namespace serve
