#pragma once

#include "sim/schedule/executor.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cybernorms {

// What happened during step t (not state: rebuilt every step). Compliance records violations
// and the temptation gains; observation and sanction add punishments and false alarms.
struct Events {
  std::vector<std::uint8_t> violated;          // agents x norms; set by violate()
  std::vector<double> payoff;                  // agents: this step's payoff
  std::vector<std::int64_t> violations;        // norms
  std::vector<std::int64_t> punishments;       // norms
  std::vector<std::int64_t> false_alarms;      // norms
  std::vector<std::int64_t> meta_punishments;  // norms
  std::vector<std::int64_t> bloc_events;       // blocs x blocs: seen violations and false alarms

  void reset(std::size_t agents, int norms, int blocs);
  // Agent a violated norm k. Calls for agents of one of the executor's blocks come from one
  // thread at a time, as the executor hands out blocks.
  void violate(std::int32_t a, int k) {
    const std::size_t ak = static_cast<std::size_t>(a) * norms_ + static_cast<std::size_t>(k);
    violated[ak] = 1;
    listed_[static_cast<std::size_t>(a) / block_size_].push_back(ak);
  }
  // The violations of the agents of the executor's block `block` of all agents, as agent x norms
  // indices in the order violate() was called: the sanction phase visits these instead of
  // scanning every flag.
  const std::vector<std::size_t>& violations_in_block(std::size_t block) const {
    return listed_[block];
  }

 private:
  std::size_t block_size_ = sim::Executor::kBlock;  // the executor's, for all agents
  std::size_t norms_ = 0;
  std::vector<std::vector<std::size_t>> listed_;  // blocks; kept to reuse their memory
};

}  // namespace cybernorms
