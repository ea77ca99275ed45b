#include "models/cybernorms/events.hpp"

namespace cybernorms {

void Events::reset(std::size_t agents, int norms, int blocs) {
  const auto K = static_cast<std::size_t>(norms);
  block_size_ = sim::Executor::block_size(agents);
  norms_ = K;
  violated.assign(agents * K, 0);
  listed_.resize(sim::Executor::block_count(agents));
  for (auto& list : listed_) list.clear();
  payoff.assign(agents, 0.0);
  violations.assign(K, 0);
  punishments.assign(K, 0);
  false_alarms.assign(K, 0);
  meta_punishments.assign(K, 0);
  bloc_events.assign(static_cast<std::size_t>(blocs) * blocs, 0);
}

}  // namespace cybernorms
