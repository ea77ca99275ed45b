#pragma once

#include "sim/config/engine_keys.hpp"
#include "sim/io/run_record.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace serve {

// Something worth a line in the page's ticker (a norm tipping, a treaty opening, ...).
struct TickerEvent {
  std::int64_t step = 0;
  std::string text;
};

// One simulation stepped on request by the browser: the model's own Simulation recording into
// memory (sim::io::RunRecord), so every per-step series is at hand for the charts.
class LiveRun {
 public:
  virtual ~LiveRun() = default;

  // Advances one step; false (and nothing done) once the scenario's last step has run.
  virtual bool step() = 0;
  virtual std::int64_t steps_done() const = 0;
  virtual std::int64_t steps_total() const = 0;
  virtual const sim::io::RunRecord& record() const = 0;
  // What happened so far, in step order.
  virtual const std::vector<TickerEvent>& ticker() const = 0;
  // The agents now, for the world view (null for a model without one); `norm` picks the norm
  // whose stage colours them.
  virtual nlohmann::json world(int norm) const = 0;
};

// The largest world `serve` will build: bounds what one browser can ask of the machine.
struct RunLimits {
  std::int64_t max_agents = 20000;
  std::int64_t max_steps = 5000;
};

// Parses `scenario` with its model's schema (InputError as the CLI gives it), checks it against
// `limits` (InputError naming the size) and builds the run's world from `seed`.
std::unique_ptr<LiveRun> start_run(const sim::config::Scenario& scenario, std::uint64_t seed,
                                   const RunLimits& limits);

}  // namespace serve
