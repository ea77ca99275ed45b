#pragma once

#include "sim/core/rng.hpp"
#include "sim/schedule/executor.hpp"

#include <cstddef>
#include <cstdint>

namespace sim {

// f(i, rng) for every i in [0, n), rng agent i's stream; the streams come from AgentStreams,
// so each one's first block is ready when its agent's turn comes.
template <class F>
void for_each_streamed(const Executor& executor, std::size_t n, StreamKey key, F&& f) {
  executor.for_blocks(n, [&](std::size_t begin, std::size_t end) {
    AgentStreams streams(key, begin);
    for (std::size_t i = begin; i < end; ++i) {
      Rng rng = streams.next();
      f(i, rng);
    }
  });
}

// Executor::accumulate with add(acc, i, rng), rng as in for_each_streamed.
template <class T, class F>
T accumulate_streamed(const Executor& executor, std::size_t n, const T& zero, StreamKey key,
                      F&& add) {
  return executor.accumulate_blocks(n, zero, [&](T& acc, std::size_t begin, std::size_t end) {
    AgentStreams streams(key, begin);
    for (std::size_t i = begin; i < end; ++i) {
      Rng rng = streams.next();
      add(acc, i, rng);
    }
  });
}

}  // namespace sim
