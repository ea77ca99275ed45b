#pragma once

#include <cstdint>
#include <vector>

namespace cybernorms {

// What happened during step t (not state: rebuilt every step). Compliance fills `violated`
// and the temptation gains; observation and sanction add punishments and false alarms.
struct Events {
  std::vector<std::uint8_t> violated;          // agents x norms
  std::vector<double> payoff;                  // agents: this step's payoff
  std::vector<std::int64_t> violations;        // norms
  std::vector<std::int64_t> punishments;       // norms
  std::vector<std::int64_t> false_alarms;      // norms
  std::vector<std::int64_t> meta_punishments;  // norms
  std::vector<std::int64_t> bloc_events;       // blocs x blocs: seen violations and false alarms

  void reset(std::size_t agents, int norms, int blocs);
};

}  // namespace cybernorms
