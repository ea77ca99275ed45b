#pragma once

#include "models/cybernorms/state.hpp"
#include "sim/io/recorder.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace cybernorms {

// Per-agent output: the fixed world under /agents (once) and, when record.every = N > 0, the
// agents' dynamic state under /snapshots after every N-th step and after the last.
class Snapshots {
 public:
  Snapshots(const Params& params, const World& world, sim::io::Recorder& recorder);

  // Whether step t (counted from 0, as /series/step) is snapshotted.
  static bool due(std::int64_t step, std::int64_t every, std::int64_t steps) {
    return every > 0 && ((step + 1) % every == 0 || step + 1 == steps);
  }
  void record(std::int64_t step, const State& s);

 private:
  struct Series {
    sim::io::Series<std::int64_t> step, stage, variant;
    std::optional<sim::io::Series<std::int64_t>> member;  // none without initiatives
    sim::io::Series<double> boldness, vengefulness, capacity, reputation;
  };
  void write_agents() const;
  Series declare() const;

  const Params& params_;
  const World& world_;
  sim::io::Recorder& recorder_;
  std::optional<Series> series_;  // none when record.every is 0
  std::vector<std::int64_t> row_;
};

}  // namespace cybernorms
