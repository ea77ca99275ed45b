#pragma once

#include "sim/core/rng.hpp"
#include "sim/schedule/executor.hpp"

#include <cstddef>
#include <cstdint>

namespace sim {

// f(i, rng) for i in [begin, end), rng agent i's stream; the streams come from AgentStreams,
// so each one's first block is ready when its agent's turn comes.
template <class F>
void each_streamed(StreamKey key, std::size_t begin, std::size_t end, F&& f) {
  AgentStreams streams(key, begin);
  for (std::size_t i = begin; i < end; ++i) {
    Rng rng = streams.next();
    f(i, rng);
  }
}

// f(i, rng) for every i in [0, n), as each_streamed over the executor's blocks.
template <class F>
void for_each_streamed(const Executor& executor, std::size_t n, StreamKey key, F&& f) {
  executor.for_blocks(
      n, [&](std::size_t begin, std::size_t end) { each_streamed(key, begin, end, f); });
}

// Executor::accumulate with add(acc, i, rng), rng as in each_streamed.
template <class T, class F>
T accumulate_streamed(const Executor& executor, std::size_t n, const T& zero, StreamKey key,
                      F&& add) {
  return executor.accumulate_blocks(n, zero, [&](T& acc, std::size_t begin, std::size_t end) {
    each_streamed(key, begin, end, [&](std::size_t i, Rng& rng) { add(acc, i, rng); });
  });
}

}  // namespace sim
